/**
 * The defect record's fields (缺陷反馈联系单的字段), one row each (DESIGN convention 15):
 * the names in both languages, the column headers defect ledgers give them, the kind of
 * value each holds with the codes of the source and discipline tables, and the rule each
 * serves. The description is nested (`description.zh`, `description.en`: a column each in a
 * table, an object in JSON). The schema's descriptions, the import (header and value
 * aliases), the CLI's columns and the docs' field reference read this one table.
 *
 * @module
 */

import { deepFreeze } from '../../core/deepFreeze.js';
import type { FieldRow, VocabularyEntry } from '../../records/fieldTable.js';
import type { Defect } from '../schemas.js';
import { DEFECT_DISCIPLINE_LABELS, DEFECT_SOURCE_TABLE } from './labels.js';

/** One field of the defect record: a {@link FieldRow}; a nested one has its `path`. */
export type DefectFieldRow = FieldRow;

/** The key of a field of the defect record: the record's own keys, the description's joined by a dot. */
export type DefectFieldKey = Exclude<keyof Defect, 'description'> | 'description.zh' | 'description.en';

/** The channels as exports write them: SOL's own wording, and the short forms. */
const SOURCE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'opening-check': ['开盘检查', '开盘'],
  patrol: ['巡查', '日常巡检'],
  'delivery-risk-check': ['交付检查', '风险检查'],
  delivery: ['交付', '交房', '交付验房'],
  rectification: ['整改'],
  'warranty-repair': ['保修', '报修'],
  complaint: ['投诉', '客户投诉'],
  'satisfaction-survey': ['满意度调查', '满意度'],
};

const SOURCE_CODES: readonly VocabularyEntry[] = Object.entries(DEFECT_SOURCE_TABLE).map(([id, r]) => ({
  id,
  label: { 'zh-CN': r['zh-CN'], en: r.en },
  aliases: [r.sourceWording, ...(SOURCE_ALIASES[id] ?? [])].filter((a) => a !== r['zh-CN']),
}));

/** The disciplines as exports write them (the library's own short forms). */
const DISCIPLINE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'planning-design': ['规划', '设计'],
  hvac: ['暖通', '空调'],
  decoration: ['装饰装修', '精装修'],
  landscape: ['景观', '园林'],
  'property-service': ['物业', '物业管理'],
  'customer-service': ['客服'],
};

const DISCIPLINE_CODES: readonly VocabularyEntry[] = Object.entries(DEFECT_DISCIPLINE_LABELS).map(
  ([id, l]) => ({ id, label: { 'zh-CN': l['zh-CN'], en: l.en }, aliases: DISCIPLINE_ALIASES[id] ?? [] }),
);

/**
 * The fields of a defect record (缺陷反馈联系单), in order: the one table the schema's
 * descriptions, the CLI's column headers and the docs read. The description needs
 * Chinese, English or both (`requiredGroup: 'description'`).
 *
 * @rule DEF-WHAT
 * @rule DEF-SOURCE
 * @example
 * ```ts
 * DEFECT_FIELD_TABLE['description.zh'].path; // ['description', 'zh']
 * DEFECT_FIELD_TABLE.source.vocabulary?.find((e) => e.id === 'patrol')?.label['zh-CN']; // '巡检'
 * ```
 */
export const DEFECT_FIELD_TABLE: Readonly<Record<DefectFieldKey, DefectFieldRow>> = /* @__PURE__ */ (() =>
  deepFreeze({
    id: {
      id: 'id',
      label: { 'zh-CN': '缺陷编号', en: 'Defect id' },
      description: { 'zh-CN': '缺陷的唯一编号', en: 'The defect id' },
      headers: ['编号', '缺陷单号', '联系单编号', 'defectId', 'defect no'],
      value: 'id',
      required: true,
      maxLength: 200,
      rules: ['DEF-WHAT'],
    },
    project: {
      id: 'project',
      label: { 'zh-CN': '项目', en: 'Project' },
      description: { 'zh-CN': '缺陷所在项目', en: 'The project the defect belongs to' },
      headers: ['项目名称', '项目编号', '楼盘', 'projectId'],
      value: 'id',
      required: true,
      maxLength: 200,
      rules: ['DEF-WHAT'],
    },
    phase: {
      id: 'phase',
      label: { 'zh-CN': '期', en: 'Phase' },
      description: {
        'zh-CN': '项目的期（分期），缺陷手册按期编制',
        en: 'The phase (期) of the project: the handbook is compiled per phase',
      },
      headers: ['分期', '期别'],
      value: 'id',
      required: true,
      maxLength: 200,
      rules: ['DEF-HANDBOOK'],
    },
    source: {
      id: 'source',
      label: { 'zh-CN': '缺陷来源', en: 'Source' },
      description: { 'zh-CN': '从哪个渠道收集到的缺陷', en: 'The channel the defect was collected from' },
      headers: ['来源', '收集渠道'],
      value: 'enum',
      required: true,
      vocabulary: SOURCE_CODES,
      rules: ['DEF-SOURCE'],
    },
    discipline: {
      id: 'discipline',
      label: { 'zh-CN': '专业', en: 'Discipline' },
      description: {
        'zh-CN': '缺陷所属专业，对应责任部门',
        en: 'The discipline, which names the responsible department',
      },
      headers: ['专业分类', '缺陷分类'],
      value: 'enum',
      required: true,
      vocabulary: DISCIPLINE_CODES,
      rules: ['DEF-WHAT'],
    },
    location: {
      id: 'location',
      label: { 'zh-CN': '位置', en: 'Location' },
      description: {
        'zh-CN': '缺陷在产品中的位置键（如 balcony、basement、阳台）',
        en: 'Where in the product, as a key (balcony, basement, 阳台)',
      },
      headers: ['部位', '缺陷位置'],
      value: 'text',
      required: false,
      maxLength: 200,
      nonBlank: true,
      rules: ['DEF-RECUR'],
    },
    component: {
      id: 'component',
      label: { 'zh-CN': '部品部件', en: 'Component' },
      description: {
        'zh-CN': '缺陷涉及的部品部件键（如 ac-louvre、pump-room）',
        en: 'The component, as a key (ac-louvre, pump-room)',
      },
      headers: ['部件', '构件'],
      value: 'text',
      required: false,
      maxLength: 200,
      nonBlank: true,
      rules: ['DEF-RECUR'],
    },
    'description.zh': {
      id: 'description.zh',
      path: ['description', 'zh'],
      label: { 'zh-CN': '缺陷描述（中文）', en: 'Description (Chinese)' },
      description: {
        'zh-CN': '缺陷的中文描述；中英文至少填一项',
        en: 'The Chinese description; Chinese, English or both',
      },
      headers: ['缺陷描述', '描述', 'descriptionZh'],
      value: 'text',
      required: false,
      maxLength: 10_000,
      nonBlank: true,
      requiredGroup: 'description',
      rules: ['DEF-WHAT'],
    },
    'description.en': {
      id: 'description.en',
      path: ['description', 'en'],
      label: { 'zh-CN': '缺陷描述（英文）', en: 'Description (English)' },
      description: { 'zh-CN': '缺陷的英文描述', en: 'The English description' },
      headers: ['英文描述', 'descriptionEn'],
      value: 'text',
      required: false,
      maxLength: 10_000,
      nonBlank: true,
      requiredGroup: 'description',
      rules: ['DEF-WHAT'],
    },
    major: {
      id: 'major',
      label: { 'zh-CN': '重大缺陷', en: 'Major' },
      description: {
        'zh-CN': '是否重大缺陷：重大缺陷须及时上报本部客户关系部',
        en: 'A major defect, reported to HQ customer relations at once',
      },
      headers: ['是否重大', '是否重大缺陷', '重大'],
      value: 'boolean',
      required: true,
      rules: ['DEF-FLOW'],
    },
    reportedAt: {
      id: 'reportedAt',
      label: { 'zh-CN': '发现时间', en: 'Reported at' },
      description: {
        'zh-CN': '缺陷被收集的时间（带时区偏移的ISO 8601时间）',
        en: 'When the defect was collected (ISO 8601 with an offset)',
      },
      headers: ['收集时间', '反馈时间', '发现日期', '登记时间'],
      value: 'instant',
      required: true,
      rules: ['DEF-FLOW'],
    },
    householdsAffected: {
      id: 'householdsAffected',
      label: { 'zh-CN': '涉及户数', en: 'Households affected' },
      description: { 'zh-CN': '已知时填写受影响的户数', en: 'The households affected, when known' },
      headers: ['影响户数', '户数'],
      value: 'count',
      required: false,
      rules: ['DEF-WHAT'],
    },
  }))();
