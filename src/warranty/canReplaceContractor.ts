import { expectBoolean, expectKnownKeys, expectOneOf, expectPlainObject } from '../core/checks.js';
import { createReason, type Decision, type Reason } from '../core/reason.js';
import { CONTRACTOR_FAILURE_LABELS } from './tables/labels.js';
import { CONTRACTOR_FAILURES, type ContractorFailure } from './types.js';

/** The facts of {@link canReplaceContractor}. */
export interface ContractorReplacementFacts {
  /** How the contractor failed the warranty repair. */
  readonly failure: ContractorFailure;
  /** The on-site evidence of the failure is recorded and confirmed (现场证据记录和确认). */
  readonly onSiteEvidenceRecorded?: boolean | undefined;
  /** The default notice (违约处理通知单) was issued and the fine slip filed with project customer service. */
  readonly penaltyNoticeIssued?: boolean | undefined;
}

/** The records still owed when a third party is engaged. */
export type ReplacementRecord = 'on-site-evidence' | 'penalty-notice';

/** What the developer may do when the contractor fails a warranty repair, and who pays. */
export type ContractorReplacementDecision = Decision<{
  /** The developer (through the property company's engineering department) may engage a third party. */
  readonly allowed: true;
  /** Who bears the third party's cost: the original contractor. */
  readonly costBorneBy: 'contractor';
  /** The records still owed: the on-site evidence, the penalty notice. */
  readonly outstanding: readonly ReplacementRecord[];
}>;

/**
 * What the developer may do when the contractor refuses a warranty repair, misses the
 * agreed time or does not repair as agreed (`LAW-WARRANTY-REPLACE`: 房屋建筑工程质量保修办法
 * arts. 9-13; `WAR-CONTRACTOR`: SOL 保修期满前的处理流程 10-11): engage another contractor, the
 * original one bearing the cost (另行委托…费用由原保修单位承担), fine it with a default notice
 * (违约处理通知单, the fine slip filed with project customer service and copied to finance),
 * and record and confirm the evidence on site. `outstanding` lists the records not yet made,
 * which the repair-order machine keeps in context.
 *
 * @rule LAW-WARRANTY-REPLACE
 * @rule WAR-CONTRACTOR
 * @throws {InvalidArgumentError} an unknown failure, a flag that is not a boolean.
 * @example
 * ```ts
 * const r = canReplaceContractor({ failure: 'refused' });
 * [r.allowed, r.costBorneBy, r.outstanding]; // [true, 'contractor', ['on-site-evidence', 'penalty-notice']]
 * ```
 */
export function canReplaceContractor(facts: ContractorReplacementFacts): ContractorReplacementDecision {
  const f = expectPlainObject(facts, ['facts']);
  expectKnownKeys(f, ['failure', 'onSiteEvidenceRecorded', 'penaltyNoticeIssued'], []);
  const failure = expectOneOf(f.failure, CONTRACTOR_FAILURES, ['failure']);
  const evidence =
    f.onSiteEvidenceRecorded === undefined
      ? false
      : expectBoolean(f.onSiteEvidenceRecorded, ['onSiteEvidenceRecorded']);
  const notice =
    f.penaltyNoticeIssued === undefined
      ? false
      : expectBoolean(f.penaltyNoticeIssued, ['penaltyNoticeIssued']);
  const outstanding: ReplacementRecord[] = [];
  if (!evidence) outstanding.push('on-site-evidence');
  if (!notice) outstanding.push('penalty-notice');
  const label = CONTRACTOR_FAILURE_LABELS[failure];
  const reasons: Reason[] = [
    createReason(
      'LAW-WARRANTY-REPLACE',
      { failure, allowed: true, costBorneBy: 'contractor' },
      {
        'zh-CN': `${label['zh-CN']}：建设单位可另行委托其他单位维修，费用由原施工单位承担（房屋建筑工程质量保修办法；SOL 保修期满前的处理流程 10）`,
        en: `${label.en[0]?.toUpperCase()}${label.en.slice(1)}: the developer may engage another contractor, at the original contractor's cost (房屋建筑工程质量保修办法; SOL 保修期满前的处理流程 10)`,
      },
    ),
    createReason(
      'WAR-CONTRACTOR',
      {
        failure,
        onSiteEvidenceRecorded: evidence,
        penaltyNoticeIssued: notice,
        outstanding: [...outstanding],
      },
      outstanding.length === 0
        ? {
            'zh-CN': '现场证据已记录确认，违约处理通知单已知会责任单位并将罚款单原件交项目客户服务部存档',
            en: 'The on-site evidence is recorded and confirmed, and the default notice issued with the fine slip filed',
          }
        : {
            'zh-CN': `尚需：${outstanding.map((o) => (o === 'on-site-evidence' ? '做好现场证据记录和确认' : '填写违约处理通知单并知会责任单位，罚款单原件交项目客户服务部存档、抄送财务部')).join('；')}（SOL 保修期满前的处理流程 10-11）`,
            en: `Still owed: ${outstanding.map((o) => (o === 'on-site-evidence' ? 'record and confirm the evidence on site' : 'issue the default notice and file the fine slip with project customer service, copied to finance')).join('; ')} (SOL 保修期满前的处理流程 10-11)`,
          },
    ),
  ];
  return { allowed: true, costBorneBy: 'contractor', outstanding, reasons };
}
