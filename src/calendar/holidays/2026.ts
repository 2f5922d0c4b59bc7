import type { HolidayYear } from './types.js';

/**
 * 2026: 国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）.
 *
 * The arrangement, as the notice(s) word it:
 * - 一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
 * - 二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
 * - 三、清明节：4月4日（周六）至6日（周一）放假，共3天。
 * - 四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
 * - 五、端午节：6月19日（周五）至21日（周日）放假，共3天。
 * - 六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
 * - 七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
 */
export const holidays2026 = {
  year: 2026,
  notices: [
    {
      number: '国办发明电〔2025〕7号',
      title: '国务院办公厅关于2026年部分节假日安排的通知',
      url: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
      issuedOn: '2025-11-04',
    },
  ],
  days: [
    { date: '2026-01-01', isOffDay: true, name: '元旦' },
    { date: '2026-01-02', isOffDay: true, name: '元旦' },
    { date: '2026-01-03', isOffDay: true, name: '元旦' },
    { date: '2026-01-04', isOffDay: false, name: '元旦' },
    { date: '2026-02-14', isOffDay: false, name: '春节' },
    { date: '2026-02-15', isOffDay: true, name: '春节' },
    { date: '2026-02-16', isOffDay: true, name: '春节' },
    { date: '2026-02-17', isOffDay: true, name: '春节' },
    { date: '2026-02-18', isOffDay: true, name: '春节' },
    { date: '2026-02-19', isOffDay: true, name: '春节' },
    { date: '2026-02-20', isOffDay: true, name: '春节' },
    { date: '2026-02-21', isOffDay: true, name: '春节' },
    { date: '2026-02-22', isOffDay: true, name: '春节' },
    { date: '2026-02-23', isOffDay: true, name: '春节' },
    { date: '2026-02-28', isOffDay: false, name: '春节' },
    { date: '2026-04-04', isOffDay: true, name: '清明节' },
    { date: '2026-04-05', isOffDay: true, name: '清明节' },
    { date: '2026-04-06', isOffDay: true, name: '清明节' },
    { date: '2026-05-01', isOffDay: true, name: '劳动节' },
    { date: '2026-05-02', isOffDay: true, name: '劳动节' },
    { date: '2026-05-03', isOffDay: true, name: '劳动节' },
    { date: '2026-05-04', isOffDay: true, name: '劳动节' },
    { date: '2026-05-05', isOffDay: true, name: '劳动节' },
    { date: '2026-05-09', isOffDay: false, name: '劳动节' },
    { date: '2026-06-19', isOffDay: true, name: '端午节' },
    { date: '2026-06-20', isOffDay: true, name: '端午节' },
    { date: '2026-06-21', isOffDay: true, name: '端午节' },
    { date: '2026-09-20', isOffDay: false, name: '国庆节' },
    { date: '2026-09-25', isOffDay: true, name: '中秋节' },
    { date: '2026-09-26', isOffDay: true, name: '中秋节' },
    { date: '2026-09-27', isOffDay: true, name: '中秋节' },
    { date: '2026-10-01', isOffDay: true, name: '国庆节' },
    { date: '2026-10-02', isOffDay: true, name: '国庆节' },
    { date: '2026-10-03', isOffDay: true, name: '国庆节' },
    { date: '2026-10-04', isOffDay: true, name: '国庆节' },
    { date: '2026-10-05', isOffDay: true, name: '国庆节' },
    { date: '2026-10-06', isOffDay: true, name: '国庆节' },
    { date: '2026-10-07', isOffDay: true, name: '国庆节' },
    { date: '2026-10-10', isOffDay: false, name: '国庆节' },
  ],
} as const satisfies HolidayYear;
