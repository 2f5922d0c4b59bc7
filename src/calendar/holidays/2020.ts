import type { HolidayYear } from './types.js';

/**
 * 2020: 国务院办公厅关于2020年部分节假日安排的通知（国办发明电〔2019〕16号）.
 * Amended by 国务院办公厅关于延长2020年春节假期的通知（国办发明电〔2020〕1号）.
 *
 * The arrangement, as the notice(s) word it:
 * - 一、元旦：2020年1月1日放假，共1天。
 * - 二、春节：1月24日至30日放假调休，共7天。1月19日（星期日）、2月1日（星期六）上班。
 * - 国办发明电〔2020〕1号：一、延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。
 * - 三、清明节：4月4日至6日放假调休，共3天。
 * - 四、劳动节：5月1日至5日放假调休，共5天。4月26日（星期日）、5月9日（星期六）上班。
 * - 五、端午节：6月25日至27日放假调休，共3天。6月28日（星期日）上班。
 * - 六、国庆节、中秋节：10月1日至8日放假调休，共8天。9月27日（星期日）、10月10日（星期六）上班。
 */
export const holidays2020 = {
  year: 2020,
  notices: [
    {
      number: '国办发明电〔2019〕16号',
      title: '国务院办公厅关于2020年部分节假日安排的通知',
      url: 'http://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm',
      issuedOn: '2019-11-21',
    },
    {
      number: '国办发明电〔2020〕1号',
      title: '国务院办公厅关于延长2020年春节假期的通知',
      url: 'http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm',
      issuedOn: '2020-01-26',
    },
  ],
  days: [
    { date: '2020-01-01', isOffDay: true, name: '元旦' },
    { date: '2020-01-19', isOffDay: false, name: '春节' },
    { date: '2020-01-24', isOffDay: true, name: '春节' },
    { date: '2020-01-25', isOffDay: true, name: '春节' },
    { date: '2020-01-26', isOffDay: true, name: '春节' },
    { date: '2020-01-27', isOffDay: true, name: '春节' },
    { date: '2020-01-28', isOffDay: true, name: '春节' },
    { date: '2020-01-29', isOffDay: true, name: '春节' },
    { date: '2020-01-30', isOffDay: true, name: '春节' },
    { date: '2020-01-31', isOffDay: true, name: '春节', notice: '国办发明电〔2020〕1号' },
    { date: '2020-02-01', isOffDay: true, name: '春节', notice: '国办发明电〔2020〕1号' },
    { date: '2020-02-02', isOffDay: true, name: '春节', notice: '国办发明电〔2020〕1号' },
    { date: '2020-04-04', isOffDay: true, name: '清明节' },
    { date: '2020-04-05', isOffDay: true, name: '清明节' },
    { date: '2020-04-06', isOffDay: true, name: '清明节' },
    { date: '2020-04-26', isOffDay: false, name: '劳动节' },
    { date: '2020-05-01', isOffDay: true, name: '劳动节' },
    { date: '2020-05-02', isOffDay: true, name: '劳动节' },
    { date: '2020-05-03', isOffDay: true, name: '劳动节' },
    { date: '2020-05-04', isOffDay: true, name: '劳动节' },
    { date: '2020-05-05', isOffDay: true, name: '劳动节' },
    { date: '2020-05-09', isOffDay: false, name: '劳动节' },
    { date: '2020-06-25', isOffDay: true, name: '端午节' },
    { date: '2020-06-26', isOffDay: true, name: '端午节' },
    { date: '2020-06-27', isOffDay: true, name: '端午节' },
    { date: '2020-06-28', isOffDay: false, name: '端午节' },
    { date: '2020-09-27', isOffDay: false, name: '国庆节、中秋节' },
    { date: '2020-10-01', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2020-10-02', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2020-10-03', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2020-10-04', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2020-10-05', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2020-10-06', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2020-10-07', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2020-10-08', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2020-10-10', isOffDay: false, name: '国庆节、中秋节' },
  ],
} as const satisfies HolidayYear;
