import type { InstantInput } from '../calendar/days.js';
import { formatInstant } from '../calendar/days.js';
import { expectBoolean, isPlainObject } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Decision, type Reason } from '../core/reason.js';
import { describeThreshold, meetsThreshold, type Threshold } from '../core/thresholds.js';
import { assessComplaintSeverity, type SeverityFacts } from './assessComplaintSeverity.js';
import { expectOptions, instantMs } from './checkInputs.js';
import { citing, fill } from './compileSeverity.js';
import type { ComplaintPolicy, ComplaintPolicyInput } from './policy.js';
import { resolveComplaintPolicy } from './resolveComplaintPolicy.js';
import { ESCALATION_GROUND_LABELS, SEVERITY_LEVEL_LABELS } from './tables/labels.js';
import type { EscalationGround, SeverityLevel } from './types.js';

/** The facts of an escalation: the severity facts, and the caller's own judgement of a risk. */
export interface EscalationFacts extends SeverityFacts {
  /** Judged from the complaint's content, severity, complexity and influence: a risk (隐患) of a major group complaint or a crisis (`CMP-WARN`). */
  readonly riskOfMajorGroupOrCrisis?: boolean | undefined;
}

/** Where a complaint stands on the way up (`CMP-WARN`): nothing owed, a warning before the event, or the report after it. */
export const ESCALATION_STAGES = /* @__PURE__ */ Object.freeze(['none', 'warning', 'event-report'] as const);
/** An escalation stage. */
export type EscalationStage = (typeof ESCALATION_STAGES)[number];

/** An escalation judgement. */
export type EscalationAssessment = Decision<{
  /**
   * `warning`: a risk of a major group complaint or a crisis, before the event: the
   * escalation warning form (投诉升级预警单) goes to the direct superior. `event-report`: a
   * major or crisis event has happened: the major (crisis) customer event report
   * (项目重大(危机)客户事件报表) goes to HQ customer relations. `none`: neither.
   */
  readonly stage: EscalationStage;
  /** What shows the risk (even once the event has happened). */
  readonly grounds: readonly EscalationGround[];
  /** The severity the facts give. */
  readonly level: SeverityLevel;
  readonly majorGroup: boolean;
  /** With `options.at`: when the form or report is due (`at` + the policy's hours, elapsed); else `null`. */
  readonly dueAt: string | null;
}>;

/** The options of {@link assessEscalation}. */
export interface EscalationOptions {
  /** The policy; `sinoOcean2008` when absent. */
  readonly policy?: ComplaintPolicyInput;
  /** When the judgement is made: the form or report is due a number of hours after it. */
  readonly at?: InstantInput;
}

/** The share of a threshold, rounded up to whole households: half of 10户以上 is 5户以上. */
const shareOf = (share: number, t: Threshold): Threshold => ({
  kind: t.kind,
  value: Math.ceil(share * t.value),
});

/**
 * The warning before the event and the report after it (`CMP-WARN`, SOL 投诉管理 8). While
 * a complaint shows a risk (隐患) of a major group complaint or a crisis, an escalation
 * warning form goes to the direct superior: the caller judged so
 * (`riskOfMajorGroupOrCrisis`), or the issue reached the policy's share of the group
 * threshold (5 of 10 households under `sinoOcean2008`, counted under the policy's reading of
 * `CMP-SEV-GROUP`), or a hot complaint may lead to a lawsuit or the media
 * (`mayLeadToLawsuitOrMedia`). Once a major or crisis event has happened (the facts make
 * the complaint major or a crisis), the warning is past: the major (crisis) customer event
 * report is owed to HQ customer relations. With `at`, the reason and `dueAt` say by when
 * (the policy's hours, elapsed time, `LAW-ELAPSED`; 24 h each, the library's default). The
 * facts are checked as {@link assessComplaintSeverity} checks them.
 *
 * @rule CMP-WARN
 * @rule CMP-SEV-GROUP
 * @rule CMP-TWO-LEVEL
 * @example
 * ```ts
 * assessEscalation({ householdsComplainingTogether: 4 }).stage; // 'none'
 * assessEscalation({ householdsComplainingTogether: 5 }).stage; // 'warning': 5 of 10 households
 * assessEscalation({ householdsComplainingTogether: 10 }).stage; // 'event-report': a major group complaint
 * assessEscalation({ mediaExposed: true }, { at: '2026-11-02T10:00:00+08:00' }).dueAt; // '2026-11-03T02:00:00.000Z'
 * ```
 */
export function assessEscalation(facts: EscalationFacts, options?: EscalationOptions): EscalationAssessment {
  const opts = expectOptions(options);
  const policy = resolveComplaintPolicy(opts?.policy as ComplaintPolicyInput | undefined);
  const at = opts?.at;
  const atMs = at === undefined ? undefined : instantMs(at, ['options', 'at']);
  if (!isPlainObject(facts)) throw new InvalidArgumentError([], 'expected escalation facts');
  const { riskOfMajorGroupOrCrisis: risk, ...severityFacts } = facts;
  if (risk !== undefined) expectBoolean(risk, ['riskOfMajorGroupOrCrisis']);
  const severity = assessComplaintSeverity(severityFacts, { policy });
  const s = policy.severity;
  const grounds: EscalationGround[] = [];
  if (risk === true) grounds.push('risk-reported');
  const count = (
    s.majorGroupReading === 'complaining-together'
      ? severityFacts.householdsComplainingTogether
      : severityFacts.simultaneousMajorHouseholds
  ) as number | undefined;
  const share = shareOf(policy.escalation.warningShareOfMajorGroup, s.majorGroupHouseholds);
  if (count !== undefined && meetsThreshold(share, count) && !severity.majorGroup)
    grounds.push('group-share');
  if (severityFacts.mayLeadToLawsuitOrMedia === true) grounds.push('hot-risk');
  const happened = severity.level === 'major' || severity.level === 'crisis';
  const stage: EscalationStage = happened ? 'event-report' : grounds.length > 0 ? 'warning' : 'none';
  const hours =
    stage === 'event-report'
      ? policy.escalation.eventReportWithinHours
      : policy.escalation.warningWithinHours;
  const dueAt = atMs === undefined || stage === 'none' ? null : formatInstant(atMs + hours * 3_600_000);
  return {
    stage,
    grounds,
    level: severity.level,
    majorGroup: severity.majorGroup,
    dueAt,
    reasons: [
      escalationReason(policy, stage, grounds, severity.level, severity.majorGroup, count, share, dueAt),
    ],
  };
}

/** The `CMP-WARN` reason of a stage. @internal */
export function escalationReason(
  policy: ComplaintPolicy,
  stage: EscalationStage,
  grounds: readonly EscalationGround[],
  level: SeverityLevel,
  majorGroup: boolean,
  count: number | undefined,
  share: Threshold,
  dueAt: string | null,
): Reason {
  const shareWords = describeThreshold(share, { 'zh-CN': '户', en: 'households' });
  const pct = `${Math.round(policy.escalation.warningShareOfMajorGroup * 100)}%`;
  const ratio = { 'zh-CN': pct, en: pct };
  const groundText = (locale: 'zh-CN' | 'en') =>
    grounds
      .map((g) => {
        const text = fill(ESCALATION_GROUND_LABELS[g], { share: shareWords, ratio });
        // The share is a setting of its own: its source right after it, the hours' at the end.
        return (g === 'group-share' ? citing(text, policy, 'escalation.warningShareOfMajorGroup') : text)[
          locale
        ];
      })
      .join(locale === 'en' ? '; ' : '；');
  const facts: Reason['facts'] = {
    stage,
    grounds: [...grounds],
    level,
    majorGroup,
    ...(count === undefined ? {} : { groupCount: count, warningShare: share }),
    dueAt,
    policy: policy.id,
  };
  if (stage === 'event-report') {
    const label = majorGroup
      ? { 'zh-CN': '重大群诉', en: 'major group complaint' }
      : SEVERITY_LEVEL_LABELS[level];
    const hours = policy.escalation.eventReportWithinHours;
    return createReason(
      'CMP-WARN',
      facts,
      citing(
        {
          'zh-CN': `重大（危机）事件已发生（${label['zh-CN']}）：项目客户服务部填写《项目重大(危机)客户事件报表》，上报本部客户关系部，${hours}小时内${dueAt === null ? '' : `（至${dueAt}）`}`,
          en: `A major (crisis) event has happened (${label.en.toLowerCase()}): project customer service fills the major (crisis) customer event report and sends it to HQ customer relations within ${hours} h${dueAt === null ? '' : ` (by ${dueAt})`}`,
        },
        policy,
        'escalation.eventReportWithinHours',
      ),
    );
  }
  if (stage === 'warning') {
    const hours = policy.escalation.warningWithinHours;
    return createReason(
      'CMP-WARN',
      facts,
      citing(
        {
          'zh-CN': `有重大群诉或危机隐患（${groundText('zh-CN')}）：发出《投诉升级预警单》，向直接上级汇报，依照《危机事件处理流程》处理，${hours}小时内${dueAt === null ? '' : `（至${dueAt}）`}`,
          en: `A risk of a major group complaint or a crisis (${groundText('en')}): send the escalation warning form to the direct superior, handled per the crisis procedure, within ${hours} h${dueAt === null ? '' : ` (by ${dueAt})`}`,
        },
        policy,
        'escalation.warningWithinHours',
      ),
    );
  }
  return createReason('CMP-WARN', facts, {
    'zh-CN': '未见重大群诉或危机隐患，也未发生重大（危机）事件：无需预警或上报',
    en: 'No risk of a major group complaint or a crisis, and no major (crisis) event: no warning or report owed',
  });
}
