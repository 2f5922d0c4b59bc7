/**
 * The repair order's fields (维修单的字段), one row each (DESIGN convention 15): the names in
 * both languages, the column headers repair exports give the field (维修单号, 报修时间,
 * 报修内容, 预约上门时间, 完工时间 ...), the kind of value it holds with the codes of its
 * vocabulary read from the warranty label tables, the rules it serves and the order of its
 * times. The schema's descriptions, the CLI's import (header and value aliases, naive
 * times, the cheap record check) and the docs' field reference all read this one table.
 *
 * @module
 */

import type { VocabularyEntry } from '../../records/fieldTable.js';
import { vocabularyOf } from '../../records/vocabularyOf.js';
import { WARRANTY_COMPONENTS } from './components.js';
import { HEATING_SEASONS } from './heatingSeasons.js';
import { SURVEY_PROBLEM_LABELS } from './labels.js';
import { of, row, whole } from './repairOrderFieldRow.js';
import { REPAIR_ORDER_FLOW_FIELDS } from './repairOrderFlowFields.js';

const CITY_ALIASES = Object.fromEntries(
  Object.values(HEATING_SEASONS).map((c) => [c.city, [`${c['zh-CN']}市`]]),
) as Partial<Record<keyof typeof HEATING_SEASONS, readonly string[]>>;
/** The short names repair desks write for a component (the library's own aliases). */
const COMPONENT_ALIASES: Partial<Record<keyof typeof WARRANTY_COMPONENTS, readonly string[]>> = {
  'foundation-and-structure': ['主体结构', '地基基础', '结构'],
  'roof-waterproofing': ['屋面渗漏', '屋面漏水', '屋顶漏水', '屋面防水工程'],
  leakage: ['墙面渗漏', '外墙渗漏', '卫生间渗漏', '厨房渗漏', '地下室渗漏'],
  'pipe-leakage': ['水管渗漏', '管道漏水'],
  plaster: ['抹灰层脱落', '墙皮脱落'],
  floor: ['地面空鼓', '地面开裂', '地面起砂'],
  'doors-and-windows': ['门窗', '门窗五金'],
  'pipe-blockage': ['下水道堵塞', '管道不通'],
  heating: ['供暖', '暖气', '供热'],
  cooling: ['空调', '供冷'],
  'sanitary-fittings': ['洁具'],
  'lamps-and-switches': ['灯具', '开关'],
  'electrical-lines': ['电线', '线路'],
  'equipment-installation': ['设备'],
};
const COMPONENTS: readonly VocabularyEntry[] = vocabularyOf(WARRANTY_COMPONENTS, COMPONENT_ALIASES);
const CITIES: readonly VocabularyEntry[] = vocabularyOf(HEATING_SEASONS, CITY_ALIASES);

/**
 * The fields of a repair order (维修任务记录表, and what the repair flow adds to it), in the
 * schema's order. Header aliases are compared without case, spaces, `_` or `-`, full-width
 * forms folded, and a trailing note in brackets dropped (`维修费用（元）` is 维修费用). A
 * time's `notBefore` is the schema's order of steps: a repair is started after it was
 * received and its plan confirmed, completed after it was started, accepted and called back
 * after it was completed.
 *
 * @rule WAR-FLOW
 * @rule WAR-APPOINT
 * @rule WAR-ONSITE
 * @example
 * ```ts
 * REPAIR_ORDER_FIELD_TABLE.receivedAt.label['zh-CN']; // '报修时间'
 * REPAIR_ORDER_FIELD_TABLE.completedAt.notBefore; // ['repairStartedAt', 'receivedAt']
 * REPAIR_ORDER_FIELD_TABLE.problem.vocabulary?.find((e) => e.id === 'leak')?.label['zh-CN']; // '渗漏水'
 * ```
 */
export const REPAIR_ORDER_FIELD_TABLE = /* @__PURE__ */ (() => {
  const t = {
    id: row('id', '维修单号', 'Repair order id', ['维修单的唯一编号', 'The order’s own id'], {
      ...of(
        'id',
        ['报修单号', '维修工单号', '工单号', '工单编号', '单号', 'order id', 'ticket id'],
        ['WAR-FLOW'],
      ),
      required: true,
    }),
    projectId: row(
      'projectId',
      '项目',
      'Project',
      ['房屋所属的项目（楼盘）', 'The project (楼盘) of the home'],
      {
        ...of(
          'id',
          ['项目名称', '项目编号', '楼盘', '楼盘名称', '所属项目', '小区', '小区名称'],
          ['WAR-FLOW'],
        ),
        required: true,
      },
    ),
    householdId: row(
      'householdId',
      '房号',
      'Household (home)',
      ['报修的房屋（户），不含个人信息', 'The home; no personal data'],
      {
        ...of(
          'id',
          ['房间号', '楼栋房号', '房屋编号', '户号', '报修房号', 'room', 'room no', 'unit no'],
          ['WAR-FLOW'],
        ),
        required: true,
      },
    ),
    customerId: row(
      'customerId',
      '客户编号',
      'Customer id',
      ['客户档案的编号（不含姓名、电话）', 'The customer record by its id (no name or phone)'],
      of('id', ['业主编号', '客户ID'], ['CUS-FIELDS']),
    ),
    receivedAt: row(
      'receivedAt',
      '报修时间',
      'Received at',
      [
        '受理报修的时刻：各项期限由此起算',
        'When the repair request was received: the deadlines count from here',
      ],
      {
        ...of(
          'instant',
          ['报修日期时间', '受理时间', '登记时间', '来电时间', '创建时间', 'received', 'created at'],
          ['WAR-FLOW', 'WAR-APPOINT'],
        ),
        required: true,
      },
    ),
    summary: row(
      'summary',
      '报修内容',
      'What was reported',
      ['客户报修的内容', 'What the customer reported'],
      of('text', ['报修描述', '问题描述', '维修内容', '故障描述', '报修事项', 'description'], ['WAR-FLOW']),
    ),
    component: row(
      'component',
      '维保修类别',
      'Warranty component',
      [
        '报修部位所属的保修类别：决定保修期限',
        'The warranty component of the repair: it decides the warranty period',
      ],
      of(
        'enum',
        ['维修类别', '报修类别', '保修类别', '报修部位', '维修部位', '保修项目'],
        ['LAW-WARRANTY-BUYER', 'LAW-WARRANTY-MIN'],
        { vocabulary: COMPONENTS },
      ),
    ),
    problem: row(
      'problem',
      '问题性质',
      'Kind of problem',
      ['决定是否须现场查勘的问题性质', 'The kind of problem that decides an on-site survey'],
      of('enum', ['问题类型', '问题分类', '缺陷类型'], ['WAR-ONSITE'], {
        vocabulary: vocabularyOf(SURVEY_PROBLEM_LABELS, { leak: ['渗漏', '漏水'], other: ['其他', '其它'] }),
      }),
    ),
    deliveredOn: row(
      'deliveredOn',
      '交付日期',
      'Delivered on',
      [
        '房屋交付业主的日期：业主保修期由此起算',
        'The day the home was delivered: the buyer’s warranty counts from here',
      ],
      of('day', ['交房日期', '收房日期', '业主收房日期', '入伙日期'], ['LAW-WARRANTY-BUYER'], {
        notBefore: 'completionAcceptedOn',
      }),
    ),
    completionAcceptedOn: row(
      'completionAcceptedOn',
      '竣工验收合格日期',
      'Completion accepted on',
      [
        '工程竣工验收合格的日期：施工单位保修期由此起算',
        'The day the works passed completion acceptance: the contractor’s warranty counts from here',
      ],
      of('day', ['竣工验收日期', '竣工日期', '竣工备案日期'], ['LAW-WARRANTY-MIN']),
    ),
    centralizedDeliveryOn: row(
      'centralizedDeliveryOn',
      '集中交付日期',
      'Centralized delivery on',
      [
        '项目集中交付的日期：决定由哪个团队牵头维修',
        'The centralized delivery day: it decides which team leads the repair',
      ],
      of('day', ['集中交付时间', '集中交房日期'], ['WAR-PHASE']),
    ),
    city: row(
      'city',
      '城市（采暖期）',
      'City (heating season)',
      [
        '房屋所在城市：按其采暖期计算供热保修',
        'The city of the home: heating warranties count its heating seasons',
      ],
      of('enum', ['城市', '所在城市', '项目城市'], ['LAW-WARRANTY-SEASON'], { vocabulary: CITIES }),
    ),
    inWarranty: row(
      'inWarranty',
      '是否在保修期内',
      'In warranty',
      ['房屋在保修期内', 'The home is within its warranty'],
      of('boolean', ['在保修期内', '保修期内', '是否在保'], ['LAW-WARRANTY-BUYER']),
    ),
    largeArea: row(
      'largeArea',
      '大面积',
      'Over a large area',
      ['问题涉及大面积', 'The problem covers a large area'],
      of('boolean', ['是否大面积'], ['WAR-ONSITE']),
    ),
    previousRepairsAtSameLocation: row(
      'previousRepairsAtSameLocation',
      '同一部位已维修次数',
      'Previous repairs at the same location',
      ['同一部位此前维修的次数（0至10000）', 'How often the same spot was repaired before (0 to 10,000)'],
      of('count', ['同部位维修次数', '重复维修次数'], ['WAR-ONSITE'], { accepts: whole(10_000) }),
    ),
    responsibilityUnclear: row(
      'responsibilityUnclear',
      '责任界限不清',
      'Responsibility unclear',
      ['责任界限不清', 'Who is responsible is unclear'],
      of('boolean', ['是否责任不清', '责任不清'], ['WAR-ONSITE']),
    ),
    ownerRefusesHome: row(
      'ownerRefusesHome',
      '业主拒绝接受房屋',
      'Owner refuses the home',
      ['业主以此问题拒绝接受房屋', 'The owner refuses the home over it'],
      of('boolean', ['业主拒收', '是否拒收'], ['WAR-ONSITE']),
    ),
    structuralSafety: row(
      'structuralSafety',
      '涉及结构安全',
      'Touches structural safety',
      ['问题涉及结构安全', 'The problem touches structural safety'],
      of('boolean', ['是否涉及结构安全', '结构安全'], ['LAW-WARRANTY-REPLACE']),
    ),
    emergency: row(
      'emergency',
      '紧急抢修',
      'Emergency',
      ['须紧急抢修（影响安全或使用）', 'An emergency repair (safety or use)'],
      of('boolean', ['是否紧急', '紧急', '是否紧急抢修'], ['LAW-WARRANTY-REPLACE']),
    ),
    authorityReportedAt: row(
      'authorityReportedAt',
      '向建设主管部门报告时间',
      'Reported to the construction authority at',
      [
        '涉及结构安全时向主管部门报告的时刻',
        'When a structural-safety problem was reported to the authority',
      ],
      of('instant', ['报告主管部门时间', '上报主管部门时间'], ['LAW-WARRANTY-REPLACE']),
    ),
    contractorId: row(
      'contractorId',
      '施工单位',
      'Contractor',
      ['负责保修的施工单位', 'The contractor that owes the warranty repair'],
      of('id', ['维修单位', '责任单位', '承建单位', '施工方'], ['LAW-WARRANTY-REPLACE']),
    ),
    ...REPAIR_ORDER_FLOW_FIELDS,
  } as const;
  return Object.freeze(t);
})();

/** A field of a repair order. */
export type RepairOrderField = keyof typeof REPAIR_ORDER_FIELD_TABLE;
