import type { HolidayYear } from './types.js';

/**
 * 2019: 国务院办公厅关于2019年部分节假日安排的通知（国办发明电〔2018〕15号）.
 * Amended by 国务院办公厅关于调整2019年劳动节假期安排的通知（国办发明电〔2019〕3号）.
 *
 * The arrangement, as the notice(s) word it:
 * - 一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。
 * - 二、春节：2月4日至10日放假调休，共7天。2月2日（星期六）、2月3日（星期日）上班。
 * - 三、清明节：4月5日放假，与周末连休。
 * - 四、劳动节：5月1日放假。（国办发明电〔2019〕3号调整为：2019年5月1日至4日放假调休，共4天。4月28日（星期日）、5月5日（星期日）上班。）
 * - 五、端午节：6月7日放假，与周末连休。
 * - 六、中秋节：9月13日放假，与周末连休。
 * - 七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。
 */
export const holidays2019 = {
  year: 2019,
  notices: [
    {
      number: '国办发明电〔2018〕15号',
      title: '国务院办公厅关于2019年部分节假日安排的通知',
      url: 'http://www.gov.cn/xinwen/2018-12/06/content_5346287.htm',
      issuedOn: '2018-12-04',
    },
    {
      number: '国办发明电〔2019〕3号',
      title: '国务院办公厅关于调整2019年劳动节假期安排的通知',
      url: 'http://www.gov.cn/zhengce/content/2019-03/22/content_5375877.htm',
      issuedOn: '2019-03-22',
    },
  ],
  days: [
    { date: '2018-12-29', isOffDay: false, name: '元旦' },
    { date: '2018-12-30', isOffDay: true, name: '元旦' },
    { date: '2018-12-31', isOffDay: true, name: '元旦' },
    { date: '2019-01-01', isOffDay: true, name: '元旦' },
    { date: '2019-02-02', isOffDay: false, name: '春节' },
    { date: '2019-02-03', isOffDay: false, name: '春节' },
    { date: '2019-02-04', isOffDay: true, name: '春节' },
    { date: '2019-02-05', isOffDay: true, name: '春节' },
    { date: '2019-02-06', isOffDay: true, name: '春节' },
    { date: '2019-02-07', isOffDay: true, name: '春节' },
    { date: '2019-02-08', isOffDay: true, name: '春节' },
    { date: '2019-02-09', isOffDay: true, name: '春节' },
    { date: '2019-02-10', isOffDay: true, name: '春节' },
    { date: '2019-04-05', isOffDay: true, name: '清明节' },
    { date: '2019-04-28', isOffDay: false, name: '劳动节', notice: '国办发明电〔2019〕3号' },
    { date: '2019-05-01', isOffDay: true, name: '劳动节', notice: '国办发明电〔2019〕3号' },
    { date: '2019-05-02', isOffDay: true, name: '劳动节', notice: '国办发明电〔2019〕3号' },
    { date: '2019-05-03', isOffDay: true, name: '劳动节', notice: '国办发明电〔2019〕3号' },
    { date: '2019-05-04', isOffDay: true, name: '劳动节', notice: '国办发明电〔2019〕3号' },
    { date: '2019-05-05', isOffDay: false, name: '劳动节', notice: '国办发明电〔2019〕3号' },
    { date: '2019-06-07', isOffDay: true, name: '端午节' },
    { date: '2019-09-13', isOffDay: true, name: '中秋节' },
    { date: '2019-09-29', isOffDay: false, name: '国庆节' },
    { date: '2019-10-01', isOffDay: true, name: '国庆节' },
    { date: '2019-10-02', isOffDay: true, name: '国庆节' },
    { date: '2019-10-03', isOffDay: true, name: '国庆节' },
    { date: '2019-10-04', isOffDay: true, name: '国庆节' },
    { date: '2019-10-05', isOffDay: true, name: '国庆节' },
    { date: '2019-10-06', isOffDay: true, name: '国庆节' },
    { date: '2019-10-07', isOffDay: true, name: '国庆节' },
    { date: '2019-10-12', isOffDay: false, name: '国庆节' },
  ],
} as const satisfies HolidayYear;
