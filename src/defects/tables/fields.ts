import type { LocalizedText } from '../../core/reason.js';
import type { RuleId } from '../../core/rules.js';

/** How a field's value is written. */
export type DefectFieldType = 'id' | 'text' | 'key' | 'enum' | 'boolean' | 'count' | 'instant';

/** One field of the defect record: its path, labels, type, whether required, and the column headers it is known by. */
export interface DefectFieldRow extends LocalizedText {
  /** The field's path in the record: `['description', 'zh']` for a nested one. */
  readonly path: readonly string[];
  readonly type: DefectFieldType;
  readonly required: boolean;
  /** What it holds, for the schema's description and the docs. */
  readonly about: LocalizedText;
  /** Other column headers it is known by in spreadsheets (the key path joined by dots is always one). */
  readonly aliases: readonly string[];
  readonly rule: RuleId;
}

/**
 * The fields of a defect record (缺陷反馈联系单), in order: the one table the schema's
 * descriptions, the CLI's column headers and the docs read (DESIGN convention 15). The
 * description needs Chinese, English or both (at least one).
 *
 * @rule DEF-WHAT
 * @rule DEF-SOURCE
 */
export const DEFECT_FIELD_TABLE: readonly DefectFieldRow[] = Object.freeze([
  {
    path: ['id'],
    'zh-CN': '缺陷编号',
    en: 'Defect id',
    type: 'id',
    required: true,
    about: { 'zh-CN': '缺陷的唯一编号', en: 'The defect id' },
    aliases: ['编号', 'defectId'],
    rule: 'DEF-WHAT',
  },
  {
    path: ['project'],
    'zh-CN': '项目',
    en: 'Project',
    type: 'id',
    required: true,
    about: { 'zh-CN': '缺陷所在项目', en: 'The project the defect belongs to' },
    aliases: ['项目名称', 'projectId'],
    rule: 'DEF-WHAT',
  },
  {
    path: ['phase'],
    'zh-CN': '期',
    en: 'Phase',
    type: 'id',
    required: true,
    about: {
      'zh-CN': '项目的期（分期），缺陷手册按期编制',
      en: 'The phase (期) of the project: the handbook is compiled per phase',
    },
    aliases: ['分期', '期别'],
    rule: 'DEF-HANDBOOK',
  },
  {
    path: ['source'],
    'zh-CN': '缺陷来源',
    en: 'Source',
    type: 'enum',
    required: true,
    about: { 'zh-CN': '从哪个渠道收集到的缺陷', en: 'The channel the defect was collected from' },
    aliases: ['来源', '收集渠道'],
    rule: 'DEF-SOURCE',
  },
  {
    path: ['discipline'],
    'zh-CN': '专业',
    en: 'Discipline',
    type: 'enum',
    required: true,
    about: {
      'zh-CN': '缺陷所属专业，对应责任部门',
      en: 'The discipline, which names the responsible department',
    },
    aliases: ['专业分类', '缺陷分类'],
    rule: 'DEF-WHAT',
  },
  {
    path: ['location'],
    'zh-CN': '位置',
    en: 'Location',
    type: 'key',
    required: false,
    about: {
      'zh-CN': '缺陷在产品中的位置键（如 balcony、basement、阳台）',
      en: 'Where in the product, as a key (balcony, basement, 阳台)',
    },
    aliases: ['部位', '缺陷位置'],
    rule: 'DEF-RECUR',
  },
  {
    path: ['component'],
    'zh-CN': '部品部件',
    en: 'Component',
    type: 'key',
    required: false,
    about: {
      'zh-CN': '缺陷涉及的部品部件键（如 ac-louvre、pump-room）',
      en: 'The component, as a key (ac-louvre, pump-room)',
    },
    aliases: ['部件', '构件'],
    rule: 'DEF-RECUR',
  },
  {
    path: ['description', 'zh'],
    'zh-CN': '缺陷描述（中文）',
    en: 'Description (Chinese)',
    type: 'text',
    required: false,
    about: {
      'zh-CN': '缺陷的中文描述；中英文至少填一项',
      en: 'The Chinese description; Chinese, English or both',
    },
    aliases: ['缺陷描述', '描述', 'descriptionZh'],
    rule: 'DEF-WHAT',
  },
  {
    path: ['description', 'en'],
    'zh-CN': '缺陷描述（英文）',
    en: 'Description (English)',
    type: 'text',
    required: false,
    about: { 'zh-CN': '缺陷的英文描述', en: 'The English description' },
    aliases: ['英文描述', 'descriptionEn'],
    rule: 'DEF-WHAT',
  },
  {
    path: ['major'],
    'zh-CN': '重大缺陷',
    en: 'Major',
    type: 'boolean',
    required: true,
    about: {
      'zh-CN': '是否重大缺陷：重大缺陷须及时上报本部客户关系部',
      en: 'A major defect, reported to HQ customer relations at once',
    },
    aliases: ['是否重大'],
    rule: 'DEF-FLOW',
  },
  {
    path: ['reportedAt'],
    'zh-CN': '发现时间',
    en: 'Reported at',
    type: 'instant',
    required: true,
    about: {
      'zh-CN': '缺陷被收集的时间（带时区偏移的ISO 8601时间）',
      en: 'When the defect was collected (ISO 8601 with an offset)',
    },
    aliases: ['收集时间', '反馈时间'],
    rule: 'DEF-FLOW',
  },
  {
    path: ['householdsAffected'],
    'zh-CN': '涉及户数',
    en: 'Households affected',
    type: 'count',
    required: false,
    about: { 'zh-CN': '已知时填写受影响的户数', en: 'The households affected, when known' },
    aliases: ['影响户数', '户数'],
    rule: 'DEF-WHAT',
  },
]);
