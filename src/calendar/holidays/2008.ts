import type { HolidayYear } from './types.js';

/**
 * 2008: 国务院办公厅关于2008年部分节假日安排的通知（国办发明电〔2007〕52号）.
 * The document number and issue date are not confirmed against the gov.cn page (only a secondary source gives them).
 *
 * The arrangement, as the notice(s) word it:
 * - 一、元旦：2007年12月30日—2008年1月1日放假，共3天。……12月29日（星期六）上班。
 * - 二、春节：2月6日—12日（农历除夕至正月初六）放假，共7天。……2月2日（星期六）、2月3日（星期日）上班。
 * - 三、清明节：4月4日—6日放假，共3天。
 * - 四、“五一”国际劳动节：5月1日—3日放假，共3天。……5月4日（星期日）上班。
 * - 五、端午节：6月7日—9日放假，共3天。
 * - 六、中秋节：9月13日—15日放假，共3天。
 * - 七、国庆节：9月29日—10月5日放假，共7天。……9月27日（星期六）、9月28日（星期日）……上班。
 */
export const holidays2008 = {
  year: 2008,
  notices: [
    {
      number: '国办发明电〔2007〕52号',
      title: '国务院办公厅关于2008年部分节假日安排的通知',
      url: 'http://www.gov.cn/zwgk/2007-12/18/content_837184.htm',
      issuedOn: '2007-12-15',
    },
  ],
  days: [
    { date: '2007-12-29', isOffDay: false, name: '元旦' },
    { date: '2007-12-30', isOffDay: true, name: '元旦' },
    { date: '2007-12-31', isOffDay: true, name: '元旦' },
    { date: '2008-01-01', isOffDay: true, name: '元旦' },
    { date: '2008-02-02', isOffDay: false, name: '春节' },
    { date: '2008-02-03', isOffDay: false, name: '春节' },
    { date: '2008-02-06', isOffDay: true, name: '春节' },
    { date: '2008-02-07', isOffDay: true, name: '春节' },
    { date: '2008-02-08', isOffDay: true, name: '春节' },
    { date: '2008-02-09', isOffDay: true, name: '春节' },
    { date: '2008-02-10', isOffDay: true, name: '春节' },
    { date: '2008-02-11', isOffDay: true, name: '春节' },
    { date: '2008-02-12', isOffDay: true, name: '春节' },
    { date: '2008-04-04', isOffDay: true, name: '清明节' },
    { date: '2008-04-05', isOffDay: true, name: '清明节' },
    { date: '2008-04-06', isOffDay: true, name: '清明节' },
    { date: '2008-05-01', isOffDay: true, name: '劳动节' },
    { date: '2008-05-02', isOffDay: true, name: '劳动节' },
    { date: '2008-05-03', isOffDay: true, name: '劳动节' },
    { date: '2008-05-04', isOffDay: false, name: '劳动节' },
    { date: '2008-06-07', isOffDay: true, name: '端午节' },
    { date: '2008-06-08', isOffDay: true, name: '端午节' },
    { date: '2008-06-09', isOffDay: true, name: '端午节' },
    { date: '2008-09-13', isOffDay: true, name: '中秋节' },
    { date: '2008-09-14', isOffDay: true, name: '中秋节' },
    { date: '2008-09-15', isOffDay: true, name: '中秋节' },
    { date: '2008-09-27', isOffDay: false, name: '国庆节' },
    { date: '2008-09-28', isOffDay: false, name: '国庆节' },
    { date: '2008-09-29', isOffDay: true, name: '国庆节' },
    { date: '2008-09-30', isOffDay: true, name: '国庆节' },
    { date: '2008-10-01', isOffDay: true, name: '国庆节' },
    { date: '2008-10-02', isOffDay: true, name: '国庆节' },
    { date: '2008-10-03', isOffDay: true, name: '国庆节' },
    { date: '2008-10-04', isOffDay: true, name: '国庆节' },
    { date: '2008-10-05', isOffDay: true, name: '国庆节' },
  ],
} as const satisfies HolidayYear;
