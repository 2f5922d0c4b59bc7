import type { HolidayYear } from './types.js';

/**
 * 2012: 国务院办公厅关于2012年部分节假日安排的通知（国办发明电〔2011〕45号）.
 *
 * The arrangement, as the notice(s) word it:
 * - 一、元旦：2012年1月1日至3日放假调休，共3天。2011年12月31日（星期六）上班。
 * - 二、春节：1月22日至28日放假调休，共7天。1月21日（星期六）、1月29日（星期日）上班。
 * - 三、清明节：4月2日至4日放假调休，共3天。3月31日（星期六）、4月1日（星期日）上班。
 * - 四、劳动节：4月29日至5月1日放假调休，共3天。4月28日（星期六）上班。
 * - 五、端午节：6月22日至24日放假公休，共3天。
 * - 六、中秋节、国庆节：9月30日至10月7日放假调休，共8天。9月29日（星期六）上班。
 */
export const holidays2012 = {
  year: 2012,
  notices: [
    {
      number: '国办发明电〔2011〕45号',
      title: '国务院办公厅关于2012年部分节假日安排的通知',
      url: 'http://www.gov.cn/zwgk/2011-12/06/content_2012097.htm',
      issuedOn: '2011-12-05',
    },
  ],
  days: [
    { date: '2011-12-31', isOffDay: false, name: '元旦' },
    { date: '2012-01-01', isOffDay: true, name: '元旦' },
    { date: '2012-01-02', isOffDay: true, name: '元旦' },
    { date: '2012-01-03', isOffDay: true, name: '元旦' },
    { date: '2012-01-21', isOffDay: false, name: '春节' },
    { date: '2012-01-22', isOffDay: true, name: '春节' },
    { date: '2012-01-23', isOffDay: true, name: '春节' },
    { date: '2012-01-24', isOffDay: true, name: '春节' },
    { date: '2012-01-25', isOffDay: true, name: '春节' },
    { date: '2012-01-26', isOffDay: true, name: '春节' },
    { date: '2012-01-27', isOffDay: true, name: '春节' },
    { date: '2012-01-28', isOffDay: true, name: '春节' },
    { date: '2012-01-29', isOffDay: false, name: '春节' },
    { date: '2012-03-31', isOffDay: false, name: '清明节' },
    { date: '2012-04-01', isOffDay: false, name: '清明节' },
    { date: '2012-04-02', isOffDay: true, name: '清明节' },
    { date: '2012-04-03', isOffDay: true, name: '清明节' },
    { date: '2012-04-04', isOffDay: true, name: '清明节' },
    { date: '2012-04-28', isOffDay: false, name: '劳动节' },
    { date: '2012-04-29', isOffDay: true, name: '劳动节' },
    { date: '2012-04-30', isOffDay: true, name: '劳动节' },
    { date: '2012-05-01', isOffDay: true, name: '劳动节' },
    { date: '2012-06-22', isOffDay: true, name: '端午节' },
    { date: '2012-06-23', isOffDay: true, name: '端午节' },
    { date: '2012-06-24', isOffDay: true, name: '端午节' },
    { date: '2012-09-29', isOffDay: false, name: '国庆节、中秋节' },
    { date: '2012-09-30', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2012-10-01', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2012-10-02', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2012-10-03', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2012-10-04', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2012-10-05', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2012-10-06', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2012-10-07', isOffDay: true, name: '国庆节、中秋节' },
  ],
} as const satisfies HolidayYear;
