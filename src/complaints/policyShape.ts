/**
 * The complaint settings as a {@link Shape}: what `ComplaintPolicySchema` (zod) checks,
 * written as plain data for the decision path, which checks a hand-made policy without zod
 * in the bundle. `test/complaints/policyShape.test.ts` checks that the two agree (the same
 * first issue, path and message) on the presets and on damaged copies of them.
 *
 * @internal
 * @module
 */

import { SETTING_SOURCE_KINDS } from '../core/settingSource.js';
import type { Shape } from '../core/shapeCheck.js';
import { COMPLAINT_SETTING_KEYS } from './policy.js';
import { CALLBACK_CALLERS, MAJOR_GROUP_READINGS, REPLY_MILESTONES } from './types.js';

const num = (limits: Omit<Extract<Shape, { k: 'number' }>, 'k'>): Shape => ({ k: 'number', ...limits });
const int = (min: number, max?: number): Shape =>
  num({ int: true, min, ...(max === undefined ? {} : { max }) });
const oneOf = (values: readonly (string | number | boolean)[]): Shape => ({ k: 'one-of', values });
const obj = (
  keys: Readonly<Record<string, Shape>>,
  refine?: readonly [(v: object) => boolean, string],
): Shape => (refine === undefined ? { k: 'object', keys } : { k: 'object', keys, refine });
const optional = (of: Shape): Shape => ({ k: 'optional', of });
const nullable = (of: Shape): Shape => ({ k: 'nullable', of });

/** The complaint settings, as `ComplaintPolicySchema` checks them. @internal */
export const COMPLAINT_POLICY_SHAPE: Shape = /* @__PURE__ */ (() => {
  const THRESHOLD = obj({
    kind: oneOf(['at-least', 'more-than', 'at-most', 'less-than']),
    value: num({ min: 0 }),
  });

  const HOURS = int(1, 24 * 366);

  const DEADLINE_RULE = obj(
    {
      sameDay: optional(oneOf([true])),
      workingDays: optional(int(0, 366)),
      days: optional(int(1, 3660)),
      weeks: optional(int(1, 520)),
      months: optional(int(1, 120)),
    },
    [
      (rule) => Object.values(rule).filter((v) => v !== undefined).length === 1,
      'expected exactly one of sameDay: true, workingDays, days, weeks, months',
    ],
  );

  const TEXT: Shape = { k: 'string', min: 1, max: 500 };
  const NOTE_TEXTS = obj({ 'zh-CN': TEXT, en: TEXT });
  const NOTE = optional(NOTE_TEXTS);
  const [SOURCE, BORROWED, LIBRARY_DEFAULT, COMPANY] = SETTING_SOURCE_KINDS;

  const SETTING_SOURCE: Shape = {
    k: 'tagged',
    tag: 'kind',
    options: {
      [SOURCE]: obj({ kind: oneOf([SOURCE]), section: TEXT, note: NOTE }),
      [BORROWED]: obj({ kind: oneOf([BORROWED]), from: TEXT, section: TEXT, note: NOTE }),
      [LIBRARY_DEFAULT]: obj({ kind: oneOf([LIBRARY_DEFAULT]), note: NOTE_TEXTS }),
      [COMPANY]: obj({ kind: oneOf([COMPANY]), policy: TEXT, note: NOTE }),
    },
  };

  const CALLER = oneOf(CALLBACK_CALLERS);

  return obj({
    id: { k: 'string', min: 1, max: 200 },
    severity: obj({
      majorCompensationPerHouseholdYuan: THRESHOLD,
      majorSameIssueHouseholds: THRESHOLD,
      majorGroupHouseholds: THRESHOLD,
      majorGroupReading: oneOf(MAJOR_GROUP_READINGS),
      majorGroupWindowHours: HOURS,
      hotRepeatComplainants: THRESHOLD,
      hotRepeatWindowDays: int(1),
      hotCollectiveComplainants: THRESHOLD,
      hotStaleAfterDays: int(1),
    }),
    escalation: obj({
      warningShareOfMajorGroup: num({ gt: 0, max: 1 }),
      warningWithinHours: HOURS,
      eventReportWithinHours: HOURS,
    }),
    routing: {
      k: 'tagged',
      tag: 'scheme',
      options: {
        'delivery-window': obj({ scheme: oneOf(['delivery-window']), projectWindowMonths: int(1, 120) }),
        handover: obj({ scheme: oneOf(['handover']) }),
      },
    },
    deadlines: obj({
      form: nullable(DEADLINE_RULE),
      reply: DEADLINE_RULE,
      replyMetBy: oneOf(REPLY_MILESTONES),
      callback: DEADLINE_RULE,
      close: nullable(DEADLINE_RULE),
      cutoff: nullable({
        k: 'string',
        pattern: [/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time HH:mm such as 17:30'],
      }),
    }),
    callback: obj({
      minimumRate: nullable(num({ min: 0, max: 1 })),
      callers: obj({ crisis: CALLER, major: CALLER, hot: CALLER, general: CALLER }),
      maxAttempts: int(1, 100),
    }),
    closure: obj({ lawsuitWithinMonths: int(1, 120) }),
    reports: obj({
      weeklyDueWeekday: nullable(int(1, 7)),
      monthly: nullable(
        obj({
          monthOffset: { k: 'any-of', options: [oneOf([0]), oneOf([1])] },
          lastDay: { k: 'any-of', options: [int(1, 31), oneOf(['month-end'])] },
        }),
      ),
    }),
    sources: obj(Object.fromEntries(COMPLAINT_SETTING_KEYS.map((k) => [k, SETTING_SOURCE]))),
  });
})();
