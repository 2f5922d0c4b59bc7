import { addWindow } from '../calendar/addWindow.js';
import { type DayInput, formatDayNumber, toDayNumber } from '../calendar/days.js';
import { isWorkingDay } from '../calendar/isWorkingDay.js';
import type { CalendarOptions } from '../calendar/options.js';
import { expectArray, expectBoolean, expectNumber, expectPlainObject, expectString } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { maskName, maskPhone } from '../core/personal/mask.js';
import type { Reason } from '../core/reason.js';
import { computeCustomerReviewDue, toCustomerReviewInput } from './computeCustomerReviewDue.js';
import { computeRetentionEnd, toCustomerRetentionInput } from './computeRetentionEnd.js';
import { type CustomerPolicyInput, resolveCustomerPolicy } from './policy.js';
import type { Customer } from './schemas.js';
import type { CustomerDuty, RetentionAction } from './types.js';

/** The fields of a customer record that {@link detectCustomersDue} reads. */
export type CustomerDueRecord = Pick<
  Customer,
  'id' | 'projectId' | 'name' | 'phone' | 'createdOn' | 'lastReviewedOn' | 'closedOn' | 'consentWithdrawnOn'
>;

/** The options of {@link detectCustomersDue}. */
export interface CustomersDueOptions extends CalendarOptions {
  /** The moment to judge at (a day, or an instant read as its Asia/Shanghai day). */
  readonly now: DayInput;
  /** The policy; `sinoOcean2008` when absent. */
  readonly policy?: CustomerPolicyInput;
  /** Also list what falls due within this many days after today (default 0: due today or overdue). */
  readonly withinDays?: number;
  /** Show names and phones unmasked, for a caller entitled to them (default `false`: masked, `CUS-PRIVACY`). */
  readonly showPersonalInfo?: boolean;
}

/** One customer file due for review or disposal. */
export interface CustomerDueEntry {
  readonly duty: CustomerDuty;
  readonly customerId: string;
  readonly projectId: string;
  /** The customer's name, masked unless `showPersonalInfo`. */
  readonly name: string;
  /** The customer's phone, masked unless `showPersonalInfo`. */
  readonly phone: string;
  /** Review: the day it is due by. Disposal: the first day the file is due for destruction or anonymisation. */
  readonly dueOn: string;
  /** Past its day, on it, or within the horizon. */
  readonly status: 'overdue' | 'due-today' | 'upcoming';
  /** Days past `dueOn` (0 unless overdue). */
  readonly daysOverdue: number;
  /** Disposal only: what happens to the file. */
  readonly action?: RetentionAction;
  readonly reasons: readonly Reason[];
}

/** The customer files due at a moment, by duty. */
export interface CustomersDue {
  /** Today: the Asia/Shanghai day of `now`. */
  readonly asOf: string;
  /** The last day looked ahead to (`asOf` plus `withinDays`). */
  readonly horizon: string;
  /** Files due for review (`CUS-REVIEW`), earliest first. */
  readonly review: readonly CustomerDueEntry[];
  /** Files due for destruction or anonymisation (`CUS-RETENTION`, `CUS-PIPL`), earliest first. */
  readonly disposal: readonly CustomerDueEntry[];
}

/**
 * The customer files due for review and for disposal at a moment, in one pass over a batch
 * (`CUS-REVIEW`, `CUS-RETENTION`, `CUS-PIPL`): an open file whose review falls on or before
 * the horizon ({@link computeCustomerReviewDue}, from its last review or its opening), and a
 * closed file, or one whose customer withdrew consent, whose disposal day has come
 * ({@link computeRetentionEnd}). Each entry says whether it is overdue (and by how many
 * days), due today or upcoming, with the reasons. Names and phones are masked
 * (`CUS-PRIVACY`: 客户资料须保密) unless `showPersonalInfo` is set by a caller entitled to
 * see them.
 *
 * @rule CUS-REVIEW
 * @rule CUS-RETENTION
 * @rule CUS-PIPL
 * @rule CUS-PRIVACY
 * @example
 * ```ts
 * const due = detectCustomersDue(
 *   [{ id: 'K-1', projectId: 'P-1', name: '欧阳娜娜', phone: '13812345678', createdOn: '2025-08-31' }],
 *   { now: '2026-03-02' },
 * );
 * due.review[0]; // { duty: 'review', customerId: 'K-1', name: '欧阳**', phone: '138****5678', dueOn: '2026-02-28', status: 'overdue', daysOverdue: 2, ... }
 * ```
 */
export function detectCustomersDue(
  records: readonly CustomerDueRecord[],
  options: CustomersDueOptions,
): CustomersDue {
  const list = expectArray(records, ['records']);
  const o = expectPlainObject(options, ['options']);
  if (o.now === undefined)
    throw new InvalidArgumentError(['options', 'now'], 'give now: the moment to judge at');
  const today = toDayNumber(o.now as DayInput, ['options', 'now']);
  const within =
    o.withinDays === undefined
      ? 0
      : expectNumber(o.withinDays, ['options', 'withinDays'], { integer: true, min: 0, max: 3660 });
  const show =
    o.showPersonalInfo === undefined
      ? false
      : expectBoolean(o.showPersonalInfo, ['options', 'showPersonalInfo']);
  const policy = resolveCustomerPolicy(options.policy);
  const calendar: CalendarOptions = {
    ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
    ...(options.fallback === undefined ? {} : { fallback: options.fallback }),
  };
  const horizon = today + within;
  const review: CustomerDueEntry[] = [];
  const disposal: CustomerDueEntry[] = [];

  for (let i = 0; i < list.length; i++) {
    const r = expectPlainObject(list[i], ['records', i]) as CustomerDueRecord;
    const base = {
      customerId: expectString(r.id, ['records', i, 'id']),
      projectId: expectString(r.projectId, ['records', i, 'projectId']),
      name: readPersonal(r.name, ['records', i, 'name'], show ? undefined : maskName),
      phone: readPersonal(r.phone, ['records', i, 'phone'], show ? undefined : maskPhone),
    };
    const retention = toCustomerRetentionInput(r);
    if (retention !== undefined) {
      const end = computeRetentionEnd(retention, { policy });
      const from = toDayNumber(end.disposeFrom, ['records', i]);
      if (from <= horizon) {
        disposal.push({
          duty: 'disposal',
          ...base,
          ...status(from, today),
          action: end.action,
          reasons: end.reasons,
        });
      }
      // A closed file is archived, not reviewed.
      continue;
    }
    const input = toCustomerReviewInput(r);
    const nominalFirst = reviewNominalDay(input.lastReviewedOn, policy.reviewIntervalMonths, i);
    // Moving back over rest days can only bring the due day earlier, and only over rest days:
    // a working day after the horizon and not after the nominal day means the review is not
    // due yet, whatever the calendar says (or does not know) about the days further on.
    if (nominalFirst > horizon && hasWorkingDayBetween(horizon + 1, nominalFirst, calendar)) continue;
    const due = computeCustomerReviewDue(input, { ...calendar, policy });
    const dueDn = toDayNumber(due.dueOn, ['records', i]);
    if (dueDn <= horizon)
      review.push({ duty: 'review', ...base, ...status(dueDn, today), reasons: due.reasons });
  }
  const byDay = (a: CustomerDueEntry, b: CustomerDueEntry) =>
    a.dueOn < b.dueOn
      ? -1
      : a.dueOn > b.dueOn
        ? 1
        : a.customerId < b.customerId
          ? -1
          : a.customerId > b.customerId
            ? 1
            : 0;
  return {
    asOf: formatDayNumber(today),
    horizon: formatDayNumber(horizon),
    review: review.sort(byDay),
    disposal: disposal.sort(byDay),
  };
}

function hasWorkingDayBetween(from: number, to: number, calendar: CalendarOptions): boolean {
  for (let d = from; d <= to; d++) if (isWorkingDay(formatDayNumber(d), calendar)) return true;
  return false;
}

function readPersonal(
  value: unknown,
  path: readonly (string | number)[],
  mask: ((value: string) => string) | undefined,
): string {
  const s = expectString(value, path);
  return mask === undefined ? s : mask(s);
}

function status(dueDn: number, today: number): Pick<CustomerDueEntry, 'dueOn' | 'status' | 'daysOverdue'> {
  return {
    dueOn: formatDayNumber(dueDn),
    status: dueDn < today ? 'overdue' : dueDn === today ? 'due-today' : 'upcoming',
    daysOverdue: Math.max(0, today - dueDn),
  };
}

/** The corresponding day `months` after a day, before any move over rest days (art. 202). */
function reviewNominalDay(day: DayInput, months: number, index: number): number {
  const window = addWindow(formatDayNumber(toDayNumber(day, ['records', index, 'lastReviewedOn'])), {
    months,
  });
  return toDayNumber(window.lastDay, ['records', index]);
}
