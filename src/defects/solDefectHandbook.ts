import { deepFreeze } from '../core/deepFreeze.js';
import type { LocalizedText } from '../core/reason.js';
import type { RuleId } from '../core/rules.js';
import type { DefectHandbookCase } from './recurrence/recurrenceTypes.js';

/**
 * How many households an incident affected, as the source states it: an exact number, about
 * (约) a number, more than (超过) a number (`LAW-THRESHOLD`: the number itself excluded), or
 * not stated (the source gives no number, and the library invents none).
 */
export type StatedHouseholds =
  | { readonly reading: 'exact' | 'about' | 'more-than'; readonly count: number }
  | { readonly reading: 'not-stated'; readonly count: null };

/** A project and year a recurring problem happened in, as the source lists them. */
export interface CaseOccurrence {
  readonly year: number;
  /** The project's name as the source writes it, and its pinyin. */
  readonly project: LocalizedText;
}

/** One incident of a recurring problem, in the source's words. */
export interface CaseIncident {
  /** The source's text (Chinese, verbatim but for the scraping debris) and an English rendering. */
  readonly text: LocalizedText;
  readonly households: StatedHouseholds;
  /** The project and year, where the source ties the incident to one; `null` where it lists them apart. */
  readonly occurrence: CaseOccurrence | null;
}

/** A case of {@link SOL_DEFECT_HANDBOOK}: a handbook case with its source, projects, years and households. */
export interface SolDefectCase extends DefectHandbookCase {
  readonly description: { readonly zh: string; readonly en: string };
  readonly component: string;
  readonly source: string;
  /** The heading the source gives the problem (反复发生的“老问题”—...). */
  readonly title: LocalizedText;
  /** The projects and years the source lists. */
  readonly occurrences: readonly CaseOccurrence[];
  /** What happened, with the households affected where the source says. */
  readonly incidents: readonly CaseIncident[];
  /** What the source leaves open, said rather than guessed. */
  readonly notes: LocalizedText;
  readonly rule: RuleId;
}

const SOURCE = 'SOL 缺陷管理: 为什么要进行缺陷反馈的工作（反复发生的“老问题”）';
const p = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
const NOT_STATED = { reading: 'not-stated', count: null } as const;
const UNPAIRED = p(
  '来源先列出项目与年份，再列出各项情况，未说明哪项情况属于哪个项目，因此各项情况未对应到项目。',
  'The source lists the projects and years, then the incidents, without saying which incident happened where: the incidents are not tied to projects.',
);

/**
 * SOL's four recurring "old problems" (反复发生的“老问题”, `DEF-RECUR`, SOL 缺陷管理): air-
 * conditioner louvres too dense, cramped outdoor units, public valves inside homes and
 * pump-room noise, each with its source, the projects and years it happened in, and the
 * households it affected as the source states them (where the source gives no number, the
 * incident says `not-stated`; where it does not tie an incident to a project, the incident's
 * project is `null`). A starter handbook for {@link findDefectRecurrences}. The component
 * keys are the library's own (the source names none), and no case has a discipline: the
 * source does not classify them.
 *
 * @rule DEF-RECUR
 * @example
 * ```ts
 * SOL_DEFECT_HANDBOOK.map((c) => c.id);
 * // ['ac-louvres-too-dense', 'ac-outdoor-unit-cramped', 'public-valves-in-homes', 'pump-room-noise']
 * SOL_DEFECT_HANDBOOK[0]?.incidents[0]?.households; // { reading: 'exact', count: 974 }
 * ```
 */
export const SOL_DEFECT_HANDBOOK: readonly SolDefectCase[] = deepFreeze([
  {
    id: 'ac-louvres-too-dense',
    description: { zh: '空调百叶扇过密', en: 'Air-conditioner louvres too dense' },
    component: 'ac-louvre',
    source: SOURCE,
    title: p(
      '反复发生的“老问题”—空调百叶扇过密',
      'A recurring old problem: air-conditioner louvres too dense',
    ),
    occurrences: [
      { year: 2005, project: p('远洋天地', 'Yuanyang Tiandi') },
      { year: 2007, project: p('远洋自然', 'Yuanyang Ziran') },
    ],
    incidents: [
      {
        text: p('涉及三区974户全部进行改造', 'All 974 households of three zones were retrofitted'),
        households: { reading: 'exact', count: 974 },
        occurrence: { year: 2005, project: p('远洋天地', 'Yuanyang Tiandi') },
      },
      {
        text: p(
          '客户投诉18起，目前涉及约800户，1585个空调机位正在改造中',
          '18 complaints; about 800 households affected so far; 1,585 air-conditioner positions being retrofitted',
        ),
        households: { reading: 'about', count: 800 },
        occurrence: { year: 2007, project: p('远洋自然', 'Yuanyang Ziran') },
      },
    ],
    notes: p(
      `来源中的数字经网页抓取后夹杂“<#004699'>”字样（如“1<#004699'>8起”“15<#004699'>85个”），读作18、800、1585。`,
      `The scraped source breaks some digits with "<#004699'>" ("1<#004699'>8起", "15<#004699'>85个"): read as 18, 800 and 1,585.`,
    ),
    rule: 'DEF-RECUR',
  },
  {
    id: 'ac-outdoor-unit-cramped',
    description: { zh: '空调室外机狭窄', en: 'Cramped air-conditioner outdoor units' },
    component: 'ac-outdoor-unit',
    source: SOURCE,
    title: p(
      '反复发生的“老问题”—空调室外机狭窄',
      'A recurring old problem: cramped air-conditioner outdoor units',
    ),
    occurrences: [
      { year: 2005, project: p('远洋新干线', 'Yuanyang Xinganxian') },
      { year: 2006, project: p('天津远洋天地', 'Tianjin Yuanyang Tiandi') },
      { year: 2008, project: p('中山远洋城', 'Zhongshan Yuanyang Cheng') },
    ],
    incidents: [
      {
        text: p(
          '空调集中放在凹槽内，引发空调频繁过热停机保护，造成大量业主集中投诉',
          'Units grouped in a recess overheated and shut down again and again: many owners complained together',
        ),
        households: NOT_STATED,
        occurrence: null,
      },
      {
        text: p(
          '预留机位小，不能满足大功率空调安装需求，涉及一、二、三期310户',
          'The reserved positions were too small for high-power units: 310 households in phases 1 to 3',
        ),
        households: { reading: 'exact', count: 310 },
        occurrence: null,
      },
      {
        text: p(
          '室外机架安装不便，空间太窄；机架与窗开启面太近，热气对流和噪声影响，46户业主投诉',
          'Brackets hard to install, the space too narrow; brackets too close to opening windows, hot air and noise: 46 households complained',
        ),
        households: { reading: 'exact', count: 46 },
        occurrence: null,
      },
    ],
    notes: p(
      `第一项情况只说“大量业主”，未给出户数。${UNPAIRED['zh-CN']}`,
      `The first incident says only "many owners" (大量业主), with no number. ${UNPAIRED.en}`,
    ),
    rule: 'DEF-RECUR',
  },
  {
    id: 'public-valves-in-homes',
    description: { zh: '公共阀门设在业主户内', en: "Public valves placed inside owners' homes" },
    component: 'public-valve',
    source: SOURCE,
    title: p('反复发生的“老问题”—公共阀门设计', 'A recurring old problem: public valve design'),
    occurrences: [
      { year: 2003, project: p('远洋天地', 'Yuanyang Tiandi') },
      { year: 2007, project: p('天津远洋天地二期', 'Tianjin Yuanyang Tiandi, phase 2') },
    ],
    incidents: [
      {
        text: p(
          '5栋楼3层业主家阳台设置了燃气管道及总阀门，2户业主因占用面积为由提起诉讼',
          'Gas pipes and the main valve were placed on the balconies of 3rd-floor homes in building 5: 2 households sued over the floor area taken',
        ),
        households: { reading: 'exact', count: 2 },
        occurrence: { year: 2007, project: p('天津远洋天地二期', 'Tianjin Yuanyang Tiandi, phase 2') },
      },
      {
        text: p(
          '各楼座3、10、17或18层各户室内均设有热水减压阀，共涉及234户，占用面积、噪音大，部分业主以要求面积补偿为由私自关闭导致103户业主无法正常使用热水，引发投诉',
          'Hot-water pressure-reducing valves inside every home on floors 3, 10, 17 or 18 of each building: 234 households; they took space and were noisy, some owners shut them off to press for compensation, and 103 households lost hot water and complained',
        ),
        households: { reading: 'exact', count: 234 },
        occurrence: null,
      },
    ],
    notes: p(
      '标题为“公共阀门设计”；案例描述“公共阀门设在业主户内”是本库对两项情况的概括。热水减压阀一项未写明项目（按排列应为2003年远洋天地，但来源未明言）；其中103户无法正常使用热水，属于234户之内。',
      'The source\'s heading is "public valve design"; the description "public valves placed inside owners\' homes" is the library\'s summary of both incidents. The pressure-reducing-valve incident names no project (by the layout, 2003 Yuanyang Tiandi, but the source does not say so); its 103 households without hot water are among the 234.',
    ),
    rule: 'DEF-RECUR',
  },
  {
    id: 'pump-room-noise',
    description: { zh: '泵房噪音扰民', en: 'Pump-room noise disturbing residents' },
    component: 'pump-room',
    source: SOURCE,
    title: p(
      '反复发生的“老问题”—泵房噪音扰民',
      'A recurring old problem: pump-room noise disturbing residents',
    ),
    occurrences: [
      { year: 2005, project: p('远洋新干线', 'Yuanyang Xinganxian') },
      { year: 2006, project: p('远洋山水', 'Yuanyang Shanshui') },
      { year: 2007, project: p('远洋自然', 'Yuanyang Ziran') },
    ],
    incidents: [
      {
        text: p(
          '生活水加压泵房位于住宅下，穿行管道未考虑减震措施，客户反映强烈，F座1名客户换房',
          'A domestic-water booster pump room under the homes, its pipes without vibration damping: strong complaints; 1 customer in block F was moved to another home',
        ),
        households: { reading: 'exact', count: 1 },
        occurrence: null,
      },
      {
        text: p(
          '设计时未考虑到结构和设备的统筹安排，地下水泵房处于业主居室正下方，导致业主换房',
          "Structure and equipment were not planned together: the basement pump room lies right under owners' rooms, and owners were moved to other homes",
        ),
        households: NOT_STATED,
        occurrence: null,
      },
      {
        text: p(
          '热水循环泵位于首层住宅下方，噪音扰民问题成为小区共性问题，超过10户业主群体投诉',
          'A hot-water circulation pump under the ground-floor homes: the noise became an estate-wide problem, and more than 10 households complained as a group',
        ),
        households: { reading: 'more-than', count: 10 },
        occurrence: null,
      },
    ],
    notes: p(
      `“F座1名客户换房”按1户计；第二项只说“业主换房”，未给出户数；第三项“超过10户”不含10户本身。${UNPAIRED['zh-CN']}`,
      `"1 customer in block F" is read as 1 household; the second incident says only that owners moved, with no number; "more than 10" (超过10户) excludes 10 itself. ${UNPAIRED.en}`,
    ),
    rule: 'DEF-RECUR',
  },
]);
