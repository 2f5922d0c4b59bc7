import type { HolidayYear } from './types.js';

/**
 * 2018: 国务院办公厅关于2018年部分节假日安排的通知（国办发明电〔2017〕12号）.
 *
 * The arrangement, as the notice(s) word it:
 * - 一、元旦：1月1日放假，与周末连休。
 * - 二、春节：2月15日至21日放假调休，共7天。2月11日（星期日）、2月24日（星期六）上班。
 * - 三、清明节：4月5日至7日放假调休，共3天。4月8日（星期日）上班。
 * - 四、劳动节：4月29日至5月1日放假调休，共3天。4月28日（星期六）上班。
 * - 五、端午节：6月18日放假，与周末连休。
 * - 六、中秋节：9月24日放假，与周末连休。
 * - 七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期六）、9月30日（星期日）上班。
 */
export const holidays2018 = {
  year: 2018,
  notices: [
    {
      number: '国办发明电〔2017〕12号',
      title: '国务院办公厅关于2018年部分节假日安排的通知',
      url: 'http://www.gov.cn/zhengce/content/2017-11/30/content_5243579.htm',
      issuedOn: '2017-11-30',
    },
  ],
  days: [
    { date: '2018-01-01', isOffDay: true, name: '元旦' },
    { date: '2018-02-11', isOffDay: false, name: '春节' },
    { date: '2018-02-15', isOffDay: true, name: '春节' },
    { date: '2018-02-16', isOffDay: true, name: '春节' },
    { date: '2018-02-17', isOffDay: true, name: '春节' },
    { date: '2018-02-18', isOffDay: true, name: '春节' },
    { date: '2018-02-19', isOffDay: true, name: '春节' },
    { date: '2018-02-20', isOffDay: true, name: '春节' },
    { date: '2018-02-21', isOffDay: true, name: '春节' },
    { date: '2018-02-24', isOffDay: false, name: '春节' },
    { date: '2018-04-05', isOffDay: true, name: '清明节' },
    { date: '2018-04-06', isOffDay: true, name: '清明节' },
    { date: '2018-04-07', isOffDay: true, name: '清明节' },
    { date: '2018-04-08', isOffDay: false, name: '清明节' },
    { date: '2018-04-28', isOffDay: false, name: '劳动节' },
    { date: '2018-04-29', isOffDay: true, name: '劳动节' },
    { date: '2018-04-30', isOffDay: true, name: '劳动节' },
    { date: '2018-05-01', isOffDay: true, name: '劳动节' },
    { date: '2018-06-18', isOffDay: true, name: '端午节' },
    { date: '2018-09-24', isOffDay: true, name: '中秋节' },
    { date: '2018-09-29', isOffDay: false, name: '国庆节' },
    { date: '2018-09-30', isOffDay: false, name: '国庆节' },
    { date: '2018-10-01', isOffDay: true, name: '国庆节' },
    { date: '2018-10-02', isOffDay: true, name: '国庆节' },
    { date: '2018-10-03', isOffDay: true, name: '国庆节' },
    { date: '2018-10-04', isOffDay: true, name: '国庆节' },
    { date: '2018-10-05', isOffDay: true, name: '国庆节' },
    { date: '2018-10-06', isOffDay: true, name: '国庆节' },
    { date: '2018-10-07', isOffDay: true, name: '国庆节' },
  ],
} as const satisfies HolidayYear;
