/**
 * The complaint record's fields (投诉登记的字段), one row each (DESIGN convention 15): the
 * names in both languages, the column headers Chinese CRM exports give the field, and the
 * kind of value it holds, with the codes of its vocabulary read from the category,
 * channel, record-kind, crisis-signal and callback-outcome tables. The CLI's import
 * (header aliases, value aliases), its column names, and the docs' field reference
 * ("importing your data") are all read from this one table.
 *
 * @module
 */

import type { FieldRow, VocabularyEntry } from '../../records/fieldTable.js';
import type { Complaint } from '../schemas.js';
import { COMPLAINT_CATEGORY_TABLE, RECORD_KIND_TABLE } from './categories.js';
import { CALLBACK_OUTCOME_LABELS, COMPLAINT_CHANNEL_LABELS, CRISIS_SIGNAL_LABELS } from './labels.js';

/** One field of the complaint record (a {@link FieldRow} keyed by the record's own keys). */
export type ComplaintFieldRow = FieldRow & { readonly id: keyof Complaint };

const entries = <T extends string>(
  table: Readonly<
    Record<
      T,
      {
        readonly 'zh-CN'?: string;
        readonly zh?: string;
        readonly en: string;
        readonly aliases?: readonly string[];
      }
    >
  >,
): readonly VocabularyEntry[] =>
  (Object.keys(table) as T[]).map((id) => {
    const row = table[id];
    return { id, label: { 'zh-CN': row['zh-CN'] ?? row.zh ?? id, en: row.en }, aliases: row.aliases ?? [] };
  });

type Row = Omit<ComplaintFieldRow, 'id' | 'label' | 'description'>;
const row = (
  id: keyof Complaint,
  zh: string,
  en: string,
  about: readonly [string, string],
  rest: Row,
): ComplaintFieldRow => ({
  id,
  label: { 'zh-CN': zh, en },
  description: { 'zh-CN': about[0], en: about[1] },
  ...rest,
});

const id = (headers: readonly string[], rules?: readonly string[]): Row => ({
  headers,
  value: 'id',
  required: true,
  maxLength: 200,
  ...(rules === undefined ? {} : { rules }),
});
const flag = (headers: readonly string[], rules: readonly string[]): Row => ({
  headers,
  value: 'boolean',
  required: false,
  rules,
});
const time = (headers: readonly string[], rules: readonly string[], notBefore?: keyof Complaint): Row => ({
  headers,
  value: 'instant',
  required: false,
  rules,
  ...(notBefore === undefined ? {} : { notBefore }),
});

/**
 * The fields of a complaint record, in the record's order. Header aliases are compared
 * without case, spaces, `_` or `-`, full-width forms folded, and a trailing note in
 * brackets dropped (`索赔金额（元）` is 索赔金额).
 *
 * @rule CMP-CATEGORY
 * @rule CMP-CHANNEL
 * @rule CUS-PHONE
 * @rule CUS-PRIVACY
 * @example
 * ```ts
 * COMPLAINT_FIELD_TABLE.receivedAt.label['zh-CN']; // '受理时间'
 * COMPLAINT_FIELD_TABLE.receivedAt.headers.includes('来电时间'); // true
 * COMPLAINT_FIELD_TABLE.channel.vocabulary?.some((e) => e.id === 'wechat'); // true
 * COMPLAINT_FIELD_TABLE.contactPhone.headers.includes('手机号码'); // true
 * ```
 */
export const COMPLAINT_FIELD_TABLE: Readonly<Record<keyof Complaint, ComplaintFieldRow>> =
  /* @__PURE__ */ (() =>
    Object.freeze({
      id: row(
        'id',
        '投诉编号',
        'Complaint id',
        ['投诉的唯一编号', 'The complaint’s own id'],
        id([
          '编号',
          '投诉单号',
          '工单号',
          '工单编号',
          '单号',
          '投诉ID',
          'complaint no',
          'ticket id',
          'ticket no',
        ]),
      ),
      projectId: row(
        'projectId',
        '项目',
        'Project',
        [
          '房屋所属的项目（楼盘）：不同项目的同一问题不合并计数',
          'The project (楼盘) of the home: issues of different projects never add up',
        ],
        id(
          [
            '项目编号',
            '项目名称',
            '项目代码',
            '楼盘',
            '楼盘名称',
            '所属项目',
            '小区',
            '小区名称',
            'project name',
            'project code',
          ],
          ['CMP-SEV-DETECT'],
        ),
      ),
      householdId: row(
        'householdId',
        '房号',
        'Household',
        [
          '投诉的房屋（户）：同一户多次投诉只计一户',
          'The household (户): one household counts once however often it complains',
        ],
        id(
          [
            '房间号',
            '楼栋房号',
            '房屋编号',
            '户号',
            '房产',
            '房屋',
            '单元房号',
            '楼号房号',
            'room',
            'room no',
            'unit no',
            'household id',
          ],
          ['CMP-SEV-MAJOR-COUNT', 'CMP-SEV-GROUP'],
        ),
      ),
      complainantId: row(
        'complainantId',
        '投诉人',
        'Complainant',
        [
          '投诉的人（编号或姓名）：近30天不同投诉人按此计数',
          'The person complaining (an id or a name): distinct complainants are counted by it',
        ],
        id(
          [
            '投诉人姓名',
            '投诉人编号',
            '客户',
            '客户姓名',
            '客户名称',
            '客户编号',
            '业主',
            '业主姓名',
            '来电人',
            'customer',
            'customer name',
            'customer id',
          ],
          ['CMP-SEV-HOT-REPEAT'],
        ),
      ),
      contactName: row(
        'contactName',
        '联系人',
        'Contact name',
        [
          '回访时联系的人的姓名（个人信息：输出中一律打码）',
          'The name of the person to call back (personal information: masked in every output)',
        ],
        {
          headers: ['联系人姓名', '联系姓名', '联系人名称', 'contact', 'contact person'],
          value: 'text',
          required: false,
          maxLength: 100,
          rules: ['CUS-FIELDS', 'CUS-PRIVACY'],
        },
      ),
      contactPhone: row(
        'contactPhone',
        '联系电话',
        'Contact phone',
        [
          '回访用的电话：手机号码或带区号的固定电话；填了有效号码即视为留有联系方式（个人信息：输出中一律打码）',
          'The phone to call back on: a mobile number or a landline with its area code; a valid one means contact information was left (personal information: masked in every output)',
        ],
        {
          headers: [
            '联系方式',
            '联系人电话',
            '联系号码',
            '手机',
            '手机号',
            '手机号码',
            '电话',
            '电话号码',
            '客户电话',
            '业主电话',
            '来电号码',
            'phone',
            'mobile',
            'telephone',
            'tel',
            'phone number',
            'mobile number',
            'contact phone',
            'contact number',
          ],
          value: 'phone',
          required: false,
          rules: ['CUS-PHONE', 'CUS-PRIVACY', 'CMP-DL-CALLBACK'],
        },
      ),
      issue: row(
        'issue',
        '问题',
        'Issue',
        [
          '判断“同一问题”的键：同一项目同一问题的投诉合并计数',
          'The key that makes two complaints “the same issue” within a project',
        ],
        id(
          ['问题类型', '问题分类', '投诉问题', '问题点', '问题编码', '问题代码', 'issue key', 'issue type'],
          ['CMP-SEV-DETECT'],
        ),
      ),
      category: row(
        'category',
        '投诉类别',
        'Category',
        ['投诉的内容类别（六类之一）', 'The content category (one of six)'],
        {
          headers: [
            '类别',
            '投诉类型',
            '投诉分类',
            '投诉大类',
            '分类',
            'complaint category',
            'complaint type',
          ],
          value: 'enum',
          required: true,
          vocabulary: entries(COMPLAINT_CATEGORY_TABLE),
          rules: ['CMP-CATEGORY', 'CMP-ROUTE-ROLE'],
        },
      ),
      kind: row(
        'kind',
        '记录类型',
        'Record kind',
        [
          '投诉（默认）、建议或咨询：建议和咨询不计入投诉',
          'Complaint (the default), suggestion or enquiry: only complaints count',
        ],
        {
          headers: ['工单类型', '来电类型', '记录类别', '诉求类型', 'record type'],
          value: 'enum',
          required: false,
          vocabulary: entries(RECORD_KIND_TABLE),
          rules: ['CMP-CATEGORY'],
        },
      ),
      receivedAt: row(
        'receivedAt',
        '受理时间',
        'Received at',
        ['受理投诉的时刻：期限由此起算', 'When the complaint was received: deadlines count from here'],
        {
          ...time(
            [
              '投诉时间',
              '来电时间',
              '来访时间',
              '登记时间',
              '接收时间',
              '创建时间',
              '反映时间',
              '受理日期时间',
              'received',
              'received time',
              'created at',
            ],
            ['CMP-DL-REPLY', 'CMP-SEV-HOT-STALE'],
          ),
          required: true,
        },
      ),
      channel: row('channel', '投诉渠道', 'Channel', ['投诉经由的渠道', 'How the complaint arrived'], {
        headers: ['渠道', '来源', '投诉来源', '来电渠道', '受理渠道', '信息来源', '反映渠道', 'source'],
        value: 'enum',
        required: true,
        vocabulary: entries(COMPLAINT_CHANNEL_LABELS),
        rules: ['CMP-CHANNEL'],
      }),
      summary: row('summary', '投诉内容', 'Summary', ['客户反映的内容', 'What the customer said'], {
        headers: [
          '内容',
          '问题描述',
          '投诉描述',
          '描述',
          '摘要',
          '详情',
          '诉求内容',
          '反映内容',
          '客户诉求',
          'description',
          'details',
        ],
        value: 'text',
        required: false,
        maxLength: 10_000,
      }),
      compensationClaimed: row(
        'compensationClaimed',
        '索赔金额',
        'Compensation claimed',
        ['每户索赔金额（元）', 'Compensation claimed per household, in yuan'],
        {
          headers: ['赔偿金额', '诉求金额', '要求赔偿金额', '索赔', 'claim amount', 'compensation'],
          value: 'amount',
          required: false,
          rules: ['CMP-SEV-MAJOR-COMP'],
        },
      ),
      lawsuitFiled: row(
        'lawsuitFiled',
        '是否起诉',
        'Lawsuit filed',
        ['客户已起诉', 'The customer has filed a lawsuit'],
        flag(['已起诉', '起诉', '是否诉讼', '诉讼', 'lawsuit'], ['CMP-SEV-MAJOR-LEGAL']),
      ),
      mediaExposed: row(
        'mediaExposed',
        '媒体曝光',
        'Media exposure',
        ['已被媒体曝光', 'The media have exposed it'],
        flag(['是否媒体曝光', '是否曝光', '曝光', 'media'], ['CMP-SEV-MAJOR-LEGAL']),
      ),
      demandsReturnOrLargeCompensation: row(
        'demandsReturnOrLargeCompensation',
        '要求退房或高额赔偿',
        'Demands return or large compensation',
        [
          '客户声称重大损失，要求退房或高额赔偿',
          'The customer claims serious loss and demands to return the home or a very large compensation',
        ],
        flag(['要求退房', '是否要求退房', '退房或高额赔偿'], ['CMP-SEV-MAJOR-CLAIM']),
      ),
      mayLeadToLawsuitOrMedia: row(
        'mayLeadToLawsuitOrMedia',
        '可能引发诉讼或媒体曝光',
        'May lead to a lawsuit or media',
        ['投诉可能引发诉讼或媒体曝光', 'The complaint may lead to a lawsuit or media exposure'],
        flag(['可能起诉或曝光', '诉讼或曝光风险', '是否有诉讼或曝光风险'], ['CMP-SEV-HOT-RISK']),
      ),
      collectiveComplainants: row(
        'collectiveComplainants',
        '集体投诉人数',
        'Collective complainants',
        ['集体投诉的人数', 'People in a collective complaint'],
        {
          headers: ['投诉人数', '集体投诉人数量', '人数'],
          value: 'count',
          required: false,
          rules: ['CMP-SEV-HOT-COLLECTIVE'],
        },
      ),
      delayOnCompanySide: row(
        'delayOnCompanySide',
        '延误属我方原因',
        'Delay on the company side',
        [
          '未解决的延误是否由于我方原因（缺省视为是）',
          'A delay in resolving it is on the company side (taken as yes when absent)',
        ],
        flag(['我方原因', '是否我方原因', '延误原因在我方'], ['CMP-SEV-HOT-STALE']),
      ),
      crisisSignals: row(
        'crisisSignals',
        '危机信号',
        'Crisis signals',
        ['危机事件的信号（可多个）', 'Signals of a crisis event (one or more)'],
        {
          headers: ['危机事件信号', '危机类型', 'crisis'],
          value: 'enum-list',
          required: false,
          vocabulary: entries(CRISIS_SIGNAL_LABELS),
          rules: ['CMP-SEV-CRISIS'],
        },
      ),
      centralizedDeliveryAt: row(
        'centralizedDeliveryAt',
        '集中交付日',
        'Centralized delivery',
        [
          '项目集中交付的日期：其后3个月内由项目处理',
          'The centralized delivery day: project customer service handles within 3 months of it',
        ],
        {
          headers: [
            '集中交付时间',
            '集中交付日期',
            '交付日期',
            '交付时间',
            '交房日期',
            '交房时间',
            'delivery date',
          ],
          value: 'day-or-instant',
          required: false,
          rules: ['CMP-ROUTE-PHASE'],
        },
      ),
      deliveredToOwnerOn: row(
        'deliveredToOwnerOn',
        '业主交付日',
        'Delivered to the owner',
        [
          '这位业主的房屋交付业主的日期：此前的投诉属交付前',
          "The day this owner's own home was delivered: a complaint before it is before delivery",
        ],
        {
          headers: ['交付业主日期', '交付业主时间', '业主收房日期', '收房日期', '收楼日期'],
          value: 'day-or-instant',
          required: false,
          rules: ['CMP-ROUTE-PHASE'],
        },
      ),
      inWarranty: row(
        'inWarranty',
        '在保修期内',
        'In warranty',
        ['房屋在保修期内', 'The home is within its warranty period'],
        flag(['是否在保修期内', '保修期内', '是否在保'], ['CMP-ROUTE-PHASE']),
      ),
      involvesDeveloperCompensation: row(
        'involvesDeveloperCompensation',
        '涉及开发赔偿',
        'Involves developer compensation',
        ['处理涉及开发商赔偿', 'Handling involves compensation by the developer'],
        flag(['是否涉及开发赔偿', '开发赔偿'], ['CMP-ROUTE-PHASE']),
      ),
      developerLegacyIssue: row(
        'developerLegacyIssue',
        '开发遗留问题',
        'Developer legacy issue',
        ['涉及开发遗留问题', "It concerns the developer's legacy issues"],
        flag(['是否开发遗留问题', '遗留问题'], ['CMP-ROUTE-PHASE']),
      ),
      hasContactInfo: row(
        'hasContactInfo',
        '留有联系方式',
        'Left contact information',
        [
          '客户留有联系方式（缺省视为是）：未留的无需回访',
          'The customer left contact information (taken as yes when absent): without it no callback is owed',
        ],
        flag(['有联系方式', '是否留有联系方式', '是否有联系方式'], ['CMP-DL-CALLBACK']),
      ),
      anonymous: row(
        'anonymous',
        '匿名',
        'Anonymous',
        [
          '投诉人未留姓名（缺省视为否）：匿名投诉无需回访',
          'The complainant left no name (taken as no when absent): no callback is owed',
        ],
        flag(['是否匿名', '匿名投诉'], ['CMP-DL-CALLBACK']),
      ),
      replyLetterOnly: row(
        'replyLetterOnly',
        '仅需复函',
        'Reply letter only',
        [
          '上级部门只要求复函（缺省视为否）：无需回访',
          'A higher authority asks only for a reply letter (taken as no when absent): no callback is owed',
        ],
        flag(['只要求复函', '是否仅需复函', '仅复函'], ['CMP-DL-CALLBACK']),
      ),
      repliedAt: row(
        'repliedAt',
        '回复时间',
        'Replied at',
        ['处理意见送达客户的时刻', 'When the handling opinion reached the customer'],
        time(['答复时间', '回复客户时间', '处理意见回复时间'], ['CMP-DL-REPLY'], 'receivedAt'),
      ),
      handlingCompletedAt: row(
        'handlingCompletedAt',
        '处理完毕时间',
        'Handling completed at',
        [
          '处理完毕的时刻：回访期限由此起算',
          'When handling was completed: the callback deadline counts from here',
        ],
        time(['处理完成时间', '完成时间', '办结时间', '处理结束时间'], ['CMP-DL-CALLBACK'], 'receivedAt'),
      ),
      calledBackAt: row(
        'calledBackAt',
        '回访时间',
        'Called back at',
        ['回访的时刻', 'When the callback was made'],
        time(['回访完成时间', '回访日期时间'], ['CMP-DL-CALLBACK'], 'receivedAt'),
      ),
      callbackOutcome: row(
        'callbackOutcome',
        '回访结果',
        'Callback outcome',
        ['回访的结果', 'The outcome of the callback'],
        {
          headers: ['回访情况', '回访满意度', '满意度'],
          value: 'enum',
          required: false,
          vocabulary: entries(CALLBACK_OUTCOME_LABELS),
          rules: ['CMP-REOPEN'],
        },
      ),
      resolvedAt: row(
        'resolvedAt',
        '解决时间',
        'Resolved at',
        ['问题解决的时刻：未填视为尚未解决', 'When it was resolved: absent, it is still open'],
        time(['问题解决时间', '已解决时间'], ['CMP-SEV-HOT-STALE', 'CMP-SEV-GROUP'], 'receivedAt'),
      ),
      closedAt: row(
        'closedAt',
        '结案时间',
        'Closed at',
        ['投诉结案的时刻', 'When the complaint was closed'],
        time(['关闭时间', '关单时间', '结单时间', '归档时间'], ['CMP-DL-CLOSE'], 'receivedAt'),
      ),
    }))();

/**
 * The columns a triage adds to a complaint (`realty-crm triage`'s table): their keys and
 * names in both languages; the complaint's own columns take their names from
 * {@link COMPLAINT_FIELD_TABLE}.
 *
 * @example
 * ```ts
 * TRIAGE_COLUMN_LABELS.replyBy['zh-CN']; // '回复期限'
 * ```
 */
export const TRIAGE_COLUMN_LABELS: Readonly<
  Record<
    'level' | 'role' | 'unit' | 'replyBy' | 'callbackBy' | 'closeBy',
    { readonly 'zh-CN': string; readonly en: string }
  >
> = Object.freeze({
  level: { 'zh-CN': '重要性', en: 'Level' },
  role: { 'zh-CN': '跟进人', en: 'Follow-up' },
  unit: { 'zh-CN': '处理单位', en: 'Handled by' },
  replyBy: { 'zh-CN': '回复期限', en: 'Reply by' },
  callbackBy: { 'zh-CN': '回访期限', en: 'Callback by' },
  closeBy: { 'zh-CN': '结案期限', en: 'Close by' },
});
