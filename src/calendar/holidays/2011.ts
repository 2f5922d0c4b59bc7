import type { HolidayYear } from './types.js';

/**
 * 2011: 国务院办公厅关于2011年部分节假日安排的通知（国办发明电〔2010〕40号）.
 *
 * The arrangement, as the notice(s) word it:
 * - 一、元旦：1月1日至3日放假公休，共3天。
 * - 二、春节：2月2日（农历除夕）至8日放假调休，共7天。1月30日（星期日）、2月12日（星期六）上班。
 * - 三、清明节：4月3日至5日放假调休，共3天。4月2日（星期六）上班。
 * - 四、劳动节：4月30日至5月2日放假公休，共3天。
 * - 五、端午节：6月4日至6日放假公休，共3天。
 * - 六、中秋节：9月10日至12日放假公休，共3天。
 * - 七、国庆节：10月1日至7日放假调休，共7天。10月8日（星期六）、10月9日（星期日）上班。
 */
export const holidays2011 = {
  year: 2011,
  notices: [
    {
      number: '国办发明电〔2010〕40号',
      title: '国务院办公厅关于2011年部分节假日安排的通知',
      url: 'http://www.gov.cn/zwgk/2010-12/10/content_1762643.htm',
      issuedOn: '2010-12-09',
    },
  ],
  days: [
    { date: '2011-01-01', isOffDay: true, name: '元旦' },
    { date: '2011-01-02', isOffDay: true, name: '元旦' },
    { date: '2011-01-03', isOffDay: true, name: '元旦' },
    { date: '2011-01-30', isOffDay: false, name: '春节' },
    { date: '2011-02-02', isOffDay: true, name: '春节' },
    { date: '2011-02-03', isOffDay: true, name: '春节' },
    { date: '2011-02-04', isOffDay: true, name: '春节' },
    { date: '2011-02-05', isOffDay: true, name: '春节' },
    { date: '2011-02-06', isOffDay: true, name: '春节' },
    { date: '2011-02-07', isOffDay: true, name: '春节' },
    { date: '2011-02-08', isOffDay: true, name: '春节' },
    { date: '2011-02-12', isOffDay: false, name: '春节' },
    { date: '2011-04-02', isOffDay: false, name: '清明节' },
    { date: '2011-04-03', isOffDay: true, name: '清明节' },
    { date: '2011-04-04', isOffDay: true, name: '清明节' },
    { date: '2011-04-05', isOffDay: true, name: '清明节' },
    { date: '2011-04-30', isOffDay: true, name: '劳动节' },
    { date: '2011-05-01', isOffDay: true, name: '劳动节' },
    { date: '2011-05-02', isOffDay: true, name: '劳动节' },
    { date: '2011-06-04', isOffDay: true, name: '端午节' },
    { date: '2011-06-05', isOffDay: true, name: '端午节' },
    { date: '2011-06-06', isOffDay: true, name: '端午节' },
    { date: '2011-09-10', isOffDay: true, name: '中秋节' },
    { date: '2011-09-11', isOffDay: true, name: '中秋节' },
    { date: '2011-09-12', isOffDay: true, name: '中秋节' },
    { date: '2011-10-01', isOffDay: true, name: '国庆节' },
    { date: '2011-10-02', isOffDay: true, name: '国庆节' },
    { date: '2011-10-03', isOffDay: true, name: '国庆节' },
    { date: '2011-10-04', isOffDay: true, name: '国庆节' },
    { date: '2011-10-05', isOffDay: true, name: '国庆节' },
    { date: '2011-10-06', isOffDay: true, name: '国庆节' },
    { date: '2011-10-07', isOffDay: true, name: '国庆节' },
    { date: '2011-10-08', isOffDay: false, name: '国庆节' },
    { date: '2011-10-09', isOffDay: false, name: '国庆节' },
  ],
} as const satisfies HolidayYear;
