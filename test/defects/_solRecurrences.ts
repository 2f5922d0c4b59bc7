/** New defects and near misses of SOL's four old problems, shared by the recurrence tests. */

/** New defects as project staff write them, in other wordings of a SOL case, and the case each repeats. */
export const SOL_RECURRENCES: readonly (readonly [string, string])[] = [
  ['空调百叶过密', 'ac-louvres-too-dense'],
  ['3号楼空调百叶过密', 'ac-louvres-too-dense'],
  ['3号楼空调机位百叶扇过密，散热差', 'ac-louvres-too-dense'],
  ['空调格栅百叶过密导致空调散热不良', 'ac-louvres-too-dense'],
  ['空调室外机位狭窄', 'ac-outdoor-unit-cramped'],
  ['5号楼空调室外机狭窄', 'ac-outdoor-unit-cramped'],
  ['空调外机位置狭窄', 'ac-outdoor-unit-cramped'],
  ['公共阀门设在业主家中', 'public-valves-in-homes'],
  ['公共阀门设在业主户内阳台上', 'public-valves-in-homes'],
  ['地下水泵房噪音扰民', 'pump-room-noise'],
  ['水泵房在住户正下方，噪音扰民', 'pump-room-noise'],
  ['2号楼泵房噪音扰民', 'pump-room-noise'],
];

/** The same problems in other words: no shared wording for the fault, found only when screening (0.5). */
export const SCREENED: readonly (readonly [string, string])[] = [
  ['空调百叶太密，散热不好', 'ac-louvres-too-dense'],
  ['空调室外机安装空间太窄', 'ac-outdoor-unit-cramped'],
  ['预留空调机位小，室外机放不下', 'ac-outdoor-unit-cramped'],
  ['业主户内设有公共热水减压阀', 'public-valves-in-homes'],
  ['户内公共阀门占用面积', 'public-valves-in-homes'],
  ['水泵房噪音大，楼上业主投诉', 'pump-room-noise'],
  ['热水循环泵噪音扰民', 'pump-room-noise'],
  ['生活水加压泵房位于住宅下，噪音大', 'pump-room-noise'],
];

/** Near misses: defects that share words with a SOL case but are not its problem. */
export const NEAR_MISSES: readonly string[] = [
  // the same component with another fault
  '空调室外机漏水',
  '3号楼空调室外机漏水',
  '空调室外机支架锈蚀',
  '空调百叶脱落',
  '空调百叶颜色不一致',
  '公共阀门漏水',
  '泵房漏水',
  // a shared word only
  '空调冷凝水管漏水',
  '外墙空调孔渗水',
  '空调插座位置不合理',
  '空调噪音',
  '空调坏了',
  '百叶窗损坏',
  '电梯运行噪音大',
  '户内燃气管道漏气',
  '阀门漏水',
  '业主家中水管爆裂',
  '公共区域墙面空鼓',
  '水泵房渗水',
  '泵房积水',
  '阳台栏杆过低',
  '楼道公共照明不亮',
  '业主投诉物业服务态度差',
];
