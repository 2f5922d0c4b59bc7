import type { HolidayYear } from './types.js';

/**
 * 2010: 国务院办公厅关于2010年部分节假日安排的通知（国办发明电〔2009〕27号）.
 *
 * The arrangement, as the notice(s) word it:
 * - 一、元旦：1月1日至3日放假公休，共3天。
 * - 二、春节：2月13日至19日放假调休，共7天。2月20日（星期六）、21日（星期日）上班。
 * - 三、清明节：4月3日至5日放假公休，共3天。
 * - 四、劳动节：5月1日至3日放假公休，共3天。
 * - 五、端午节：6月14日至16日放假调休，共3天。6月12日（星期六）、13日（星期日）上班。
 * - 六、中秋节：9月22日至24日放假调休，共3天。9月19日（星期日）、25日（星期六）上班。
 * - 七、国庆节：10月1日至7日放假调休，共7天。9月26日（星期日）、10月9日（星期六）上班。
 */
export const holidays2010 = {
  year: 2010,
  notices: [
    {
      number: '国办发明电〔2009〕27号',
      title: '国务院办公厅关于2010年部分节假日安排的通知',
      url: 'http://www.gov.cn/zwgk/2009-12/08/content_1482691.htm',
      issuedOn: '2009-12-07',
    },
  ],
  days: [
    { date: '2010-01-01', isOffDay: true, name: '元旦' },
    { date: '2010-01-02', isOffDay: true, name: '元旦' },
    { date: '2010-01-03', isOffDay: true, name: '元旦' },
    { date: '2010-02-13', isOffDay: true, name: '春节' },
    { date: '2010-02-14', isOffDay: true, name: '春节' },
    { date: '2010-02-15', isOffDay: true, name: '春节' },
    { date: '2010-02-16', isOffDay: true, name: '春节' },
    { date: '2010-02-17', isOffDay: true, name: '春节' },
    { date: '2010-02-18', isOffDay: true, name: '春节' },
    { date: '2010-02-19', isOffDay: true, name: '春节' },
    { date: '2010-02-20', isOffDay: false, name: '春节' },
    { date: '2010-02-21', isOffDay: false, name: '春节' },
    { date: '2010-04-03', isOffDay: true, name: '清明节' },
    { date: '2010-04-04', isOffDay: true, name: '清明节' },
    { date: '2010-04-05', isOffDay: true, name: '清明节' },
    { date: '2010-05-01', isOffDay: true, name: '劳动节' },
    { date: '2010-05-02', isOffDay: true, name: '劳动节' },
    { date: '2010-05-03', isOffDay: true, name: '劳动节' },
    { date: '2010-06-12', isOffDay: false, name: '端午节' },
    { date: '2010-06-13', isOffDay: false, name: '端午节' },
    { date: '2010-06-14', isOffDay: true, name: '端午节' },
    { date: '2010-06-15', isOffDay: true, name: '端午节' },
    { date: '2010-06-16', isOffDay: true, name: '端午节' },
    { date: '2010-09-19', isOffDay: false, name: '中秋节' },
    { date: '2010-09-22', isOffDay: true, name: '中秋节' },
    { date: '2010-09-23', isOffDay: true, name: '中秋节' },
    { date: '2010-09-24', isOffDay: true, name: '中秋节' },
    { date: '2010-09-25', isOffDay: false, name: '中秋节' },
    { date: '2010-09-26', isOffDay: false, name: '国庆节' },
    { date: '2010-10-01', isOffDay: true, name: '国庆节' },
    { date: '2010-10-02', isOffDay: true, name: '国庆节' },
    { date: '2010-10-03', isOffDay: true, name: '国庆节' },
    { date: '2010-10-04', isOffDay: true, name: '国庆节' },
    { date: '2010-10-05', isOffDay: true, name: '国庆节' },
    { date: '2010-10-06', isOffDay: true, name: '国庆节' },
    { date: '2010-10-07', isOffDay: true, name: '国庆节' },
    { date: '2010-10-09', isOffDay: false, name: '国庆节' },
  ],
} as const satisfies HolidayYear;
