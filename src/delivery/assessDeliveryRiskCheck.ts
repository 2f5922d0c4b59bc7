import { type DayInput, formatDayNumber, toDayNumber, tryParseDayString } from '../calendar/days.js';
import type { CalendarOptions, CoverageFallback } from '../calendar/options.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import { expectArray, expectBoolean, expectOneOf, expectPlainObject } from '../core/checks.js';
import { createReason, type Decision, type Reason } from '../core/reason.js';
import { type DeliveryPolicyInput, resolveDeliveryPolicy } from './policy.js';
import { readItems } from './riskCheckItems.js';
import { judgeDuty, judgeFailedItem, type RiskFinding, readDay, readEventDay } from './riskFindings.js';
import { buildBeforeMilestone } from './scheduleMilestones.js';
import type { DeliveryRiskCheck } from './schemas.js';
import { HQ_CHECK_DEPARTMENT_LABELS, RISK_CHECK_CLASS_LABELS } from './tables/labels.js';
import { DELIVERY_MILESTONE_TABLE } from './tables/milestones.js';
import {
  HQ_CHECK_DEPARTMENTS,
  type HqCheckDepartment,
  RISK_CHECK_CLASSES,
  type RiskCheckClass,
} from './types.js';

/** The options of {@link assessDeliveryRiskCheck}. */
export interface DeliveryRiskCheckOptions {
  /** The delivery day; the check's own `deliveryOn` when absent (they must agree when both are given). */
  readonly deliveryOn?: DayInput;
  /** The moment of judgement (its Asia/Shanghai day): what is dated after it is not done yet. */
  readonly now: DayInput;
  /** The policy; `sinoOcean2008` when absent. */
  readonly policy?: DeliveryPolicyInput;
  /** The working-day calendar for the due days. */
  readonly calendar?: WorkCalendar;
  /** `'weekends-only'` to estimate in uncovered years. */
  readonly fallback?: CoverageFallback;
}

/** What the risk check says: whether delivery is ready, what blocks it, and every finding. */
export type DeliveryRiskAssessment = Decision<{
  /** No finding blocks delivery. */
  readonly ready: boolean;
  /** The findings that block delivery: items without an acceptable disposition, a class not covered, an incomplete self-check, a missing joint HQ check. */
  readonly blocking: readonly RiskFinding[];
  /** Every finding: the dated duties, the classes, then the items in the check's order. */
  readonly findings: readonly RiskFinding[];
}>;

/**
 * Judges a delivery risk check (交付前风险检查, `DLV-RISK-SCOPE`, `DLV-RISK-HQ`) at `now`:
 *
 * - each checklist item: passed; failed with an acceptable disposition done by `now`
 *   (rectified; a contingency plan filed with HQ, required for a major risk such as late
 *   delivery; or, for what cannot be fixed and is not major, an explanation prepared for
 *   customers): resolved; failed without one, or not checked: blocking;
 * - each of the four classes must have a checked item, or it blocks;
 * - the self-check must be complete (`DLV-RISK-REPORT`), or it blocks;
 * - a subsidiary's first delivery needs the joint HQ check by the policy's departments
 *   (customer relations, quality, contracts, the project), or it blocks;
 * - the team (1.5 months before, `DLV-RISK-TEAM`), the report (at least 30 days before) and the
 *   HQ check (no later than 1 month before) are judged on time, late, overdue or not yet due
 *   against their `LAW-BEFORE` due days; lateness alone does not block.
 *
 * The check is not changed. A machine's guard asks `ready`.
 *
 * @rule DLV-RISK-SCOPE
 * @rule DLV-RISK-HQ
 * @rule DLV-RISK-TEAM
 * @rule DLV-RISK-REPORT
 * @throws {InvalidArgumentError} a malformed check or option, or two different delivery days.
 * @example
 * ```ts
 * const a = assessDeliveryRiskCheck(
 *   {
 *     projectId: 'P-1', firstDelivery: false, selfCheckCompletedOn: '2026-09-10',
 *     items: [
 *       { id: 'C-1', class: 'contracts-regulations', result: 'passed' },
 *       { id: 'D-1', class: 'design-changes', result: 'passed' },
 *       { id: 'S-1', class: 'sales-promises', result: 'failed', dispositions: [{ kind: 'customer-explanation', on: '2026-09-20' }] },
 *       { id: 'Q-1', class: 'engineering-quality', result: 'failed', major: true },
 *     ],
 *   },
 *   { deliveryOn: '2026-10-12', now: '2026-09-25T09:00:00+08:00' },
 * );
 * a.ready; // false
 * a.blocking.map((f) => f.id); // ['Q-1']
 * ```
 */
export function assessDeliveryRiskCheck(
  check: DeliveryRiskCheck,
  options: DeliveryRiskCheckOptions,
): DeliveryRiskAssessment {
  const c = expectPlainObject(check, ['check']);
  const o = expectPlainObject(options, ['options']);
  const today = toDayNumber(o.now as DayInput, ['options', 'now']);
  const deliveryOn = readEventDay(o.deliveryOn, c.deliveryOn, 'deliveryOn', 'check');
  const firstDelivery = expectBoolean(c.firstDelivery, ['check', 'firstDelivery']);
  const policy = resolveDeliveryPolicy(o.policy, ['options', 'policy']);
  const calendar: CalendarOptions = {
    ...(o.calendar === undefined ? {} : { calendar: o.calendar as WorkCalendar }),
    ...(o.fallback === undefined ? {} : { fallback: o.fallback as CoverageFallback }),
  };
  const items = readItems(c.items);
  const day = (v: unknown, path: (string | number)[]) => (v === undefined ? undefined : readDay(v, path));

  const duty = (
    id: 'risk-team' | 'risk-self-check' | 'risk-report' | 'hq-check',
    doneOn: string | undefined,
    blocking: boolean,
  ) => {
    const m = buildBeforeMilestone(id, deliveryOn, policy, calendar);
    const row = DELIVERY_MILESTONE_TABLE[id];
    return judgeDuty(id, row.rule, row, m.dueOn, doneOn, today, blocking, m.reasons);
  };
  const findings: RiskFinding[] = [
    duty('risk-team', day(c.teamFormedOn, ['check', 'teamFormedOn']), false),
    duty('risk-self-check', day(c.selfCheckCompletedOn, ['check', 'selfCheckCompletedOn']), true),
    duty('risk-report', day(c.reportSubmittedOn, ['check', 'reportSubmittedOn']), false),
  ];
  const reasons: Reason[] = [];

  // DLV-RISK-HQ: the HQ check, joint for a subsidiary's first delivery.
  const hq = c.hqCheck === undefined ? undefined : expectPlainObject(c.hqCheck, ['check', 'hqCheck']);
  const hqOn = hq === undefined ? undefined : readDay(hq.checkedOn, ['check', 'hqCheck', 'checkedOn']);
  const departments =
    hq === undefined
      ? []
      : expectArray(hq.departments, ['check', 'hqCheck', 'departments']).map((d, i) =>
          expectOneOf(d, HQ_CHECK_DEPARTMENTS, ['check', 'hqCheck', 'departments', i]),
        );
  if (firstDelivery || hq !== undefined) {
    const f = duty('hq-check', hqOn, firstDelivery);
    if (firstDelivery) {
      const missing = policy.riskCheck.jointCheckDepartments.filter((d) => !departments.includes(d));
      const done = hqOn !== undefined && (tryParseDayString(hqOn) as number) <= today;
      const ok = done && missing.length === 0;
      const names = (ds: readonly HqCheckDepartment[], l: 'zh-CN' | 'en') =>
        ds.map((d) => HQ_CHECK_DEPARTMENT_LABELS[d][l]).join(l === 'en' ? ', ' : '、');
      const joint = createReason(
        'DLV-RISK-HQ',
        {
          firstDelivery: true,
          required: [...policy.riskCheck.jointCheckDepartments],
          present: departments,
          missing,
          policy: policy.id,
        },
        ok
          ? {
              'zh-CN': `首次交付：本部联合检查已由${names(departments, 'zh-CN')}完成`,
              en: `First delivery: the joint HQ check was done by ${names(departments, 'en')}`,
            }
          : {
              'zh-CN': `控股公司首次交付须由本部${names(policy.riskCheck.jointCheckDepartments, 'zh-CN')}联合检查；${done ? `缺少${names(missing, 'zh-CN')}` : '联合检查尚未进行'}，不具备交付条件`,
              en: `A subsidiary's first delivery needs the joint HQ check by ${names(policy.riskCheck.jointCheckDepartments, 'en')}; ${done ? `${names(missing, 'en')} missing` : 'it has not been done'}: not ready`,
            },
      );
      findings.push({
        ...f,
        status: ok ? f.status : f.status === 'on-time' || f.status === 'late' ? 'blocking' : f.status,
        blocking: !ok,
        reasons: [joint, ...f.reasons],
      });
    } else findings.push(f);
  } else {
    reasons.push(
      createReason(
        'DLV-RISK-HQ',
        { firstDelivery: false, hqCheck: null },
        {
          'zh-CN': '非首次交付：本部按自评估报告的风险程度抽查，不要求联合检查',
          en: 'Not a first delivery: HQ spot-checks by the risks the report shows; no joint check is required',
        },
      ),
    );
  }

  // DLV-RISK-SCOPE: every class covered by a checked item.
  const checked = new Set<RiskCheckClass>();
  for (const it of items) if (it.result !== 'not-checked') checked.add(it.class);
  for (const cls of RISK_CHECK_CLASSES) {
    if (checked.has(cls)) continue;
    const label = RISK_CHECK_CLASS_LABELS[cls];
    findings.push({
      id: `class:${cls}`,
      kind: 'class',
      class: cls,
      status: 'blocking',
      blocking: true,
      reasons: [
        createReason(
          'DLV-RISK-SCOPE',
          { class: cls },
          {
            'zh-CN': `检查未覆盖「${label['zh-CN']}」（${label.checks['zh-CN']}）：该类尚无已检查的项目`,
            en: `The check does not cover ${label.en} (${label.checks.en}): no item of the class has been checked`,
          },
        ),
      ],
    });
  }
  for (const it of items) {
    if (it.result === 'passed') {
      findings.push({
        id: it.id,
        kind: 'item',
        class: it.class,
        status: 'passed',
        blocking: false,
        reasons: [
          createReason(
            'DLV-RISK-SCOPE',
            { item: it.id, class: it.class, result: 'passed' },
            {
              'zh-CN': `检查项${it.id}（${RISK_CHECK_CLASS_LABELS[it.class]['zh-CN']}）合格`,
              en: `Item ${it.id} (${RISK_CHECK_CLASS_LABELS[it.class].en}) passed`,
            },
          ),
        ],
      });
    } else if (it.result === 'not-checked') {
      findings.push({
        id: it.id,
        kind: 'item',
        class: it.class,
        status: 'blocking',
        blocking: true,
        reasons: [
          createReason(
            'DLV-RISK-SCOPE',
            { item: it.id, class: it.class, result: 'not-checked' },
            {
              'zh-CN': `检查项${it.id}（${RISK_CHECK_CLASS_LABELS[it.class]['zh-CN']}）尚未检查：须逐项检查`,
              en: `Item ${it.id} (${RISK_CHECK_CLASS_LABELS[it.class].en}) is not checked yet: every item is checked`,
            },
          ),
        ],
      });
    } else findings.push(judgeFailedItem(it.id, it.class, it.major, it.dispositions, today, deliveryOn));
  }

  const blocking = findings.filter((f) => f.blocking);
  const failed = items.filter((i) => i.result === 'failed').length;
  reasons.unshift(
    createReason(
      'DLV-RISK-SCOPE',
      {
        deliveryOn,
        today: formatDayNumber(today),
        items: items.length,
        failed,
        blocking: blocking.length,
      },
      blocking.length === 0
        ? {
            'zh-CN': `交付风险检查（交付日${deliveryOn}）：${items.length}项，不合格${failed}项均已妥善处置，无阻碍交付的问题`,
            en: `Delivery risk check (delivery ${deliveryOn}): ${items.length} items, ${failed} failed and all dealt with: nothing blocks delivery`,
          }
        : {
            'zh-CN': `交付风险检查（交付日${deliveryOn}）：${items.length}项，不合格${failed}项；尚有${blocking.length}个问题阻碍交付`,
            en: `Delivery risk check (delivery ${deliveryOn}): ${items.length} items, ${failed} failed; ${blocking.length} ${blocking.length === 1 ? 'finding blocks' : 'findings block'} delivery`,
          },
    ),
  );
  return { ready: blocking.length === 0, blocking, findings, reasons };
}
