/**
 * The repair order's fields from the visit on (WAR-APPOINT, WAR-CONTRACTOR, WAR-FLOW,
 * WAR-COMP): the second half of `REPAIR_ORDER_FIELD_TABLE`, in the schema's order.
 *
 * @internal
 * @module
 */

import { vocabularyOf } from '../../records/vocabularyOf.js';
import { CONTRACTOR_FAILURE_LABELS, DEFECT_CAUSE_LABELS, HIDDEN_WORK_LABELS } from './labels.js';
import { of, row, whole } from './repairOrderFieldRow.js';

/** The fields from the agreed visit to the deduction notice. */
export const REPAIR_ORDER_FLOW_FIELDS = /* @__PURE__ */ (() =>
  Object.freeze({
    agreedVisitAt: row(
      'agreedVisitAt',
      '预约上门时间',
      'Agreed visit time',
      ['与客户约定的上门时刻', 'The visit time agreed with the customer'],
      of('instant', ['预约时间', '预约维修时间', '约定上门时间', '预约到场时间'], ['WAR-APPOINT']),
    ),
    rescheduledTo: row(
      'rescheduledTo',
      '经客户同意改约时间',
      'Rescheduled to (with consent)',
      ['经客户同意改约的上门时刻', 'The new visit time the customer agreed to'],
      of('instant', ['改约时间', '改约上门时间'], ['WAR-APPOINT']),
    ),
    arrivedAt: row(
      'arrivedAt',
      '到场时间',
      'Arrived at',
      ['维修人员到场的时刻', 'When the repair staff arrived'],
      of('instant', ['上门时间', '实际上门时间', '到达时间', '实际到场时间'], ['WAR-APPOINT']),
    ),
    contractorFailure: row(
      'contractorFailure',
      '施工单位违约情形',
      'Contractor failure',
      ['施工单位未履行保修的情形', 'How the contractor failed the repair'],
      of('enum', ['违约情形', '违约类型'], ['WAR-CONTRACTOR'], {
        vocabulary: vocabularyOf(CONTRACTOR_FAILURE_LABELS),
      }),
    ),
    thirdPartyId: row(
      'thirdPartyId',
      '第三方维修单位',
      'Third-party contractor',
      ['代为维修的第三方单位', 'The third party that repairs instead'],
      of('id', ['第三方单位', '代维修单位'], ['WAR-CONTRACTOR']),
    ),
    onSiteEvidenceRecorded: row(
      'onSiteEvidenceRecorded',
      '现场证据已记录确认',
      'On-site evidence recorded',
      ['违约的现场证据已记录并确认', 'The on-site evidence of the failure is recorded and confirmed'],
      of('boolean', ['现场证据已确认', '是否留存现场证据'], ['WAR-CONTRACTOR']),
    ),
    penaltyNoticeIssuedAt: row(
      'penaltyNoticeIssuedAt',
      '违约处理通知单时间',
      'Penalty notice issued at',
      ['发出违约处理通知单的时刻', 'When the penalty notice was issued'],
      of('instant', ['违约通知时间', '违约处理通知时间'], ['WAR-CONTRACTOR']),
    ),
    cause: row(
      'cause',
      '缺陷原因',
      'Cause of the defect',
      ['造成缺陷的原因：决定费用由谁承担', 'What caused the defect: it decides who bears the cost'],
      of('enum', ['问题原因', '责任原因', '原因分析'], ['LAW-WARRANTY-REPLACE'], {
        vocabulary: vocabularyOf(DEFECT_CAUSE_LABELS, {
          construction: ['施工质量', '施工原因'],
          'owner-use': ['使用不当', '人为损坏'],
          'third-party': ['第三方'],
          unclear: ['责任不清'],
        }),
      }),
    ),
    chargesYuan: row(
      'chargesYuan',
      '维修费用（元）',
      'Charges (yuan)',
      ['有偿维修向客户收取的费用（元）', 'What a paid repair charges the customer, in yuan'],
      of('amount', ['维修费用', '收费金额', '维修收费'], ['WAR-APPOINT']),
    ),
    chargesAcceptedAt: row(
      'chargesAcceptedAt',
      '客户同意收费时间',
      'Charges accepted at',
      ['客户同意收费的时刻', 'When the customer accepted the charges'],
      of('instant', ['同意收费时间'], ['WAR-APPOINT']),
    ),
    planConfirmedAt: row(
      'planConfirmedAt',
      '方案确认时间',
      'Plan confirmed at',
      ['维修方案确认的时刻', 'When the repair plan was confirmed'],
      of('instant', ['维修方案确认时间'], ['WAR-FLOW'], { notBefore: 'receivedAt' }),
    ),
    hiddenWorks: row(
      'hiddenWorks',
      '隐蔽工序',
      'Hidden works',
      ['须验收后方可覆盖的隐蔽工序（至多5项）', 'Hidden works inspected before they are covered (up to 5)'],
      of('enum-list', ['隐蔽工程'], ['WAR-FLOW'], {
        vocabulary: vocabularyOf(HIDDEN_WORK_LABELS),
        accepts: (v) => Array.isArray(v) && v.length <= 5,
      }),
    ),
    hiddenWorksInspectedAt: row(
      'hiddenWorksInspectedAt',
      '隐蔽工序验收时间',
      'Hidden works inspected at',
      ['隐蔽工序验收的时刻', 'When the hidden works were inspected'],
      of('instant', ['隐蔽工程验收时间'], ['WAR-FLOW']),
    ),
    repairStartedAt: row(
      'repairStartedAt',
      '开工时间',
      'Repair started at',
      ['开始维修的时刻', 'When the repair started'],
      of('instant', ['维修开始时间', '开始维修时间'], ['WAR-FLOW'], {
        notBefore: ['receivedAt', 'planConfirmedAt'],
      }),
    ),
    completedAt: row(
      'completedAt',
      '完工时间',
      'Completed at',
      ['维修完工的时刻：回访期限由此起算', 'When the repair was completed: the callback counts from here'],
      of('instant', ['维修完成时间', '完成时间', '修复时间', '维修完工时间'], ['WAR-FLOW'], {
        notBefore: ['repairStartedAt', 'receivedAt'],
      }),
    ),
    acceptedAt: row(
      'acceptedAt',
      '客户验收时间',
      'Accepted by the customer at',
      ['客户验收维修的时刻', 'When the customer accepted the repair'],
      of('instant', ['验收时间', '业主验收时间'], ['WAR-FLOW'], { notBefore: 'completedAt' }),
    ),
    reworkCount: row(
      'reworkCount',
      '返工次数',
      'Reworks',
      ['验收不合格后返工的次数（0至1000）', 'How often the repair was redone (0 to 1,000)'],
      of('count', ['返修次数'], ['WAR-FLOW'], { accepts: whole(1000) }),
    ),
    calledBackAt: row(
      'calledBackAt',
      '回访时间',
      'Called back at',
      ['回访客户的时刻', 'When the customer was called back'],
      of('instant', ['回访日期时间', '回访完成时间'], ['WAR-FLOW'], { notBefore: 'completedAt' }),
    ),
    closedAt: row(
      'closedAt',
      '关闭时间',
      'Closed at',
      ['维修单关闭的时刻', 'When the order was closed'],
      of('instant', ['关单时间', '结单时间', '结案时间', '归档时间'], ['WAR-FLOW'], {
        notBefore: 'receivedAt',
      }),
    ),
    compensationYuan: row(
      'compensationYuan',
      '补偿金额（元）',
      'Compensation (yuan)',
      ['给客户的补偿（元）', 'Compensation to the customer, in yuan'],
      of('amount', ['补偿金额', '赔偿金额', '补偿'], ['WAR-COMP']),
    ),
    compensationPlanAgreedAt: row(
      'compensationPlanAgreedAt',
      '补偿方案确定时间',
      'Compensation plan agreed at',
      ['补偿方案确定的时刻', 'When the compensation plan was agreed'],
      of('instant', ['补偿方案确认时间'], ['WAR-COMP']),
    ),
    compensationApprovedAt: row(
      'compensationApprovedAt',
      '补偿方案审批时间',
      'Compensation approved at',
      ['补偿方案获批的时刻', 'When the compensation was approved'],
      of('instant', ['补偿审批时间'], ['WAR-COMP'], { notBefore: 'compensationPlanAgreedAt' }),
    ),
    deductionNoticeAt: row(
      'deductionNoticeAt',
      '工程扣款知会时间',
      'Deduction notice issued at',
      ['向工程部门知会扣款的时刻', 'When the deduction was notified to engineering'],
      of('instant', ['扣款知会时间', '扣款通知时间'], ['WAR-COMP'], { notBefore: 'compensationApprovedAt' }),
    ),
  } as const))();
