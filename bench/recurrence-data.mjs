// The inputs of bench/recurrence.bench.mjs, and its baseline: a 10^4-case defect handbook and
// 10^4 new defects from one seeded vocabulary, and the all-pairs comparison written out.

import { seeded } from './harness.mjs';

// A vocabulary of the kind a defect handbook holds: components, problems, causes; new defects add
// a place (building, floor), sometimes a near synonym, and what the owner said.
const COMPONENTS = [
  '空调百叶',
  '空调室外机位',
  '空调冷凝水管',
  '卫生间地漏',
  '卫生间防水',
  '厨房烟道',
  '外墙涂料',
  '外墙保温',
  '铝合金窗',
  '入户门',
  '防火门',
  '楼梯扶手',
  '阳台栏杆',
  '屋面防水',
  '地下车库顶板',
  '电梯轿厢',
  '生活水泵房',
  '热水循环泵',
  '燃气总阀门',
  '热水减压阀',
  '强电箱',
  '弱电箱',
  '消防栓箱',
  '排水立管',
  '地暖分水器',
  '新风系统',
  '中央空调风口',
  '吊顶石膏板',
  '木地板',
  '墙面瓷砖',
  '地面石材',
  '窗台板',
  '橱柜台面',
  '淋浴房玻璃',
  '坐便器',
  '洗手盆',
  '水龙头',
  '门禁对讲',
  '可视对讲',
  '单元门',
  '信报箱',
  '景观水池',
  '园林灌溉',
  '小区道路',
  '车库照明',
  '楼道照明',
  '公共走廊',
  '设备管井',
  '雨水管',
  '空调孔',
  '飘窗',
  '露台',
  '天井',
  '采光井',
  '地下室外墙',
  '变形缝',
  '女儿墙',
  '檐沟',
  '管道井门',
  '配电房',
  '发电机房',
  '垃圾房',
  '自行车库',
  '人防门',
  '化粪池',
];
const PROBLEMS = [
  '过密',
  '狭窄',
  '噪音扰民',
  '渗漏',
  '开裂',
  '空鼓',
  '反味',
  '松动',
  '锈蚀',
  '位置不合理',
  '脱落',
  '变形',
  '堵塞',
  '尺寸偏小',
  '高度不足',
  '排水不畅',
  '结露',
  '异响',
  '振动大',
  '散热不良',
  '占用面积',
  '无法开启',
  '关闭不严',
  '色差明显',
  '起砂',
  '霉变',
  '积水',
  '倒坡',
  '漏电',
  '跳闸',
  '信号差',
  '照度不足',
  '间距过近',
  '安装不牢',
];
const CAUSES = ['设计未考虑检修空间', '施工工艺不规范', '材料选型不当', '成品保护不到位', '验收把关不严', ''];
const PLACES = [
  '3号楼',
  '5号楼2单元',
  '地下一层',
  '首层',
  '顶层',
  '公共区域',
  '业主户内',
  '东侧',
  '11层',
  'B区',
];
const SAID = ['业主投诉', '反复维修', '影响使用', '雨季明显', '夜间明显', '多户反映', ''];
const SYNONYMS = {
  过密: '太密',
  狭窄: '太窄',
  噪音扰民: '噪音大',
  渗漏: '漏水',
  开裂: '裂缝',
  异响: '有响声',
};
const KEYS = COMPONENTS.map((_, i) => `component-${String(i).padStart(3, '0')}`);
const DISCIPLINES = [
  'planning-design',
  'architecture',
  'waterproofing',
  'plumbing',
  'electrical',
  'hvac',
  'decoration',
];

const rand = seeded(20260401);
const pick = (a) => a[Math.floor(rand() * a.length)];
export const N = 10_000;
export const handbook = new Array(N);
for (let i = 0; i < N; i++) {
  const c = Math.floor(rand() * COMPONENTS.length);
  const cause = pick(CAUSES);
  handbook[i] = {
    id: `case-${String(i).padStart(5, '0')}`,
    description: `${COMPONENTS[c]}${pick(PROBLEMS)}${cause === '' ? '' : `，${cause}`}`,
    ...(rand() < 0.6 ? { component: KEYS[c] } : {}),
    ...(rand() < 0.5 ? { discipline: pick(DISCIPLINES) } : {}),
  };
}
export const defects = new Array(N);
for (let i = 0; i < N; i++) {
  const c = Math.floor(rand() * COMPONENTS.length);
  let problem = pick(PROBLEMS);
  if (rand() < 0.3 && SYNONYMS[problem] !== undefined) problem = SYNONYMS[problem];
  const said = pick(SAID);
  defects[i] = {
    id: `D-${String(i).padStart(5, '0')}`,
    description: `${pick(PLACES)}${COMPONENTS[c]}${problem}${said === '' ? '' : `，${said}`}`,
    ...(rand() < 0.3 ? { component: KEYS[c] } : {}),
    ...(rand() < 0.3 ? { discipline: pick(DISCIPLINES) } : {}),
  };
}

// Baseline "all pairs, features once": the library's scoring restated (Chinese two-character
// n-grams; the share of a text's characters inside shared grams, for the text covered more;
// at least 2 shared grams; a different component key halves the score, a different discipline
// takes 5% off) over n-grams read once per case, every defect against every case.
const POLICY = { threshold: 0.8, minShared: 2, component: 0.5, discipline: 0.05 };
const runsOf = (text, re, n) => {
  const runs = [];
  for (const m of text.normalize('NFKC').toLowerCase().match(re) ?? []) {
    const ch = Array.from(m);
    if (ch.length <= n) runs.push({ grams: [m], span: ch.length, chars: ch.length });
    else {
      const grams = [];
      for (let k = 0; k + n <= ch.length; k++) grams.push(ch.slice(k, k + n).join(''));
      runs.push({ grams, span: n, chars: ch.length });
    }
  }
  return runs;
};
const features = (runs) => {
  const set = new Set();
  let chars = 0;
  for (const r of runs) {
    chars += r.chars;
    for (const g of r.grams) set.add(g);
  }
  return { runs, set, chars };
};
const covered = (f, shared) => {
  let n = 0;
  for (const r of f.runs) {
    let end = 0;
    r.grams.forEach((g, i) => {
      if (shared.has(g)) {
        n += i + r.span - Math.max(end, i);
        end = i + r.span;
      }
    });
  }
  return n;
};
const similarity = (a, b) => {
  const shared = new Set();
  for (const g of a.set) if (b.set.has(g)) shared.add(g);
  const need = Math.min(POLICY.minShared, a.set.size, b.set.size);
  if (a.chars === 0 || b.chars === 0 || shared.size < need) return 0;
  return Math.max(covered(a, shared) / a.chars, covered(b, shared) / b.chars);
};
export const prep = (x) => ({
  ...x,
  f: features(runsOf(x.description, /\p{Script=Han}+/gu, 2)),
  k: x.component === undefined ? null : features(runsOf(x.component, /[a-z]+/g, 3)),
});
export function allPairs(preparedCases, defect) {
  const d = prep(defect);
  const found = [];
  for (const c of preparedCases) {
    const desc = similarity(d.f, c.f);
    if (desc === 0) continue;
    let factor = 1;
    if (d.k !== null && c.k !== null) {
      factor *= 1 - POLICY.component * (1 - (d.component === c.component ? 1 : similarity(d.k, c.k)));
    }
    if (d.discipline !== undefined && c.discipline !== undefined && d.discipline !== c.discipline) {
      factor *= 1 - POLICY.discipline;
    }
    if (Math.round(desc * factor * 1000) / 1000 >= POLICY.threshold) found.push(c.id);
  }
  return found.sort();
}
