import type { HolidayYear } from './types.js';

/**
 * 2015: 国务院办公厅关于2015年部分节假日安排的通知（国办发明电〔2014〕28号）.
 * Amended by 国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知（国发明电〔2015〕1号）.
 *
 * The arrangement, as the notice(s) word it:
 * - 一、元旦：1月1日至3日放假调休，共3天。1月4日（星期日）上班。
 * - 二、春节：2月18日至24日放假调休，共7天。2月15日（星期日）、2月28日（星期六）上班。
 * - 三、清明节：4月5日放假，4月6日（星期一）补休。
 * - 四、劳动节：5月1日放假，与周末连休。
 * - 五、端午节：6月20日放假，6月22日（星期一）补休。
 * - 国发明电〔2015〕1号：9月3日至5日调休放假，共3天。其中9月3日（星期四）放假，9月4日（星期五）调休，9月6日（星期日）上班。
 * - 六、中秋节：9月27日放假。
 * - 七、国庆节：10月1日至7日放假调休，共7天。10月10日（星期六）上班。
 */
export const holidays2015 = {
  year: 2015,
  notices: [
    {
      number: '国办发明电〔2014〕28号',
      title: '国务院办公厅关于2015年部分节假日安排的通知',
      url: 'http://www.gov.cn/zhengce/content/2014-12/16/content_9302.htm',
      issuedOn: '2014-12-16',
    },
    {
      number: '国发明电〔2015〕1号',
      title: '国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知',
      url: 'http://www.gov.cn/zhengce/content/2015-05/13/content_9742.htm',
      issuedOn: '2015-05-13',
    },
  ],
  days: [
    { date: '2015-01-01', isOffDay: true, name: '元旦' },
    { date: '2015-01-02', isOffDay: true, name: '元旦' },
    { date: '2015-01-03', isOffDay: true, name: '元旦' },
    { date: '2015-01-04', isOffDay: false, name: '元旦' },
    { date: '2015-02-15', isOffDay: false, name: '春节' },
    { date: '2015-02-18', isOffDay: true, name: '春节' },
    { date: '2015-02-19', isOffDay: true, name: '春节' },
    { date: '2015-02-20', isOffDay: true, name: '春节' },
    { date: '2015-02-21', isOffDay: true, name: '春节' },
    { date: '2015-02-22', isOffDay: true, name: '春节' },
    { date: '2015-02-23', isOffDay: true, name: '春节' },
    { date: '2015-02-24', isOffDay: true, name: '春节' },
    { date: '2015-02-28', isOffDay: false, name: '春节' },
    { date: '2015-04-05', isOffDay: true, name: '清明节' },
    { date: '2015-04-06', isOffDay: true, name: '清明节' },
    { date: '2015-05-01', isOffDay: true, name: '劳动节' },
    { date: '2015-06-20', isOffDay: true, name: '端午节' },
    { date: '2015-06-22', isOffDay: true, name: '端午节' },
    { date: '2015-09-03', isOffDay: true, name: '抗战胜利纪念日', notice: '国发明电〔2015〕1号' },
    { date: '2015-09-04', isOffDay: true, name: '抗战胜利纪念日', notice: '国发明电〔2015〕1号' },
    { date: '2015-09-05', isOffDay: true, name: '抗战胜利纪念日', notice: '国发明电〔2015〕1号' },
    { date: '2015-09-06', isOffDay: false, name: '抗战胜利纪念日', notice: '国发明电〔2015〕1号' },
    { date: '2015-09-27', isOffDay: true, name: '中秋节' },
    { date: '2015-10-01', isOffDay: true, name: '国庆节' },
    { date: '2015-10-02', isOffDay: true, name: '国庆节' },
    { date: '2015-10-03', isOffDay: true, name: '国庆节' },
    { date: '2015-10-04', isOffDay: true, name: '国庆节' },
    { date: '2015-10-05', isOffDay: true, name: '国庆节' },
    { date: '2015-10-06', isOffDay: true, name: '国庆节' },
    { date: '2015-10-07', isOffDay: true, name: '国庆节' },
    { date: '2015-10-10', isOffDay: false, name: '国庆节' },
  ],
} as const satisfies HolidayYear;
