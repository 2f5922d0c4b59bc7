/**
 * One record shape from file to decision (DESIGN convention 13): the adapters from the
 * complaint record to each function's input, `assessComplaintSeverity` taking a record,
 * and the run-time checks at every door of the complaints module, with the caller's paths.
 */

import { describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import {
  assessComplaintSeverity,
  type Complaint,
  canCloseComplaint,
  complaintMachine,
  computeComplaintDeadlines,
  computeWeeklyReportDue,
  detectGroupComplaints,
  needsWeeklyReport,
  parseComplaint,
  routeCallback,
  routeComplaint,
  toComplaintMachineInput,
  toDeadlineInput,
  toSeverityFacts,
} from '../../src/index.js';
import { refusalCodePath } from '../_lib/refusal.js';

const record: Complaint = (() => {
  const r = parseComplaint({
    id: 'C-2026-0042',
    projectId: 'P-SH-01',
    householdId: 'H-SH01-03-2803',
    complainantId: 'U-1',
    issue: 'roof-leak',
    category: 'engineering-quality',
    receivedAt: '2026-11-02T10:00:00+08:00',
    channel: 'hotline-400',
    compensationClaimed: 25_000,
    hasContactInfo: false,
    repliedAt: '2026-11-03T10:00:00+08:00',
  });
  if (!r.success) throw new Error('fixture');
  return r.data;
})();
const now = '2026-11-20T10:00:00+08:00';

describe('adapters', () => {
  it('CMP-SEV-MAJOR-COMP: assessComplaintSeverity(parsedRecord) reads the claimed amount: 25,000 yuan is major, 20,000 is not', () => {
    const s = assessComplaintSeverity(record, { now });
    expect(s.level).toBe('major');
    expect(s.reasons[0]).toMatchObject({
      rule: 'CMP-SEV-MAJOR-COMP',
      facts: { compensationPerHousehold: 25_000 },
    });
    expect(assessComplaintSeverity({ ...record, compensationClaimed: 20_000 }, { now }).level).toBe('hot'); // stale by now
    expect(assessComplaintSeverity({ ...record, compensationClaimed: 20_000 }).level).toBe('general'); // no now: no staleness
    // Facts with a record's field name are refused, never read as nothing.
    expect(() => assessComplaintSeverity({ compensationClaimed: 25_000 } as never)).toThrow(
      /compensationClaimed: not a field here: a field of the complaint record: pass the record itself, or toSeverityFacts\(record\)/,
    );
  });

  it("CMP-SEV-MAJOR-COMP: toSeverityFacts maps the record, with now, and folds in its issue's group counts", () => {
    expect(toSeverityFacts(record, { now })).toEqual({
      receivedAt: '2026-11-02T10:00:00+08:00',
      compensationPerHousehold: 25_000,
      now,
    });
    const [finding] = detectGroupComplaints(
      Array.from({ length: 20 }, (_, k) => ({ ...record, id: `C-${k}`, householdId: `H-${k}` })),
      { now },
    );
    if (finding === undefined) throw new Error('fixture');
    expect(toSeverityFacts(record, { group: finding })).toMatchObject({
      householdsWithSameIssue: 20,
      householdsComplainingTogether: 20,
    });
    expect(assessComplaintSeverity(record, { now, group: finding }).majorGroup).toBe(true);
    // An enquiry on the same form counts in no group.
    expect(
      toSeverityFacts({ ...record, kind: 'enquiry' }, { group: finding }).householdsWithSameIssue,
    ).toBeUndefined();
    // Another issue's finding is refused.
    expect(refusalCodePath(() => toSeverityFacts({ ...record, issue: 'lift' }, { group: finding }))).toEqual([
      'INVALID_ARGUMENT',
      ['options', 'group'],
    ]);
    // The delay's side is left to the one default when the record does not say.
    expect('delayOnCompanySide' in toSeverityFacts(record)).toBe(false);
  });

  it('CMP-DL-CALLBACK: toDeadlineInput carries whether a callback is owed: the record without contact owes none', () => {
    const input = toDeadlineInput({ ...record, handlingCompletedAt: '2026-11-06T10:00:00+08:00' }, { now });
    expect(input).toEqual({
      receivedAt: '2026-11-02T10:00:00+08:00',
      repliedAt: '2026-11-03T10:00:00+08:00',
      handlingCompletedAt: '2026-11-06T10:00:00+08:00',
      hasContactInfo: false,
      now,
    });
    const d = computeComplaintDeadlines(input);
    expect(d.callbackBy).toBeUndefined();
    expect(d.overdue).toEqual({ reply: false });
  });

  it('CMP-DL-CALLBACK: computeComplaintDeadlines takes the record as it is, with the same result as toDeadlineInput; a typo is refused', () => {
    const done = { ...record, handlingCompletedAt: '2026-11-06T10:00:00+08:00' };
    const direct = computeComplaintDeadlines(done);
    expect(direct).toEqual(computeComplaintDeadlines(toDeadlineInput(done)));
    expect(direct.callbackBy).toBeUndefined();
    // With contact, the same record owes a callback: 2 days after 11-06 (sinoOcean2008), 11-08 a Sunday.
    expect(computeComplaintDeadlines({ ...done, hasContactInfo: true }).callbackBy?.lastDay).toBe(
      '2026-11-09',
    );
    const typo = { receivedAt: record.receivedAt, recievedAt: 1 } as never;
    expect(refusalCodePath(() => computeComplaintDeadlines(typo))).toEqual([
      'INVALID_ARGUMENT',
      ['recievedAt'],
    ]);
    expect(() => computeComplaintDeadlines(typo)).toThrow(/not a field here \(did you mean 'receivedAt'\?\)/);
  });

  it('CMP-FLOW: toComplaintMachineInput starts the machine from the record: its receipt, category and callback facts', () => {
    const input = toComplaintMachineInput(record);
    expect(input).toEqual({
      id: 'C-2026-0042',
      receivedAt: '2026-11-02T02:00:00.000Z',
      category: 'engineering-quality',
      hasContactInfo: false,
    });
    const [s] = initialTransition(complaintMachine, input);
    expect(s.context).toMatchObject({ callbackNeeded: false, receivedAt: '2026-11-02T02:00:00.000Z' });
  });
});

describe("every door checks what comes in (the caller's paths)", () => {
  it('CMP-SEV-MAJOR-COMP: a string where a number belongs, NaN, Infinity and a negative amount are refused at their path', () => {
    for (const bad of ['25000', Number.NaN, Number.POSITIVE_INFINITY, -1, 25_000n]) {
      expect(
        refusalCodePath(() => assessComplaintSeverity({ compensationPerHousehold: bad as never })),
      ).toEqual(['INVALID_ARGUMENT', ['compensationPerHousehold']]);
    }
    expect(refusalCodePath(() => assessComplaintSeverity({ householdsWithSameIssue: 19.5 }))).toEqual([
      'INVALID_ARGUMENT',
      ['householdsWithSameIssue'],
    ]);
    expect(
      refusalCodePath(() => assessComplaintSeverity({ ...record, compensationClaimed: '25,000' } as never)),
    ).toEqual(['INVALID_ARGUMENT', ['compensationClaimed']]);
  });

  it('CMP-SEV-CRISIS: an unknown crisis signal is refused with a did-you-mean', () => {
    expect(refusalCodePath(() => assessComplaintSeverity({ crisisSignals: ['typhoon' as never] }))).toEqual([
      'INVALID_ARGUMENT',
      ['crisisSignals', 0],
    ]);
    expect(() => assessComplaintSeverity({ crisisSignals: ['disastr' as never] })).toThrow(
      /did you mean 'disaster'/,
    );
    expect(refusalCodePath(() => assessComplaintSeverity({ crisisSignals: 'disaster' as never }))).toEqual([
      'INVALID_ARGUMENT',
      ['crisisSignals'],
    ]);
  });

  it('CMP-CATEGORY: an unknown category and a missing id are refused at every door that takes a record', () => {
    expect(
      refusalCodePath(() => toComplaintMachineInput({ ...record, category: 'garbage' as never })),
    ).toEqual(['UNKNOWN_CATEGORY', ['category']]);
    const { id: _id, ...noId } = record;
    for (const door of [
      () => toSeverityFacts(noId as never),
      () => toDeadlineInput(noId as never),
      () => toComplaintMachineInput(noId as never),
      () => assessComplaintSeverity({ ...noId, id: 42 } as never),
    ]) {
      expect(refusalCodePath(door)).toEqual(['INVALID_ARGUMENT', ['id']]);
    }
    // A record with a field the record type does not have: a did-you-mean, not a silent drop.
    expect(() => toSeverityFacts({ ...record, compensationClaim: 1 } as never)).toThrow(
      /compensationClaim: not a field here \(did you mean 'compensationClaimed'\?\)/,
    );
  });

  it("CMP-DL-REPLY: repliedAt before receivedAt is refused with the caller's path, at each door", () => {
    const early = { ...record, repliedAt: '2026-11-02T09:59:59+08:00' };
    expect(refusalCodePath(() => toDeadlineInput(early))).toEqual(['INVALID_ARGUMENT', ['repliedAt']]);
    expect(
      refusalCodePath(() =>
        computeComplaintDeadlines({ receivedAt: record.receivedAt, repliedAt: early.repliedAt }),
      ),
    ).toEqual(['INVALID_ARGUMENT', ['repliedAt']]);
    expect(
      refusalCodePath(() =>
        assessComplaintSeverity({ receivedAt: record.receivedAt, resolvedAt: '2026-11-01T10:00:00+08:00' }),
      ),
    ).toEqual(['INVALID_ARGUMENT', ['resolvedAt']]);
  });

  it('CMP-ROUTE-PHASE: routing, callbacks, closure, reports and group detection check theirs too', () => {
    expect(refusalCodePath(() => routeComplaint({ ...record, level: 'severe' as never }))).toEqual([
      'INVALID_ARGUMENT',
      ['level'],
    ]);
    expect(refusalCodePath(() => routeComplaint({ ...record, inWarranty: 'yes' as never }))).toEqual([
      'INVALID_ARGUMENT',
      ['inWarranty'],
    ]);
    expect(refusalCodePath(() => routeComplaint({ ...record, deliveredToOwnerOn: '2026-02-30' }))).toEqual([
      'INVALID_ARGUMENT',
      ['deliveredToOwnerOn'],
    ]);
    expect(refusalCodePath(() => routeCallback({ level: 'urgent' as never }))).toEqual([
      'INVALID_ARGUMENT',
      ['level'],
    ]);
    expect(refusalCodePath(() => canCloseComplaint({ callbackOutcome: 'happy' as never }, { now }))).toEqual([
      'INVALID_ARGUMENT',
      ['callbackOutcome'],
    ]);
    expect(refusalCodePath(() => canCloseComplaint({}, undefined as never))).toEqual([
      'INVALID_ARGUMENT',
      ['options', 'now'],
    ]);
    expect(
      refusalCodePath(() => computeWeeklyReportDue('2026-10-01', { calendar: 'built-in' as never })),
    ).toEqual(['INVALID_ARGUMENT', ['options', 'calendar']]);
    expect(
      refusalCodePath(() => detectGroupComplaints([{ ...record, householdId: 7 } as never], { now })),
    ).toEqual(['INVALID_ARGUMENT', [0, 'householdId']]);
    expect(refusalCodePath(() => detectGroupComplaints(42 as never, { now }))).toEqual([
      'INVALID_ARGUMENT',
      ['complaints'],
    ]);
    expect(refusalCodePath(() => assessComplaintSeverity({}, { policy: { severity: 1 } as never }))).toEqual([
      'INVALID_POLICY',
      ['options', 'policy', 'id'],
    ]);
  });
});

describe("the weekly report's selection", () => {
  it('CMP-RPT-WEEKLY: the major complaints and the complaints through the HQ supervision channels, whatever their severity', () => {
    expect(needsWeeklyReport({ channel: 'hq-supervision-hotline', level: 'general' })).toMatchObject({
      included: true,
      grounds: ['hq-supervision-channel'],
    });
    expect(needsWeeklyReport({ channel: 'hq-supervision-mailbox', level: 'hot' }).included).toBe(true);
    expect(needsWeeklyReport({ channel: 'hotline-400', level: 'general' }).included).toBe(true);
    expect(needsWeeklyReport({ channel: 'visit', level: 'major' }).grounds).toEqual(['major']);
    expect(needsWeeklyReport({ channel: 'visit', level: 'crisis' }).grounds).toEqual(['crisis']);
    expect(needsWeeklyReport({ channel: 'visit', level: 'major', majorGroup: true }).grounds).toEqual([
      'major',
      'major-group',
    ]);
    // A hot complaint at the project level: not in the weekly report.
    const hot = needsWeeklyReport({ channel: 'project-service-line', level: 'hot' });
    expect(hot.included).toBe(false);
    expect(hot.reasons[0]).toMatchObject({
      rule: 'CMP-RPT-WEEKLY',
      facts: { tier: 'project', included: false },
    });
    expect(
      refusalCodePath(() => needsWeeklyReport({ channel: 'douyin' as never, level: 'general' })),
    ).toEqual(['INVALID_ARGUMENT', ['channel']]);
    // The report's own reason says what it covers.
    expect(computeWeeklyReportDue('2026-10-01')?.reasons[0]?.message.en).toContain(
      'major complaints and complaints through the HQ supervision channels',
    );
  });
});
