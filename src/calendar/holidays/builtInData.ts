/**
 * The built-in holiday years 2008-2026 in the compact form of `compact.ts`.
 * Generated from the year files by scripts/generateHolidayData.ts (`npm run holidays`): do not edit.
 *
 * @internal
 * @module
 */

export const BUILT_IN_HOLIDAY_DATA =
  '2008|52^1215^~zwgk/2007-12/18/content_837184.htm^|29a11A332b23B752C325D31d134E396F312g21G7\n' +
  '2009|42^1204^~zwgk/2008-12/10/content_1174014.htm^|32A31a120b11B71b162C325D325E31e1119h14H82h1\n' +
  '2010|27^1207^~zwgk/2009-12/08/content_1482691.htm^|32A341B71b241C326D340e21E395f13F31f11g15G72g1\n' +
  '2011|40^1209^~zwgk/2010-12/10/content_1762643.htm^|32A327b13B74b149c11C325D333E396F319G71g2\n' +
  '2012|45^1205^~zwgk/2011-12/06/content_2012097.htm^|31a11A318b11B71b162c21C324d11D352E397h11H8\n' +
  '2013|33^1208^~zwgk/2012-12/10/content_2286598.htm^|32A32a234B71b246C31c120d21D338e21E399F31f17g12G75g1\n' +
  '2014|28^1211^~zwgk/@/content_2546204.htm^|32A125b15B72b156C12C124D31d129E198F120g13G74g1\n' +
  '2015|28^1216^~zhengce/content/@/content_9302.htm^;国发明电〔2015〕1号^20150513^~zhengce/content/@/content_9742.htm^国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知|32A31a142b13B74b136C225D150E12E173I3*11i1*121F14G73g1\n' +
  '2016|18^1210^~zhengce/content/@/content_10394.htm^|32A136b11B71b150C127D238E31e195F31f113G71g2\n' +
  '2017|17^1201^~zhengce/content/@/content_5141603.htm^|32A220b15B72b156c11C327D126e11E3123h11H8\n' +
  '2018|12^1130^~zhengce/content/@/content_5243579.htm^|32A141b14B73b140C31c120d11D348E198F15g21G7\n' +
  '2019|15^1204^~xinwen/2018-12/06/content_5346287.htm^;2019.3^20190322^~zhengce/content/@/content_5375877.htm^国务院办公厅关于调整2019年劳动节假期安排的通知|29a11A332b21B754C123d1*13D4*11d1*133E198F116g12G75g1\n' +
  '2020|16^1121^~zhengce/content/@/content_5454164.htm^;2020.1^20200126^~zhengce/content/2020-01/27/content_5472352.htm^国务院办公厅关于延长2020年春节假期的通知|32A118b15B71B3*162C320d15D54d147E31e191h14H82h1\n' +
  '2021|27^1125^~zhengce/content/@/content_5564127.htm^|32A335b14B73b142C320d16D53d135E396f11F35g15G72g1\n' +
  '2022|11^1025^~zhengce/content/@/content_5644835.htm^|32A326b21B755c11C319d16D53d127E397F319G71g2\n' +
  '2023|16^1208^~zhengce/content/@/content_5730844.htm^|31A319B71b266C118d16D53d147E31e196H81h2\n' +
  '2024|7^1025^!zhengce/content/#/content_6911527.htm^|32A134b16B81b146C31c121d13D56d130E196f11F312g12G75g1\n' +
  '2025|12^1112^!zhengce/zhengceku/#/content_6986383.htm^|32A125b12B84b155C321d14D526E3118h13H83h1\n' +
  '2026|7^1104^!zhengce/zhengceku/#/content_7047091.htm^|32A31a141b11B95b135C325D54d141E391g15F34G73g1';
