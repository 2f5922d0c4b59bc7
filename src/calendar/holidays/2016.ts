import type { HolidayYear } from './types.js';

/**
 * 2016: 国务院办公厅关于2016年部分节假日安排的通知（国办发明电〔2015〕18号）.
 *
 * The arrangement, as the notice(s) word it:
 * - 一、元旦：1月1日放假，与周末连休。
 * - 二、春节：2月7日至13日放假调休，共7天。2月6日（星期六）、2月14日（星期日）上班。
 * - 三、清明节：4月4日放假，与周末连休。
 * - 四、劳动节：5月1日放假，5月2日（星期一）补休。
 * - 五、端午节：6月9日至11日放假调休，共3天。6月12日（星期日）上班。
 * - 六、中秋节：9月15日至17日放假调休，共3天。9月18日（星期日）上班。
 * - 七、国庆节：10月1日至7日放假调休，共7天。10月8日（星期六）、10月9日（星期日）上班。
 */
export const holidays2016 = {
  year: 2016,
  notices: [
    {
      number: '国办发明电〔2015〕18号',
      title: '国务院办公厅关于2016年部分节假日安排的通知',
      url: 'http://www.gov.cn/zhengce/content/2015-12/10/content_10394.htm',
      issuedOn: '2015-12-10',
    },
  ],
  days: [
    { date: '2016-01-01', isOffDay: true, name: '元旦' },
    { date: '2016-02-06', isOffDay: false, name: '春节' },
    { date: '2016-02-07', isOffDay: true, name: '春节' },
    { date: '2016-02-08', isOffDay: true, name: '春节' },
    { date: '2016-02-09', isOffDay: true, name: '春节' },
    { date: '2016-02-10', isOffDay: true, name: '春节' },
    { date: '2016-02-11', isOffDay: true, name: '春节' },
    { date: '2016-02-12', isOffDay: true, name: '春节' },
    { date: '2016-02-13', isOffDay: true, name: '春节' },
    { date: '2016-02-14', isOffDay: false, name: '春节' },
    { date: '2016-04-04', isOffDay: true, name: '清明节' },
    { date: '2016-05-01', isOffDay: true, name: '劳动节' },
    { date: '2016-05-02', isOffDay: true, name: '劳动节' },
    { date: '2016-06-09', isOffDay: true, name: '端午节' },
    { date: '2016-06-10', isOffDay: true, name: '端午节' },
    { date: '2016-06-11', isOffDay: true, name: '端午节' },
    { date: '2016-06-12', isOffDay: false, name: '端午节' },
    { date: '2016-09-15', isOffDay: true, name: '中秋节' },
    { date: '2016-09-16', isOffDay: true, name: '中秋节' },
    { date: '2016-09-17', isOffDay: true, name: '中秋节' },
    { date: '2016-09-18', isOffDay: false, name: '中秋节' },
    { date: '2016-10-01', isOffDay: true, name: '国庆节' },
    { date: '2016-10-02', isOffDay: true, name: '国庆节' },
    { date: '2016-10-03', isOffDay: true, name: '国庆节' },
    { date: '2016-10-04', isOffDay: true, name: '国庆节' },
    { date: '2016-10-05', isOffDay: true, name: '国庆节' },
    { date: '2016-10-06', isOffDay: true, name: '国庆节' },
    { date: '2016-10-07', isOffDay: true, name: '国庆节' },
    { date: '2016-10-08', isOffDay: false, name: '国庆节' },
    { date: '2016-10-09', isOffDay: false, name: '国庆节' },
  ],
} as const satisfies HolidayYear;
