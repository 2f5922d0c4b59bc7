/**
 * Findings of the risk checks: a dated duty judged against its due day (on time, late,
 * overdue, not yet due), and a failed checklist item judged by its dispositions.
 *
 * @internal
 * @module
 */

import { type DayInput, formatDayNumber, toDayNumber, tryParseDayString } from '../calendar/days.js';
import { describeType } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Decision, type LocalizedText, type Reason } from '../core/reason.js';
import type { RuleId } from '../core/rules.js';
import { RISK_DISPOSITION_LABELS } from './tables/labels.js';
import type { RiskCheckClass, RiskDispositionKind, RiskFindingStatus } from './types.js';

/** One finding of a risk check: what was judged, its status, whether it blocks, and why. */
export type RiskFinding = Decision<{
  /** The item's id, or the duty judged: `risk-team`, `risk-self-check`, `risk-report`, `hq-check`, `class:<class>`. */
  readonly id: string;
  /** A checklist item, a class of the checklist, or a dated duty. */
  readonly kind: 'item' | 'class' | 'duty';
  /** The class of an item or of a class finding. */
  readonly class?: RiskCheckClass;
  readonly status: RiskFindingStatus;
  /** Whether it still blocks delivery. */
  readonly blocking: boolean;
}>;

/** A dated duty: done on `doneOn` (or not), due by `dueOn`, judged at `today`. */
export function judgeDuty(
  id: string,
  rule: RuleId,
  what: LocalizedText,
  dueOn: string,
  doneOn: string | undefined,
  today: number,
  blockingWhenUndone: boolean,
  dueReasons: readonly Reason[],
): RiskFinding {
  const due = tryParseDayString(dueOn) as number;
  let status: RiskFindingStatus;
  let text: LocalizedText;
  const todayText = formatDayNumber(today);
  const done = doneOn === undefined ? undefined : (tryParseDayString(doneOn) as number);
  if (done !== undefined && done <= today) {
    status = done <= due ? 'on-time' : 'late';
    text =
      status === 'on-time'
        ? {
            'zh-CN': `${what['zh-CN']}：${doneOn}完成，不晚于${dueOn}，按时`,
            en: `${what.en}: done ${doneOn}, by ${dueOn}: on time`,
          }
        : {
            'zh-CN': `${what['zh-CN']}：${doneOn}完成，晚于期限${dueOn}，逾期完成`,
            en: `${what.en}: done ${doneOn}, after ${dueOn}: late`,
          };
  } else {
    status = today > due ? 'overdue' : 'pending';
    const planned = done === undefined ? '' : `（记录日期${doneOn}尚未到来）`;
    const plannedEn = done === undefined ? '' : ` (the day recorded, ${doneOn}, is still to come)`;
    text =
      status === 'overdue'
        ? {
            'zh-CN': `${what['zh-CN']}：期限${dueOn}已过，截至${todayText}尚未完成${planned}`,
            en: `${what.en}: due ${dueOn}, not done by ${todayText}${plannedEn}`,
          }
        : {
            'zh-CN': `${what['zh-CN']}：期限${dueOn}，截至${todayText}尚未完成${planned}`,
            en: `${what.en}: due ${dueOn}, not done yet at ${todayText}${plannedEn}`,
          };
  }
  const blocking = blockingWhenUndone && (status === 'overdue' || status === 'pending');
  if (blocking) {
    text = {
      'zh-CN': `${text['zh-CN']}；未完成前不具备交付条件`,
      en: `${text.en}; delivery is not ready until it is`,
    };
  }
  return {
    id,
    kind: 'duty',
    status,
    blocking,
    reasons: [
      createReason(
        rule,
        { duty: id, dueOn, doneOn: doneOn ?? null, today: todayText, status, blocking },
        text,
      ),
      ...dueReasons,
    ],
  };
}

/** A dispositon as the item holds it. */
export interface DispositionInput {
  readonly kind: RiskDispositionKind;
  readonly on: string;
}

/** A failed item judged by its dispositions done by `today` (`DLV-RISK-HQ`). */
export function judgeFailedItem(
  id: string,
  cls: RiskCheckClass,
  major: boolean,
  dispositions: readonly DispositionInput[],
  today: number,
  deliveryOn: string,
): RiskFinding {
  const done = dispositions.filter((d) => (tryParseDayString(d.on) as number) <= today);
  const planned = dispositions.filter((d) => (tryParseDayString(d.on) as number) > today);
  const has = (k: RiskDispositionKind) => done.find((d) => d.kind === k);
  const todayText = formatDayNumber(today);
  const facts = {
    item: id,
    class: cls,
    major,
    dispositions: dispositions.map((d) => ({ kind: d.kind, on: d.on })),
    today: todayText,
  };
  const label = (k: RiskDispositionKind) => RISK_DISPOSITION_LABELS[k];
  const accepted =
    has('rectified') ?? has('contingency-plan') ?? (major ? undefined : has('customer-explanation'));
  if (accepted !== undefined) {
    return {
      id,
      kind: 'item',
      class: cls,
      status: 'resolved',
      blocking: false,
      reasons: [
        createReason(
          'DLV-RISK-HQ',
          { ...facts, accepted: accepted.kind },
          {
            'zh-CN': `检查项${id}不合格，${label(accepted.kind)['zh-CN']}（${accepted.on}），处置可接受`,
            en: `Item ${id} failed; ${label(accepted.kind).en} (${accepted.on}): an acceptable disposition`,
          },
        ),
      ],
    };
  }
  let text: LocalizedText;
  if (major && has('customer-explanation') !== undefined) {
    text = {
      'zh-CN': `检查项${id}为重大风险（如可能延期交付），仅准备了对客说辞不够：须整改，或制定预案并报本部客户关系部备案`,
      en: `Item ${id} is a major risk (such as late delivery): an explanation for customers is not enough; it needs rectifying, or a contingency plan filed with HQ`,
    };
  } else if (planned.length > 0) {
    const p = planned.map((d) => `${label(d.kind)['zh-CN']}${d.on}`).join('、');
    const pEn = planned.map((d) => `${label(d.kind).en} on ${d.on}`).join(', ');
    const late = planned.some((d) => d.on >= deliveryOn);
    text = {
      'zh-CN': `检查项${id}不合格，计划处置（${p}）截至${todayText}尚未完成${late ? `，且计划日期不早于交付日${deliveryOn}` : ''}`,
      en: `Item ${id} failed; the planned disposition (${pEn}) is not done at ${todayText}${late ? `, and it is planned for the delivery day ${deliveryOn} or later` : ''}`,
    };
  } else {
    text = major
      ? {
          'zh-CN': `检查项${id}不合格且为重大风险：须整改，或制定预案并报本部客户关系部备案`,
          en: `Item ${id} failed and is a major risk: it needs rectifying, or a contingency plan filed with HQ`,
        }
      : {
          'zh-CN': `检查项${id}不合格，尚无处置：须整改；无法整改的须事先准备好向客户说明的说辞`,
          en: `Item ${id} failed with no disposition: rectify it; what cannot be fixed needs an explanation for customers`,
        };
  }
  return {
    id,
    kind: 'item',
    class: cls,
    status: 'blocking',
    blocking: true,
    reasons: [createReason('DLV-RISK-HQ', facts, text)],
  };
}

/** A `YYYY-MM-DD` day of a record, or throws at its path. */
export function readDay(v: unknown, path: readonly (string | number)[]): string {
  if (typeof v === 'string' && tryParseDayString(v) !== undefined) return v;
  throw new InvalidArgumentError(path, `expected a day YYYY-MM-DD, got ${describeType(v)}`);
}

/** The event day (delivery, opening) from the options or the record; both given, they must agree. */
export function readEventDay(
  fromOptions: unknown,
  fromRecord: unknown,
  field: string,
  record: string,
): string {
  const a =
    fromOptions === undefined
      ? undefined
      : formatDayNumber(toDayNumber(fromOptions as DayInput, ['options', field]));
  const b = fromRecord === undefined ? undefined : readDay(fromRecord, [record, field]);
  if (a !== undefined && b !== undefined && a !== b) {
    throw new InvalidArgumentError(['options', field], `${a} differs from the ${record}'s own ${field} ${b}`);
  }
  const day = a ?? b;
  if (day === undefined) throw new InvalidArgumentError(['options', field], `give the ${field} day`);
  return day;
}
