/**
 * Issue 8: no input makes a door of the complaints and presets modules throw anything but
 * a `RealtyCrmError` (a plain `TypeError` from inside the package is a bug). Arbitrary
 * values (BigInt, boxed values, null prototypes, sparse arrays, Dates, Maps...) and valid
 * records or policies with one field replaced by such a value, at every door.
 *
 * 10^4 inputs in the suite; `npm run test:fuzz` runs 10^5 (FUZZ_RUNS).
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import {
  assessComplaintSeverity,
  assessEscalation,
  canCloseComplaint,
  complaintMachine,
  computeComplaintDeadlines,
  computeMonthlyReportDue,
  computeSurveyPeriods,
  computeWeeklyReportDue,
  countComplaintsByCategory,
  createComplaintMachine,
  createPolicy,
  detectGroupComplaints,
  needsCallback,
  needsWeeklyReport,
  parseComplaint,
  parseComplaintEvent,
  parseComplaints,
  parsePolicy,
  RealtyCrmError,
  restoreComplaintSnapshot,
  routeCallback,
  routeComplaint,
  sinoOcean2008,
  toComplaintMachineInput,
  toDeadlineInput,
  toSeverityFacts,
} from '../../src/index.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  maxDepth: 2,
});

const RECORD = {
  id: 'C-1',
  projectId: 'P-1',
  householdId: 'H-1',
  complainantId: 'U-1',
  issue: 'roof-leak',
  category: 'engineering-quality',
  receivedAt: '2026-11-02T10:00:00+08:00',
  channel: 'hotline-400',
  compensationClaimed: 25_000,
  handlingCompletedAt: '2026-11-06T10:00:00+08:00',
  hasContactInfo: true,
} as const;
const FIELDS = [
  ...Object.keys(RECORD),
  'crisisSignals',
  'resolvedAt',
  'repliedAt',
  'deliveredToOwnerOn',
  'kind',
  'compensationClaim',
  '__proto__',
  'constructor',
  'toString',
];

/** A valid record with some fields replaced by arbitrary values (set as own data properties). */
const mutated = fc
  .array(fc.tuple(fc.constantFrom(...FIELDS), anything), { minLength: 1, maxLength: 3 })
  .map((changes) => {
    const r: Record<string, unknown> = { ...RECORD };
    for (const [k, v] of changes)
      Object.defineProperty(r, k, { value: v, enumerable: true, configurable: true, writable: true });
    return r;
  });
const input = fc.oneof(anything, mutated);
const [registered] = initialTransition(complaintMachine, {
  id: 'C-1',
  receivedAt: RECORD.receivedAt,
  category: 'other',
});
const storedSnapshot = JSON.parse(JSON.stringify(registered)) as Record<string, unknown> & {
  context: Record<string, unknown>;
};

/** Each door, called with one arbitrary value in each argument position that takes one. */
const DOORS: Readonly<Record<string, (x: unknown, y: unknown) => unknown>> = {
  parseComplaint: (x, y) => parseComplaint(x, y as never),
  parseComplaints: (x, y) => parseComplaints([RECORD, x, x] as unknown[], y as never),
  parseComplaintsAny: (x) => parseComplaints(x as never),
  assessComplaintSeverity: (x, y) => assessComplaintSeverity(x as never, y as never),
  assessEscalation: (x, y) => assessEscalation(x as never, y as never),
  routeComplaint: (x, y) => routeComplaint(x as never, y as never),
  computeComplaintDeadlines: (x, y) => computeComplaintDeadlines(x as never, y as never),
  canCloseComplaint: (x, y) => canCloseComplaint(x as never, y as never),
  needsCallback: (x) => needsCallback(x as never),
  needsWeeklyReport: (x) => needsWeeklyReport(x as never),
  routeCallback: (x, y) => routeCallback(x as never, y as never),
  detectGroupComplaints: (x, y) =>
    detectGroupComplaints([x] as never, (y ?? { now: RECORD.receivedAt }) as never),
  toSeverityFacts: (x, y) => toSeverityFacts(x as never, y as never),
  toDeadlineInput: (x, y) => toDeadlineInput(x as never, y as never),
  toComplaintMachineInput: (x) => toComplaintMachineInput(x as never),
  computeWeeklyReportDue: (x, y) => computeWeeklyReportDue(x as never, y as never),
  computeMonthlyReportDue: (x, y) => computeMonthlyReportDue(x as never, y as never),
  countComplaintsByCategory: (x, y) => countComplaintsByCategory([x] as never, y as never),
  computeSurveyPeriods: (x) => computeSurveyPeriods(x as never),
  createPolicy: (x) => createPolicy(sinoOcean2008, x as never),
  createPolicyNested: (x) =>
    createPolicy(sinoOcean2008, { complaints: { severity: x, deadlines: x } } as never),
  createPolicyBase: (x, y) => createPolicy(x as never, y as never),
  parsePolicy: (x) => parsePolicy(x),
  parsePolicyNested: (x) => parsePolicy({ extends: 'generic', complaints: { reports: x, routing: x } }),
  createComplaintMachine: (x) => createComplaintMachine(x as never),
  machineInput: (x) => initialTransition(complaintMachine, x as never)[0].error,
  parseComplaintEvent: (x) => parseComplaintEvent(x, registered.context),
  restoreSnapshot: (x) => restoreComplaintSnapshot(complaintMachine, x),
  restoreTampered: (x) =>
    restoreComplaintSnapshot(complaintMachine, {
      ...storedSnapshot,
      context: { ...storedSnapshot.context, deadlines: x },
    }),
};

describe('every door under arbitrary input', () => {
  it('CMP-CATEGORY: no input makes a complaints or presets door throw anything but a RealtyCrmError', () => {
    const names = Object.keys(DOORS);
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        input,
        fc.oneof(fc.constant(undefined), anything),
        (name, x, y) => {
          try {
            const r = (DOORS[name] as (x: unknown, y: unknown) => unknown)(x, y);
            // An error returned rather than thrown (an error snapshot) is a library error too.
            if (r instanceof Error) expect(r, name).toBeInstanceOf(RealtyCrmError);
          } catch (e) {
            if (!(e instanceof RealtyCrmError)) throw new Error(`${name} threw ${String(e)}`);
          }
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);
});
