import type { HolidayYear } from './types.js';

/**
 * 2009: 国务院办公厅关于2009年部分节假日安排的通知（国办发明电〔2008〕42号）.
 * The issue date is not confirmed against the gov.cn page (only a secondary source gives it).
 *
 * The arrangement, as the notice(s) word it:
 * - 一、元旦：1月1日至3日放假，共3天。……1月4日（星期日）上班。
 * - 二、春节：1月25日至31日放假，共7天。……1月24日（星期六）、2月1日（星期日）上班。
 * - 三、清明节：4月4日至6日放假，共3天。
 * - 四、劳动节：5月1日至3日放假，共3天。
 * - 五、端午节：5月28日至30日放假，共3天。……5月31日（星期日）上班。
 * - 六、国庆节、中秋节：10月1日至8日放假，共8天。……9月27日（星期日）、10月10日（星期六）上班。
 */
export const holidays2009 = {
  year: 2009,
  notices: [
    {
      number: '国办发明电〔2008〕42号',
      title: '国务院办公厅关于2009年部分节假日安排的通知',
      url: 'http://www.gov.cn/zwgk/2008-12/10/content_1174014.htm',
      issuedOn: '2008-12-04',
    },
  ],
  days: [
    { date: '2009-01-01', isOffDay: true, name: '元旦' },
    { date: '2009-01-02', isOffDay: true, name: '元旦' },
    { date: '2009-01-03', isOffDay: true, name: '元旦' },
    { date: '2009-01-04', isOffDay: false, name: '元旦' },
    { date: '2009-01-24', isOffDay: false, name: '春节' },
    { date: '2009-01-25', isOffDay: true, name: '春节' },
    { date: '2009-01-26', isOffDay: true, name: '春节' },
    { date: '2009-01-27', isOffDay: true, name: '春节' },
    { date: '2009-01-28', isOffDay: true, name: '春节' },
    { date: '2009-01-29', isOffDay: true, name: '春节' },
    { date: '2009-01-30', isOffDay: true, name: '春节' },
    { date: '2009-01-31', isOffDay: true, name: '春节' },
    { date: '2009-02-01', isOffDay: false, name: '春节' },
    { date: '2009-04-04', isOffDay: true, name: '清明节' },
    { date: '2009-04-05', isOffDay: true, name: '清明节' },
    { date: '2009-04-06', isOffDay: true, name: '清明节' },
    { date: '2009-05-01', isOffDay: true, name: '劳动节' },
    { date: '2009-05-02', isOffDay: true, name: '劳动节' },
    { date: '2009-05-03', isOffDay: true, name: '劳动节' },
    { date: '2009-05-28', isOffDay: true, name: '端午节' },
    { date: '2009-05-29', isOffDay: true, name: '端午节' },
    { date: '2009-05-30', isOffDay: true, name: '端午节' },
    { date: '2009-05-31', isOffDay: false, name: '端午节' },
    { date: '2009-09-27', isOffDay: false, name: '国庆节、中秋节' },
    { date: '2009-10-01', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2009-10-02', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2009-10-03', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2009-10-04', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2009-10-05', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2009-10-06', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2009-10-07', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2009-10-08', isOffDay: true, name: '国庆节、中秋节' },
    { date: '2009-10-10', isOffDay: false, name: '国庆节、中秋节' },
  ],
} as const satisfies HolidayYear;
