import type { HolidayYear } from './types.js';

/**
 * 2024: 国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）.
 *
 * The arrangement, as the notice(s) word it:
 * - 一、元旦：1月1日放假，与周末连休。
 * - 二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。
 * - 三、清明节：4月4日至6日放假调休，共3天。4月7日（星期日）上班。
 * - 四、劳动节：5月1日至5日放假调休，共5天。4月28日（星期日）、5月11日（星期六）上班。
 * - 五、端午节：6月10日放假，与周末连休。
 * - 六、中秋节：9月15日至17日放假调休，共3天。9月14日（星期六）上班。
 * - 七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。
 */
export const holidays2024 = {
  year: 2024,
  notices: [
    {
      number: '国办发明电〔2023〕7号',
      title: '国务院办公厅关于2024年部分节假日安排的通知',
      url: 'https://www.gov.cn/zhengce/content/202310/content_6911527.htm',
      issuedOn: '2023-10-25',
    },
  ],
  days: [
    { date: '2024-01-01', isOffDay: true, name: '元旦' },
    { date: '2024-02-04', isOffDay: false, name: '春节' },
    { date: '2024-02-10', isOffDay: true, name: '春节' },
    { date: '2024-02-11', isOffDay: true, name: '春节' },
    { date: '2024-02-12', isOffDay: true, name: '春节' },
    { date: '2024-02-13', isOffDay: true, name: '春节' },
    { date: '2024-02-14', isOffDay: true, name: '春节' },
    { date: '2024-02-15', isOffDay: true, name: '春节' },
    { date: '2024-02-16', isOffDay: true, name: '春节' },
    { date: '2024-02-17', isOffDay: true, name: '春节' },
    { date: '2024-02-18', isOffDay: false, name: '春节' },
    { date: '2024-04-04', isOffDay: true, name: '清明节' },
    { date: '2024-04-05', isOffDay: true, name: '清明节' },
    { date: '2024-04-06', isOffDay: true, name: '清明节' },
    { date: '2024-04-07', isOffDay: false, name: '清明节' },
    { date: '2024-04-28', isOffDay: false, name: '劳动节' },
    { date: '2024-05-01', isOffDay: true, name: '劳动节' },
    { date: '2024-05-02', isOffDay: true, name: '劳动节' },
    { date: '2024-05-03', isOffDay: true, name: '劳动节' },
    { date: '2024-05-04', isOffDay: true, name: '劳动节' },
    { date: '2024-05-05', isOffDay: true, name: '劳动节' },
    { date: '2024-05-11', isOffDay: false, name: '劳动节' },
    { date: '2024-06-10', isOffDay: true, name: '端午节' },
    { date: '2024-09-14', isOffDay: false, name: '中秋节' },
    { date: '2024-09-15', isOffDay: true, name: '中秋节' },
    { date: '2024-09-16', isOffDay: true, name: '中秋节' },
    { date: '2024-09-17', isOffDay: true, name: '中秋节' },
    { date: '2024-09-29', isOffDay: false, name: '国庆节' },
    { date: '2024-10-01', isOffDay: true, name: '国庆节' },
    { date: '2024-10-02', isOffDay: true, name: '国庆节' },
    { date: '2024-10-03', isOffDay: true, name: '国庆节' },
    { date: '2024-10-04', isOffDay: true, name: '国庆节' },
    { date: '2024-10-05', isOffDay: true, name: '国庆节' },
    { date: '2024-10-06', isOffDay: true, name: '国庆节' },
    { date: '2024-10-07', isOffDay: true, name: '国庆节' },
    { date: '2024-10-12', isOffDay: false, name: '国庆节' },
  ],
} as const satisfies HolidayYear;
