import { type DayInput, formatDayNumber, toDayNumber } from '../calendar/days.js';
import { expectBoolean, expectKnownKeys, expectOneOf, expectPlainObject } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Decision, type Reason } from '../core/reason.js';
import { resolveWarrantyPolicy, type WarrantyPolicyInput } from './policy.js';
import { LEAD_TEAM_LABELS, QUICK_REPAIR_EVENT_LABELS, WARRANTY_PHASE_LABELS } from './tables/labels.js';
import { type LeadTeam, QUICK_REPAIR_EVENTS, type QuickRepairEvent, type WarrantyPhase } from './types.js';
import { computeWindowEnd } from './warrantyWindow.js';

/** The facts of {@link computeWarrantyPhase}. */
export interface WarrantyPhaseInput {
  /** The day the home was delivered to its owner. */
  readonly deliveredOn: DayInput;
  /** The day of the project's centralized delivery (集中交付); absent for a home delivered on its own. */
  readonly centralizedDeliveryOn?: DayInput | undefined;
  /** The day (or instant) of the repair request. */
  readonly at: DayInput;
  /** The event behind a rush of repairs in the break-in year: a rainstorm, heavy snow, the start of heating. */
  readonly quickRepairEvent?: QuickRepairEvent | undefined;
  /** The item is past its warranty (as {@link computeWarrantyExpiry} says): the property company's. */
  readonly expired?: boolean | undefined;
  /** The policy; `sinoOcean2008` when absent. */
  readonly policy?: WarrantyPolicyInput | undefined;
}

/** The phase a repair falls in and who leads it (`WAR-PHASE`, `WAR-TEAM`). */
export type WarrantyPhaseDecision = Decision<{
  /** `centralized-delivery` within the 3 months after the centralized delivery (its last day included), else `routine`. */
  readonly phase: WarrantyPhase;
  /** Within the 1-year break-in period (磨合期) after delivery, its last day included. */
  readonly breakIn: boolean;
  /** Who leads the repair. */
  readonly leadTeam: LeadTeam;
}>;

const KEYS = ['deliveredOn', 'centralizedDeliveryOn', 'at', 'quickRepairEvent', 'expired', 'policy'] as const;

/**
 * The phase a repair request falls in and the team that leads it (`WAR-PHASE`,
 * `WAR-TEAM`, SOL 工程维保修). The centralized-delivery period runs from the centralized
 * delivery through the last day of the 3 months after it; the break-in period (磨合期)
 * from delivery through the last day of the year after it; both are responsibility
 * windows, never moved over rest days (`LAW-WINDOW`). Who leads: the centralized-delivery
 * joint team (the project company's engineering executive) in the centralized period; the
 * break-in quick-repair team (the project engineering manager) for a rush after a
 * rainstorm, heavy snow or the start of heating in the break-in year; otherwise the
 * property company's engineering department; and the property company once the item is
 * past its warranty (`expired: true`, as {@link computeWarrantyExpiry} tells).
 *
 * @rule WAR-PHASE
 * @rule WAR-TEAM
 * @rule LAW-WINDOW
 * @throws {InvalidArgumentError} a malformed day, an unknown event, a request before delivery.
 * @example
 * ```ts
 * const p = computeWarrantyPhase({ deliveredOn: '2025-11-30', centralizedDeliveryOn: '2025-11-30', at: '2026-02-28' });
 * [p.phase, p.breakIn, p.leadTeam]; // ['centralized-delivery', true, 'joint-team-engineering-executive']
 * computeWarrantyPhase({ deliveredOn: '2025-11-30', at: '2026-07-20', quickRepairEvent: 'storm' }).leadTeam;
 * // 'joint-team-engineering-manager'
 * ```
 */
export function computeWarrantyPhase(input: WarrantyPhaseInput): WarrantyPhaseDecision {
  const obj = expectPlainObject(input, ['input']);
  expectKnownKeys(obj, KEYS, []);
  const deliveredDn = toDayNumber(obj.deliveredOn as DayInput, ['deliveredOn']);
  const atDn = toDayNumber(obj.at as DayInput, ['at']);
  const centralDn =
    obj.centralizedDeliveryOn === undefined
      ? undefined
      : toDayNumber(obj.centralizedDeliveryOn as DayInput, ['centralizedDeliveryOn']);
  const event =
    obj.quickRepairEvent === undefined
      ? undefined
      : expectOneOf(obj.quickRepairEvent, QUICK_REPAIR_EVENTS, ['quickRepairEvent']);
  const expired = obj.expired === undefined ? false : expectBoolean(obj.expired, ['expired']);
  const policy = resolveWarrantyPolicy(obj.policy as WarrantyPolicyInput | undefined);
  const delivered = formatDayNumber(deliveredDn);
  const at = formatDayNumber(atDn);
  if (atDn < deliveredDn) {
    throw new InvalidArgumentError(
      ['at'],
      `the repair request (${at}) is before the delivery (${delivered}): a warranty repair comes after delivery`,
    );
  }
  const reasons: Reason[] = [];
  const { centralizedDeliveryMonths: months, breakInMonths } = policy.phases;

  let phase: WarrantyPhase = 'routine';
  if (centralDn === undefined) {
    reasons.push(
      createReason(
        'WAR-PHASE',
        { phase, centralizedDeliveryOn: null, at },
        {
          'zh-CN': '未给出集中交付日：按单户交付处理，不属集中交付期',
          en: 'No centralized delivery day given: the home is taken as delivered on its own, outside a centralized-delivery period',
        },
      ),
    );
  } else {
    const central = formatDayNumber(centralDn);
    const lastDn = computeWindowEnd(centralDn, months).dayNumber;
    const lastDay = formatDayNumber(lastDn);
    phase = atDn >= centralDn && atDn <= lastDn ? 'centralized-delivery' : 'routine';
    const label = WARRANTY_PHASE_LABELS[phase];
    reasons.push(
      createReason(
        'WAR-PHASE',
        { phase, centralizedDeliveryOn: central, windowLastDay: lastDay, at, months },
        phase === 'centralized-delivery'
          ? {
              'zh-CN': `${at}在集中交付（${central}）后${months}个月内（至${lastDay}，含当日，不因休息日顺延）：${label['zh-CN']}`,
              en: `${at} is within ${months} months of the centralized delivery on ${central} (through ${lastDay}, never extended): the ${label.en}`,
            }
          : {
              'zh-CN': `${at}不在集中交付（${central}）至${lastDay}之间：${label['zh-CN']}`,
              en: `${at} is outside the centralized delivery on ${central} through ${lastDay}: the ${label.en}`,
            },
      ),
    );
  }

  const breakInLastDn = computeWindowEnd(deliveredDn, breakInMonths).dayNumber;
  const breakInLast = formatDayNumber(breakInLastDn);
  const breakIn = atDn <= breakInLastDn;
  reasons.push(
    createReason(
      'WAR-PHASE',
      { breakIn, deliveredOn: delivered, breakInLastDay: breakInLast, at },
      breakIn
        ? {
            'zh-CN': `${at}在交付（${delivered}）后的磨合期内（至${breakInLast}，含当日）`,
            en: `${at} is within the break-in period after delivery on ${delivered} (through ${breakInLast})`,
          }
        : {
            'zh-CN': `${at}已过交付（${delivered}）后的磨合期（至${breakInLast}）`,
            en: `${at} is past the break-in period after delivery on ${delivered} (through ${breakInLast})`,
          },
    ),
  );

  let leadTeam: LeadTeam;
  let why: { zh: string; en: string };
  if (expired) {
    leadTeam = 'property-company';
    why = { zh: '该项目已过保修期', en: 'the item is past its warranty' };
  } else if (phase === 'centralized-delivery') {
    leadTeam = 'joint-team-engineering-executive';
    why = { zh: '集中交付期', en: 'the centralized-delivery period' };
  } else if (breakIn && event !== undefined) {
    leadTeam = 'joint-team-engineering-manager';
    const e = QUICK_REPAIR_EVENT_LABELS[event];
    why = {
      zh: `磨合期内${e['zh-CN']}引起的快速维修`,
      en: `a quick repair after ${e.en} in the break-in period`,
    };
  } else {
    leadTeam = 'property-engineering';
    why =
      event !== undefined
        ? { zh: '磨合期已过的日常维修', en: 'a routine repair past the break-in period' }
        : { zh: '日常维修', en: 'a routine repair' };
  }
  const team = LEAD_TEAM_LABELS[leadTeam];
  reasons.push(
    createReason(
      'WAR-TEAM',
      { leadTeam, phase, breakIn, quickRepairEvent: event ?? null, expired, source: team.source },
      {
        'zh-CN': `${why.zh}：由${team['zh-CN']}负责（${team.source}）`,
        en: `${why.en[0]?.toUpperCase()}${why.en.slice(1)}: led by ${team.en} (${team.source})`,
      },
    ),
  );
  return { phase, breakIn, leadTeam, reasons };
}
