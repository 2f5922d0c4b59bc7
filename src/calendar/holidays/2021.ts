import type { HolidayYear } from './types.js';

/**
 * 2021: 国务院办公厅关于2021年部分节假日安排的通知（国办发明电〔2020〕27号）.
 *
 * The arrangement, as the notice(s) word it:
 * - 一、元旦：2021年1月1日至3日放假，共3天。
 * - 二、春节：2月11日至17日放假调休，共7天。2月7日（星期日）、2月20日（星期六）上班。
 * - 三、清明节：4月3日至5日放假调休，共3天。
 * - 四、劳动节：5月1日至5日放假调休，共5天。4月25日（星期日）、5月8日（星期六）上班。
 * - 五、端午节：6月12日至14日放假，共3天。
 * - 六、中秋节：9月19日至21日放假调休，共3天。9月18日（星期六）上班。
 * - 七、国庆节：10月1日至7日放假调休，共7天。9月26日（星期日）、10月9日（星期六）上班。
 */
export const holidays2021 = {
  year: 2021,
  notices: [
    {
      number: '国办发明电〔2020〕27号',
      title: '国务院办公厅关于2021年部分节假日安排的通知',
      url: 'http://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm',
      issuedOn: '2020-11-25',
    },
  ],
  days: [
    { date: '2021-01-01', isOffDay: true, name: '元旦' },
    { date: '2021-01-02', isOffDay: true, name: '元旦' },
    { date: '2021-01-03', isOffDay: true, name: '元旦' },
    { date: '2021-02-07', isOffDay: false, name: '春节' },
    { date: '2021-02-11', isOffDay: true, name: '春节' },
    { date: '2021-02-12', isOffDay: true, name: '春节' },
    { date: '2021-02-13', isOffDay: true, name: '春节' },
    { date: '2021-02-14', isOffDay: true, name: '春节' },
    { date: '2021-02-15', isOffDay: true, name: '春节' },
    { date: '2021-02-16', isOffDay: true, name: '春节' },
    { date: '2021-02-17', isOffDay: true, name: '春节' },
    { date: '2021-02-20', isOffDay: false, name: '春节' },
    { date: '2021-04-03', isOffDay: true, name: '清明节' },
    { date: '2021-04-04', isOffDay: true, name: '清明节' },
    { date: '2021-04-05', isOffDay: true, name: '清明节' },
    { date: '2021-04-25', isOffDay: false, name: '劳动节' },
    { date: '2021-05-01', isOffDay: true, name: '劳动节' },
    { date: '2021-05-02', isOffDay: true, name: '劳动节' },
    { date: '2021-05-03', isOffDay: true, name: '劳动节' },
    { date: '2021-05-04', isOffDay: true, name: '劳动节' },
    { date: '2021-05-05', isOffDay: true, name: '劳动节' },
    { date: '2021-05-08', isOffDay: false, name: '劳动节' },
    { date: '2021-06-12', isOffDay: true, name: '端午节' },
    { date: '2021-06-13', isOffDay: true, name: '端午节' },
    { date: '2021-06-14', isOffDay: true, name: '端午节' },
    { date: '2021-09-18', isOffDay: false, name: '中秋节' },
    { date: '2021-09-19', isOffDay: true, name: '中秋节' },
    { date: '2021-09-20', isOffDay: true, name: '中秋节' },
    { date: '2021-09-21', isOffDay: true, name: '中秋节' },
    { date: '2021-09-26', isOffDay: false, name: '国庆节' },
    { date: '2021-10-01', isOffDay: true, name: '国庆节' },
    { date: '2021-10-02', isOffDay: true, name: '国庆节' },
    { date: '2021-10-03', isOffDay: true, name: '国庆节' },
    { date: '2021-10-04', isOffDay: true, name: '国庆节' },
    { date: '2021-10-05', isOffDay: true, name: '国庆节' },
    { date: '2021-10-06', isOffDay: true, name: '国庆节' },
    { date: '2021-10-07', isOffDay: true, name: '国庆节' },
    { date: '2021-10-09', isOffDay: false, name: '国庆节' },
  ],
} as const satisfies HolidayYear;
