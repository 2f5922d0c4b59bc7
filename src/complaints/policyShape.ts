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

const THRESHOLD = /* @__PURE__ */ obj({
  kind: /* @__PURE__ */ oneOf(['at-least', 'more-than', 'at-most', 'less-than']),
  value: /* @__PURE__ */ num({ min: 0 }),
});

const HOURS = /* @__PURE__ */ int(1, 24 * 366);
const ID: Shape = { k: 'string', min: 1, max: 200 };

/** Where a setting comes from (DESIGN convention 14), as `SettingSourceSchema` checks it. */
function settingSourceShape(): Shape {
  const TEXT: Shape = { k: 'string', min: 1, max: 500 };
  const NOTE_TEXTS = obj({ 'zh-CN': TEXT, en: TEXT });
  const NOTE = optional(NOTE_TEXTS);
  const [SOURCE, BORROWED, LIBRARY_DEFAULT, COMPANY] = SETTING_SOURCE_KINDS;
  return {
    k: 'tagged',
    tag: 'kind',
    options: {
      [SOURCE]: obj({ kind: oneOf([SOURCE]), section: TEXT, note: NOTE }),
      [BORROWED]: obj({ kind: oneOf([BORROWED]), from: TEXT, section: TEXT, note: NOTE }),
      [LIBRARY_DEFAULT]: obj({ kind: oneOf([LIBRARY_DEFAULT]), note: NOTE_TEXTS }),
      [COMPANY]: obj({ kind: oneOf([COMPANY]), policy: TEXT, note: NOTE }),
    },
  };
}

/** The severity settings. */
const SEVERITY = /* @__PURE__ */ obj({
  majorCompensationPerHouseholdYuan: THRESHOLD,
  majorSameIssueHouseholds: THRESHOLD,
  majorGroupHouseholds: THRESHOLD,
  majorGroupReading: /* @__PURE__ */ oneOf(MAJOR_GROUP_READINGS),
  majorGroupWindowHours: HOURS,
  hotRepeatComplainants: THRESHOLD,
  hotRepeatWindowDays: /* @__PURE__ */ int(1),
  hotCollectiveComplainants: THRESHOLD,
  hotStaleAfterDays: /* @__PURE__ */ int(1),
});

/**
 * What `assessComplaintSeverity` reads of the complaint settings, as
 * `ComplaintPolicySchema` checks it: the id, the severity settings and their sources. Other
 * keys are left to the doors that read them (an open object), so a severity bundle carries
 * neither the rest of the shape nor the rest of the policy. On settings whose other parts
 * are sound, the first issue is the one the whole shape finds.
 *
 * @internal
 */
export const SEVERITY_POLICY_SHAPE: Shape = /* @__PURE__ */ (() => {
  const source = settingSourceShape();
  const sources: Record<string, Shape> = {};
  for (const key of Object.keys(SEVERITY.k === 'object' ? SEVERITY.keys : {}))
    sources[`severity.${key}`] = source;
  return {
    k: 'object',
    open: true,
    keys: { id: ID, severity: SEVERITY, sources: { k: 'object', open: true, keys: sources } },
  };
})();

/** The complaint settings, as `ComplaintPolicySchema` checks them. @internal */
export const COMPLAINT_POLICY_SHAPE: Shape = /* @__PURE__ */ (() => {
  const source = settingSourceShape();
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

  const CALLER = oneOf(CALLBACK_CALLERS);

  return obj({
    id: ID,
    severity: SEVERITY,
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
    sources: obj(Object.fromEntries(COMPLAINT_SETTING_KEYS.map((k) => [k, source]))),
  });
})();
