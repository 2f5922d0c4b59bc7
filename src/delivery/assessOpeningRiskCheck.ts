import { type DayInput, formatDayNumber, toDayNumber, tryParseDayString } from '../calendar/days.js';
import type { CalendarOptions, CoverageFallback } from '../calendar/options.js';
import { describePeriodLength, readPeriodLength } from '../calendar/periodLength.js';
import { subtractPeriod } from '../calendar/subtractPeriod.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import { expectArray, expectBoolean, expectOneOf, expectPlainObject, expectString } from '../core/checks.js';
import { createReason, type Decision, type Reason } from '../core/reason.js';
import { type DeliveryPolicyInput, describeCitation, resolveDeliveryPolicy } from './policy.js';
import { judgeDuty, type RiskFinding, readDay, readEventDay } from './riskFindings.js';
import type { OpeningRiskCheck } from './schemas.js';
import { OPENING_ASPECT_LABELS, OPENING_REPORT_CADENCE_LABELS } from './tables/openingLabels.js';
import {
  OPENING_ASPECTS,
  OPENING_REPORT_CADENCES,
  type OpeningAspect,
  type OpeningReportCadence,
} from './types.js';

/** The options of {@link assessOpeningRiskCheck}. */
export interface OpeningRiskCheckOptions {
  /** The opening day; the check's own `openingOn` when absent (they must agree when both are given). */
  readonly openingOn?: DayInput;
  /** The moment of judgement (its Asia/Shanghai day). */
  readonly now: DayInput;
  /** The policy; `sinoOcean2008` when absent. */
  readonly policy?: DeliveryPolicyInput;
  /** The working-day calendar for the meeting's due day. */
  readonly calendar?: WorkCalendar;
  /** `'weekends-only'` to estimate in uncovered years. */
  readonly fallback?: CoverageFallback;
}

/** One report of open findings: when it is due, what it covers, and whether it was sent. */
export interface OpeningReportDue {
  /** The due day, `YYYY-MM-DD`: a fixed calendar day, not moved over rest days. */
  readonly dueOn: string;
  /** The days it covers, both included. */
  readonly covers: { readonly from: string; readonly to: string };
  /** Findings open at some time in the days it covers. */
  readonly openFindings: number;
  /** `on-time` when a report was sent in the days it covers, else `overdue` (past) or `pending`. */
  readonly status: 'on-time' | 'overdue' | 'pending';
}

/** What the opening check says. */
export type OpeningRiskAssessment = Decision<{
  /** Required: a new company's new project's first opening (`DLV-OPENING`). */
  readonly required: boolean;
  /** The aspects of the five not yet checked. */
  readonly aspectsMissing: readonly OpeningAspect[];
  /** The preparation meeting judged against its due day; `null` when its anchor day is unknown. */
  readonly preparationMeeting: RiskFinding | null;
  /** The ids of the findings open at `now`. */
  readonly openFindings: readonly string[];
  /** The reports due while findings are open (weekly or daily), up to the next one after `now`. */
  readonly reports: readonly OpeningReportDue[];
  /** Every aspect checked and every finding closed: the closing application and summary report are next. */
  readonly complete: boolean;
}>;

const MAX_REPORTS = 2000;

/**
 * Judges a sales-opening risk check (项目开盘风险检查, `DLV-OPENING`) at `now`: whether it is
 * required (a new company's new project's first opening); which of the five aspects are not
 * yet checked; the preparation meeting, due 2 weeks before the risk assessment (SOL's words)
 * or before the opening (the policy's `preparationMeetingBefore`), counted back by
 * `LAW-BEFORE`; and the reports of open findings, weekly or daily per the check's
 * `reportingCadence`, from the first finding until every finding is closed: report k is due
 * k weeks (days) after the first finding's day and covers the findings open at some time in
 * its period. Report days are fixed calendar days, not moved (an internal report, like the
 * complaint reports). The list stops at the first report due after `now` while findings are
 * open.
 *
 * @rule DLV-OPENING
 * @rule LAW-BEFORE
 * @throws {InvalidArgumentError} a malformed check or option, or two different opening days.
 * @example
 * ```ts
 * const a = assessOpeningRiskCheck(
 *   {
 *     projectId: 'P-9', newCompany: true, newProject: true, firstOpening: true, reportingCadence: 'weekly',
 *     assessmentStartsOn: '2026-04-20', preparationMeetingOn: '2026-04-03',
 *     aspectsChecked: ['sales-contracts', 'advertising', 'on-site-display', 'product-technical', 'physical-quality'],
 *     findings: [{ id: 'F-1', aspect: 'advertising', foundOn: '2026-04-21', closedOn: '2026-05-06' }],
 *     reportsSubmittedOn: ['2026-04-28'],
 *   },
 *   { openingOn: '2026-05-16', now: '2026-05-20' },
 * );
 * a.required; // true
 * a.preparationMeeting?.status; // 'on-time' (due 2026-04-06: 2 weeks before 04-20)
 * a.reports.map((r) => [r.dueOn, r.status]); // [['2026-04-28', 'on-time'], ['2026-05-05', 'overdue'], ['2026-05-12', 'overdue']]
 * a.complete; // true
 * ```
 */
export function assessOpeningRiskCheck(
  check: OpeningRiskCheck,
  options: OpeningRiskCheckOptions,
): OpeningRiskAssessment {
  const c = expectPlainObject(check, ['check']);
  const o = expectPlainObject(options, ['options']);
  const today = toDayNumber(o.now as DayInput, ['options', 'now']);
  const openingOn = readEventDay(o.openingOn, c.openingOn, 'openingOn', 'check');
  const policy = resolveDeliveryPolicy(o.policy, ['options', 'policy']);
  const calendar: CalendarOptions = {
    ...(o.calendar === undefined ? {} : { calendar: o.calendar as WorkCalendar }),
    ...(o.fallback === undefined ? {} : { fallback: o.fallback as CoverageFallback }),
  };
  const flag = (k: string) => expectBoolean(c[k], ['check', k]);
  const newCompany = flag('newCompany');
  const newProject = flag('newProject');
  const firstOpening = flag('firstOpening');
  const cadence = expectOneOf(c.reportingCadence, OPENING_REPORT_CADENCES, ['check', 'reportingCadence']);
  const checked = expectArray(c.aspectsChecked, ['check', 'aspectsChecked']).map((a, i) =>
    expectOneOf(a, OPENING_ASPECTS, ['check', 'aspectsChecked', i]),
  );
  const findings = expectArray(c.findings, ['check', 'findings']).map((raw, i) => {
    const f = expectPlainObject(raw, ['check', 'findings', i]);
    return {
      id: expectString(f.id, ['check', 'findings', i, 'id'], { maxLength: 200 }),
      aspect: expectOneOf(f.aspect, OPENING_ASPECTS, ['check', 'findings', i, 'aspect']),
      found: tryParseDayString(readDay(f.foundOn, ['check', 'findings', i, 'foundOn'])) as number,
      closed:
        f.closedOn === undefined
          ? undefined
          : (tryParseDayString(readDay(f.closedOn, ['check', 'findings', i, 'closedOn'])) as number),
    };
  });
  const sent = (
    c.reportsSubmittedOn === undefined
      ? []
      : expectArray(c.reportsSubmittedOn, ['check', 'reportsSubmittedOn'])
  ).map((d, i) => tryParseDayString(readDay(d, ['check', 'reportsSubmittedOn', i])) as number);

  const reasons: Reason[] = [];
  const required = newCompany && newProject && firstOpening;
  reasons.push(
    createReason(
      'DLV-OPENING',
      { newCompany, newProject, firstOpening, required, openingOn },
      required
        ? {
            'zh-CN': `新公司新项目首次开盘（${openingOn}）：必须开展开盘风险检查`,
            en: `A new company's new project opens for the first time (${openingOn}): the opening risk check is required`,
          }
        : {
            'zh-CN': `并非新公司新项目首次开盘：开盘风险检查不作强制要求（可自行开展）`,
            en: `Not a new company's new project opening for the first time: the opening risk check is not required (it may still be run)`,
          },
    ),
  );
  const aspectsMissing = OPENING_ASPECTS.filter((a) => !checked.includes(a));
  if (aspectsMissing.length > 0) {
    reasons.push(
      createReason(
        'DLV-OPENING',
        { aspectsMissing: [...aspectsMissing] },
        {
          'zh-CN': `尚未检查：${aspectsMissing.map((a) => OPENING_ASPECT_LABELS[a]['zh-CN']).join('、')}`,
          en: `Not checked yet: ${aspectsMissing.map((a) => OPENING_ASPECT_LABELS[a].en).join(', ')}`,
        },
      ),
    );
  }

  // The preparation meeting, counted back from its anchor (LAW-BEFORE).
  const rule = policy.opening;
  const anchor =
    rule.preparationMeetingBefore === 'opening'
      ? openingOn
      : c.assessmentStartsOn === undefined
        ? undefined
        : readDay(c.assessmentStartsOn, ['check', 'assessmentStartsOn']);
  let preparationMeeting: RiskFinding | null = null;
  const words = describePeriodLength(readPeriodLength(rule.preparationMeeting.before, ['policy', 'opening']));
  const anchorWords =
    rule.preparationMeetingBefore === 'opening'
      ? { zh: '开盘', en: 'the opening' }
      : { zh: '开盘风险评估', en: 'the risk assessment' };
  if (anchor === undefined) {
    reasons.push(
      createReason(
        'DLV-OPENING',
        { preparationMeetingBefore: rule.preparationMeetingBefore, assessmentStartsOn: null },
        {
          'zh-CN': `准备会应在开盘风险评估前${words.zh}召开；未给出评估开始日（assessmentStartsOn），无法计算期限`,
          en: `The preparation meeting is ${words.en} before the risk assessment; no assessmentStartsOn given, so no due day`,
        },
      ),
    );
  } else {
    const due = subtractPeriod(anchor, rule.preparationMeeting.before, calendar);
    const cite = describeCitation(rule.preparationMeeting.cite);
    const readingCite = describeCitation(rule.cite);
    const head = createReason(
      'DLV-OPENING',
      {
        policy: policy.id,
        preparationMeetingBefore: rule.preparationMeetingBefore,
        anchor,
        before: words.en,
        dueOn: due.lastDay,
      },
      {
        'zh-CN': `准备会：${anchorWords.zh}（${anchor}）前${words.zh}召开，最迟${due.lastDay}（${policy.id}，${cite['zh-CN']}；以“${anchorWords.zh}”为基准，${readingCite['zh-CN']}）`,
        en: `Preparation meeting: ${words.en} before ${anchorWords.en} (${anchor}), by ${due.lastDay} (${policy.id}, ${cite.en}; counted back from ${anchorWords.en}, ${readingCite.en})`,
      },
    );
    const heldOn =
      c.preparationMeetingOn === undefined
        ? undefined
        : readDay(c.preparationMeetingOn, ['check', 'preparationMeetingOn']);
    preparationMeeting = judgeDuty(
      'preparation-meeting',
      'DLV-OPENING',
      { 'zh-CN': '开盘风险评估准备会', en: 'Preparation meeting' },
      due.lastDay,
      heldOn,
      today,
      false,
      [head, ...due.reasons],
    );
  }

  // Reports of open findings, weekly or daily, until every finding is closed.
  const period = cadence === 'weekly' ? rule.weeklyReportEveryDays : 1;
  const reports: OpeningReportDue[] = [];
  const openAtNow = findings.filter((f) => f.found <= today && (f.closed === undefined || f.closed > today));
  if (findings.length > 0) {
    const start = Math.min(...findings.map((f) => f.found));
    const lastClose = findings.some((f) => f.closed === undefined)
      ? Number.POSITIVE_INFINITY
      : Math.max(...findings.map((f) => f.closed as number));
    for (let k = 1; k <= MAX_REPORTS; k++) {
      const due = start + k * period;
      const prev = due - period;
      if (prev >= lastClose) break; // every finding closed before this report's period
      const from = k === 1 ? start : prev + 1;
      const open = findings.filter(
        (f) => f.found < due && (f.closed === undefined || f.closed > prev),
      ).length;
      const submitted = sent.some((s) => s >= from && s <= due);
      reports.push({
        dueOn: formatDayNumber(due),
        covers: { from: formatDayNumber(from), to: formatDayNumber(due) },
        openFindings: open,
        status: submitted ? 'on-time' : due < today ? 'overdue' : 'pending',
      });
      if (due >= today && lastClose === Number.POSITIVE_INFINITY) break; // the next report due
    }
    const label = OPENING_REPORT_CADENCE_LABELS[cadence as OpeningReportCadence];
    const overdue = reports.filter((r) => r.status === 'overdue').length;
    reasons.push(
      createReason(
        'DLV-OPENING',
        {
          cadence,
          everyDays: period,
          firstFoundOn: formatDayNumber(start),
          reports: reports.length,
          overdue,
          openAtNow: openAtNow.length,
        },
        {
          'zh-CN': `问题以${label['zh-CN']}反馈直至关闭：自首个问题发现日${formatDayNumber(start)}起每${period}日一报（固定日历日，不顺延），共${reports.length}期，逾期未报${overdue}期；截至${formatDayNumber(today)}仍有${openAtNow.length}个问题未关闭`,
          en: `Findings reported ${label.en.toLowerCase()} until closed: every ${period} ${period === 1 ? 'day' : 'days'} from the first finding (${formatDayNumber(start)}), fixed calendar days not moved; ${reports.length} ${reports.length === 1 ? 'report' : 'reports'}, ${overdue} overdue; ${openAtNow.length} still open at ${formatDayNumber(today)}`,
        },
      ),
    );
  }
  const complete =
    aspectsMissing.length === 0 && findings.every((f) => f.closed !== undefined && f.closed <= today);
  if (complete) {
    reasons.push(
      createReason(
        'DLV-OPENING',
        { complete: true },
        {
          'zh-CN':
            '五方面均已检查、问题全部关闭：评估小组提交“开盘风险评估结束申请”和总结报告，报市场部和客户关系部备案',
          en: 'All five aspects checked and every finding closed: the team files the closing application and the summary report with marketing and customer relations',
        },
      ),
    );
  }
  return {
    required,
    aspectsMissing,
    preparationMeeting,
    openFindings: openAtNow.map((f) => f.id),
    reports,
    complete,
    reasons,
  };
}
