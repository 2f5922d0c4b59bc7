import type { HolidayYear } from './types.js';

/**
 * 2023: 国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）.
 *
 * The arrangement, as the notice(s) word it:
 * - 一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。
 * - 二、春节：1月21日至27日放假调休，共7天。1月28日（星期六）、1月29日（星期日）上班。
 * - 三、清明节：4月5日放假，共1天。
 * - 四、劳动节：4月29日至5月3日放假调休，共5天。4月23日（星期日）、5月6日（星期六）上班。
 * - 五、端午节：6月22日至24日放假调休，共3天。6月25日（星期日）上班。
 * - 六、中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月7日（星期六）、10月8日（星期日）上班。
 */
export const holidays2023 = {
  year: 2023,
  notices: [
    {
      number: '国办发明电〔2022〕16号',
      title: '国务院办公厅关于2023年部分节假日安排的通知',
      url: 'http://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm',
      issuedOn: '2022-12-08',
    },
  ],
  days: [
    { date: '2022-12-31', isOffDay: true, name: '元旦' },
    { date: '2023-01-01', isOffDay: true, name: '元旦' },
    { date: '2023-01-02', isOffDay: true, name: '元旦' },
    { date: '2023-01-21', isOffDay: true, name: '春节' },
    { date: '2023-01-22', isOffDay: true, name: '春节' },
    { date: '2023-01-23', isOffDay: true, name: '春节' },
    { date: '2023-01-24', isOffDay: true, name: '春节' },
    { date: '2023-01-25', isOffDay: true, name: '春节' },
    { date: '2023-01-26', isOffDay: true, name: '春节' },
    { date: '2023-01-27', isOffDay: true, name: '春节' },
    { date: '2023-01-28', isOffDay: false, name: '春节' },
    { date: '2023-01-29', isOffDay: false, name: '春节' },
    { date: '2023-04-05', isOffDay: true, name: '清明节' },
    { date: '2023-04-23', isOffDay: false, name: '劳动节' },
    { date: '2023-04-29', isOffDay: true, name: '劳动节' },
    { date: '2023-04-30', isOffDay: true, name: '劳动节' },
    { date: '2023-05-01', isOffDay: true, name: '劳动节' },
    { date: '2023-05-02', isOffDay: true, name: '劳动节' },
    { date: '2023-05-03', isOffDay: true, name: '劳动节' },
    { date: '2023-05-06', isOffDay: false, name: '劳动节' },
    { date: '2023-06-22', isOffDay: true, name: '端午节' },
    { date: '2023-06-23', isOffDay: true, name: '端午节' },
    { date: '2023-06-24', isOffDay: true, name: '端午节' },
    { date: '2023-06-25', isOffDay: false, name: '端午节' },
    { date: '2023-09-29', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2023-09-30', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2023-10-01', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2023-10-02', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2023-10-03', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2023-10-04', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2023-10-05', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2023-10-06', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2023-10-07', isOffDay: false, name: '国庆节、中秋节' },
    { date: '2023-10-08', isOffDay: false, name: '国庆节、中秋节' },
  ],
} as const satisfies HolidayYear;
