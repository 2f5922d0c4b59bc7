import type { HolidayYear } from './types.js';

/**
 * 2025: 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）.
 *
 * The arrangement, as the notice(s) word it:
 * - 一、元旦：1月1日（周三）放假1天，不调休。
 * - 二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
 * - 三、清明节：4月4日（周五）至6日（周日）放假，共3天。
 * - 四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
 * - 五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
 * - 六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
 */
export const holidays2025 = {
  year: 2025,
  notices: [
    {
      number: '国办发明电〔2024〕12号',
      title: '国务院办公厅关于2025年部分节假日安排的通知',
      url: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm',
      issuedOn: '2024-11-12',
    },
  ],
  days: [
    { date: '2025-01-01', isOffDay: true, name: '元旦' },
    { date: '2025-01-26', isOffDay: false, name: '春节' },
    { date: '2025-01-28', isOffDay: true, name: '春节' },
    { date: '2025-01-29', isOffDay: true, name: '春节' },
    { date: '2025-01-30', isOffDay: true, name: '春节' },
    { date: '2025-01-31', isOffDay: true, name: '春节' },
    { date: '2025-02-01', isOffDay: true, name: '春节' },
    { date: '2025-02-02', isOffDay: true, name: '春节' },
    { date: '2025-02-03', isOffDay: true, name: '春节' },
    { date: '2025-02-04', isOffDay: true, name: '春节' },
    { date: '2025-02-08', isOffDay: false, name: '春节' },
    { date: '2025-04-04', isOffDay: true, name: '清明节' },
    { date: '2025-04-05', isOffDay: true, name: '清明节' },
    { date: '2025-04-06', isOffDay: true, name: '清明节' },
    { date: '2025-04-27', isOffDay: false, name: '劳动节' },
    { date: '2025-05-01', isOffDay: true, name: '劳动节' },
    { date: '2025-05-02', isOffDay: true, name: '劳动节' },
    { date: '2025-05-03', isOffDay: true, name: '劳动节' },
    { date: '2025-05-04', isOffDay: true, name: '劳动节' },
    { date: '2025-05-05', isOffDay: true, name: '劳动节' },
    { date: '2025-05-31', isOffDay: true, name: '端午节' },
    { date: '2025-06-01', isOffDay: true, name: '端午节' },
    { date: '2025-06-02', isOffDay: true, name: '端午节' },
    { date: '2025-09-28', isOffDay: false, name: '国庆节、中秋节' },
    { date: '2025-10-01', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2025-10-02', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2025-10-03', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2025-10-04', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2025-10-05', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2025-10-06', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2025-10-07', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2025-10-08', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2025-10-11', isOffDay: false, name: '国庆节、中秋节' },
  ],
} as const satisfies HolidayYear;
