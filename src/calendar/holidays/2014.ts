import type { HolidayYear } from './types.js';

/**
 * 2014: 国务院办公厅关于2014年部分节假日安排的通知（国办发明电〔2013〕28号）.
 *
 * The arrangement, as the notice(s) word it:
 * - 一、元旦：1月1日放假1天。
 * - 二、春节：1月31日至2月6日放假调休，共7天。1月26日（星期日）、2月8日（星期六）上班。
 * - 三、清明节：4月5日放假，4月7日（星期一）补休。
 * - 四、劳动节：5月1日至3日放假调休，共3天。5月4日（星期日）上班。
 * - 五、端午节：6月2日放假，与周末连休。
 * - 六、中秋节：9月8日放假，与周末连休。
 * - 七、国庆节：10月1日至7日放假调休，共7天。9月28日（星期日）、10月11日（星期六）上班。
 */
export const holidays2014 = {
  year: 2014,
  notices: [
    {
      number: '国办发明电〔2013〕28号',
      title: '国务院办公厅关于2014年部分节假日安排的通知',
      url: 'http://www.gov.cn/zwgk/2013-12/11/content_2546204.htm',
      issuedOn: '2013-12-11',
    },
  ],
  days: [
    { date: '2014-01-01', isOffDay: true, name: '元旦' },
    { date: '2014-01-26', isOffDay: false, name: '春节' },
    { date: '2014-01-31', isOffDay: true, name: '春节' },
    { date: '2014-02-01', isOffDay: true, name: '春节' },
    { date: '2014-02-02', isOffDay: true, name: '春节' },
    { date: '2014-02-03', isOffDay: true, name: '春节' },
    { date: '2014-02-04', isOffDay: true, name: '春节' },
    { date: '2014-02-05', isOffDay: true, name: '春节' },
    { date: '2014-02-06', isOffDay: true, name: '春节' },
    { date: '2014-02-08', isOffDay: false, name: '春节' },
    { date: '2014-04-05', isOffDay: true, name: '清明节' },
    { date: '2014-04-07', isOffDay: true, name: '清明节' },
    { date: '2014-05-01', isOffDay: true, name: '劳动节' },
    { date: '2014-05-02', isOffDay: true, name: '劳动节' },
    { date: '2014-05-03', isOffDay: true, name: '劳动节' },
    { date: '2014-05-04', isOffDay: false, name: '劳动节' },
    { date: '2014-06-02', isOffDay: true, name: '端午节' },
    { date: '2014-09-08', isOffDay: true, name: '中秋节' },
    { date: '2014-09-28', isOffDay: false, name: '国庆节' },
    { date: '2014-10-01', isOffDay: true, name: '国庆节' },
    { date: '2014-10-02', isOffDay: true, name: '国庆节' },
    { date: '2014-10-03', isOffDay: true, name: '国庆节' },
    { date: '2014-10-04', isOffDay: true, name: '国庆节' },
    { date: '2014-10-05', isOffDay: true, name: '国庆节' },
    { date: '2014-10-06', isOffDay: true, name: '国庆节' },
    { date: '2014-10-07', isOffDay: true, name: '国庆节' },
    { date: '2014-10-11', isOffDay: false, name: '国庆节' },
  ],
} as const satisfies HolidayYear;
