import type { HolidayYear } from './types.js';

/**
 * 2017: 国务院办公厅关于2017年部分节假日安排的通知（国办发明电〔2016〕17号）.
 *
 * The arrangement, as the notice(s) word it:
 * - 一、元旦：1月1日放假，1月2日（星期一）补休。
 * - 二、春节：1月27日至2月2日放假调休，共7天。1月22日（星期日）、2月4日（星期六）上班。
 * - 三、清明节：4月2日至4日放假调休，共3天。4月1日（星期六）上班。
 * - 四、劳动节：5月1日放假，与周末连休。
 * - 五、端午节：5月28日至30日放假调休，共3天。5月27日（星期六）上班。
 * - 六、中秋节、国庆节：10月1日至8日放假调休，共8天。9月30日（星期六）上班。
 */
export const holidays2017 = {
  year: 2017,
  notices: [
    {
      number: '国办发明电〔2016〕17号',
      title: '国务院办公厅关于2017年部分节假日安排的通知',
      url: 'http://www.gov.cn/zhengce/content/2016-12/01/content_5141603.htm',
      issuedOn: '2016-12-01',
    },
  ],
  days: [
    { date: '2017-01-01', isOffDay: true, name: '元旦' },
    { date: '2017-01-02', isOffDay: true, name: '元旦' },
    { date: '2017-01-22', isOffDay: false, name: '春节' },
    { date: '2017-01-27', isOffDay: true, name: '春节' },
    { date: '2017-01-28', isOffDay: true, name: '春节' },
    { date: '2017-01-29', isOffDay: true, name: '春节' },
    { date: '2017-01-30', isOffDay: true, name: '春节' },
    { date: '2017-01-31', isOffDay: true, name: '春节' },
    { date: '2017-02-01', isOffDay: true, name: '春节' },
    { date: '2017-02-02', isOffDay: true, name: '春节' },
    { date: '2017-02-04', isOffDay: false, name: '春节' },
    { date: '2017-04-01', isOffDay: false, name: '清明节' },
    { date: '2017-04-02', isOffDay: true, name: '清明节' },
    { date: '2017-04-03', isOffDay: true, name: '清明节' },
    { date: '2017-04-04', isOffDay: true, name: '清明节' },
    { date: '2017-05-01', isOffDay: true, name: '劳动节' },
    { date: '2017-05-27', isOffDay: false, name: '端午节' },
    { date: '2017-05-28', isOffDay: true, name: '端午节' },
    { date: '2017-05-29', isOffDay: true, name: '端午节' },
    { date: '2017-05-30', isOffDay: true, name: '端午节' },
    { date: '2017-09-30', isOffDay: false, name: '国庆节、中秋节' },
    { date: '2017-10-01', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2017-10-02', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2017-10-03', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2017-10-04', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2017-10-05', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2017-10-06', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2017-10-07', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2017-10-08', isOffDay: true, name: '国庆节、中秋节' },
  ],
} as const satisfies HolidayYear;
