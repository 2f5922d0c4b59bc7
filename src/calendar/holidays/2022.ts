import type { HolidayYear } from './types.js';

/**
 * 2022: 国务院办公厅关于2022年部分节假日安排的通知（国办发明电〔2021〕11号）.
 *
 * The arrangement, as the notice(s) word it:
 * - 一、元旦：2022年1月1日至3日放假，共3天。
 * - 二、春节：1月31日至2月6日放假调休，共7天。1月29日（星期六）、1月30日（星期日）上班。
 * - 三、清明节：4月3日至5日放假调休，共3天。4月2日（星期六）上班。
 * - 四、劳动节：4月30日至5月4日放假调休，共5天。4月24日（星期日）、5月7日（星期六）上班。
 * - 五、端午节：6月3日至5日放假，共3天。
 * - 六、中秋节：9月10日至12日放假，共3天。
 * - 七、国庆节：10月1日至7日放假调休，共7天。10月8日（星期六）、10月9日（星期日）上班。
 */
export const holidays2022 = {
  year: 2022,
  notices: [
    {
      number: '国办发明电〔2021〕11号',
      title: '国务院办公厅关于2022年部分节假日安排的通知',
      url: 'http://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm',
      issuedOn: '2021-10-25',
    },
  ],
  days: [
    { date: '2022-01-01', isOffDay: true, name: '元旦' },
    { date: '2022-01-02', isOffDay: true, name: '元旦' },
    { date: '2022-01-03', isOffDay: true, name: '元旦' },
    { date: '2022-01-29', isOffDay: false, name: '春节' },
    { date: '2022-01-30', isOffDay: false, name: '春节' },
    { date: '2022-01-31', isOffDay: true, name: '春节' },
    { date: '2022-02-01', isOffDay: true, name: '春节' },
    { date: '2022-02-02', isOffDay: true, name: '春节' },
    { date: '2022-02-03', isOffDay: true, name: '春节' },
    { date: '2022-02-04', isOffDay: true, name: '春节' },
    { date: '2022-02-05', isOffDay: true, name: '春节' },
    { date: '2022-02-06', isOffDay: true, name: '春节' },
    { date: '2022-04-02', isOffDay: false, name: '清明节' },
    { date: '2022-04-03', isOffDay: true, name: '清明节' },
    { date: '2022-04-04', isOffDay: true, name: '清明节' },
    { date: '2022-04-05', isOffDay: true, name: '清明节' },
    { date: '2022-04-24', isOffDay: false, name: '劳动节' },
    { date: '2022-04-30', isOffDay: true, name: '劳动节' },
    { date: '2022-05-01', isOffDay: true, name: '劳动节' },
    { date: '2022-05-02', isOffDay: true, name: '劳动节' },
    { date: '2022-05-03', isOffDay: true, name: '劳动节' },
    { date: '2022-05-04', isOffDay: true, name: '劳动节' },
    { date: '2022-05-07', isOffDay: false, name: '劳动节' },
    { date: '2022-06-03', isOffDay: true, name: '端午节' },
    { date: '2022-06-04', isOffDay: true, name: '端午节' },
    { date: '2022-06-05', isOffDay: true, name: '端午节' },
    { date: '2022-09-10', isOffDay: true, name: '中秋节' },
    { date: '2022-09-11', isOffDay: true, name: '中秋节' },
    { date: '2022-09-12', isOffDay: true, name: '中秋节' },
    { date: '2022-10-01', isOffDay: true, name: '国庆节' },
    { date: '2022-10-02', isOffDay: true, name: '国庆节' },
    { date: '2022-10-03', isOffDay: true, name: '国庆节' },
    { date: '2022-10-04', isOffDay: true, name: '国庆节' },
    { date: '2022-10-05', isOffDay: true, name: '国庆节' },
    { date: '2022-10-06', isOffDay: true, name: '国庆节' },
    { date: '2022-10-07', isOffDay: true, name: '国庆节' },
    { date: '2022-10-08', isOffDay: false, name: '国庆节' },
    { date: '2022-10-09', isOffDay: false, name: '国庆节' },
  ],
} as const satisfies HolidayYear;
