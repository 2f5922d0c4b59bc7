import type { HolidayYear } from './types.js';

/**
 * 2013: 国务院办公厅关于2013年部分节假日安排的通知（国办发明电〔2012〕33号）.
 *
 * The arrangement, as the notice(s) word it:
 * - 一、元旦：1月1日至3日放假调休，共3天。1月5日（星期六）、1月6日（星期日）上班。
 * - 二、春节：2月9日至15日放假调休，共7天。2月16日（星期六）、2月17日（星期日）上班。
 * - 三、清明节：4月4日至6日放假调休，共3天。4月7日（星期日）上班。
 * - 四、劳动节：4月29日至5月1日放假调休，共3天。4月27日（星期六）、4月28日（星期日）上班。
 * - 五、端午节：6月10日至12日放假调休，共3天。6月8日（星期六）、6月9日（星期日）上班。
 * - 六、中秋节：9月19日至21日放假调休，共3天。9月22日（星期日）上班。
 * - 七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。
 */
export const holidays2013 = {
  year: 2013,
  notices: [
    {
      number: '国办发明电〔2012〕33号',
      title: '国务院办公厅关于2013年部分节假日安排的通知',
      url: 'http://www.gov.cn/zwgk/2012-12/10/content_2286598.htm',
      issuedOn: '2012-12-08',
    },
  ],
  days: [
    { date: '2013-01-01', isOffDay: true, name: '元旦' },
    { date: '2013-01-02', isOffDay: true, name: '元旦' },
    { date: '2013-01-03', isOffDay: true, name: '元旦' },
    { date: '2013-01-05', isOffDay: false, name: '元旦' },
    { date: '2013-01-06', isOffDay: false, name: '元旦' },
    { date: '2013-02-09', isOffDay: true, name: '春节' },
    { date: '2013-02-10', isOffDay: true, name: '春节' },
    { date: '2013-02-11', isOffDay: true, name: '春节' },
    { date: '2013-02-12', isOffDay: true, name: '春节' },
    { date: '2013-02-13', isOffDay: true, name: '春节' },
    { date: '2013-02-14', isOffDay: true, name: '春节' },
    { date: '2013-02-15', isOffDay: true, name: '春节' },
    { date: '2013-02-16', isOffDay: false, name: '春节' },
    { date: '2013-02-17', isOffDay: false, name: '春节' },
    { date: '2013-04-04', isOffDay: true, name: '清明节' },
    { date: '2013-04-05', isOffDay: true, name: '清明节' },
    { date: '2013-04-06', isOffDay: true, name: '清明节' },
    { date: '2013-04-07', isOffDay: false, name: '清明节' },
    { date: '2013-04-27', isOffDay: false, name: '劳动节' },
    { date: '2013-04-28', isOffDay: false, name: '劳动节' },
    { date: '2013-04-29', isOffDay: true, name: '劳动节' },
    { date: '2013-04-30', isOffDay: true, name: '劳动节' },
    { date: '2013-05-01', isOffDay: true, name: '劳动节' },
    { date: '2013-06-08', isOffDay: false, name: '端午节' },
    { date: '2013-06-09', isOffDay: false, name: '端午节' },
    { date: '2013-06-10', isOffDay: true, name: '端午节' },
    { date: '2013-06-11', isOffDay: true, name: '端午节' },
    { date: '2013-06-12', isOffDay: true, name: '端午节' },
    { date: '2013-09-19', isOffDay: true, name: '中秋节' },
    { date: '2013-09-20', isOffDay: true, name: '中秋节' },
    { date: '2013-09-21', isOffDay: true, name: '中秋节' },
    { date: '2013-09-22', isOffDay: false, name: '中秋节' },
    { date: '2013-09-29', isOffDay: false, name: '国庆节' },
    { date: '2013-10-01', isOffDay: true, name: '国庆节' },
    { date: '2013-10-02', isOffDay: true, name: '国庆节' },
    { date: '2013-10-03', isOffDay: true, name: '国庆节' },
    { date: '2013-10-04', isOffDay: true, name: '国庆节' },
    { date: '2013-10-05', isOffDay: true, name: '国庆节' },
    { date: '2013-10-06', isOffDay: true, name: '国庆节' },
    { date: '2013-10-07', isOffDay: true, name: '国庆节' },
    { date: '2013-10-12', isOffDay: false, name: '国庆节' },
  ],
} as const satisfies HolidayYear;
