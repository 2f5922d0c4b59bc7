/**
 * triageComplaints: the CLI's triage as a pure library function, and its two-pass form.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import samples from '../../examples/complaints.sample.json' with { type: 'json' };
import { assessComplaintSeverity } from '../../src/complaints/assessComplaintSeverity.js';
import { computeComplaintDeadlines } from '../../src/complaints/computeComplaintDeadlines.js';
import { detectGroupComplaints } from '../../src/complaints/detectGroupComplaints.js';
import { parseComplaint } from '../../src/complaints/parseComplaint.js';
import { routeComplaint } from '../../src/complaints/routeComplaint.js';
import type { Complaint } from '../../src/complaints/schemas.js';
import { toDeadlineInput } from '../../src/complaints/toDeadlineInput.js';
import { toSeverityFacts } from '../../src/complaints/toSeverityFacts.js';
import { createComplaintTriage, triageComplaints } from '../../src/complaints/triageComplaints.js';
import { COMPLAINT_CATEGORIES } from '../../src/complaints/types.js';
import { InvalidArgumentError, RealtyCrmError } from '../../src/core/errors.js';
import { aoyuan2014, createPolicy, generic, sinoOcean2008 } from '../../src/presets/index.js';
import type { Policy } from '../../src/presets/types.js';
import { cli, NOW } from '../cli/_cli.js';

const at = (day: string, time = '09:00') => `${day}T${time}:00+08:00`;
const complaint = (i: number, extra: Partial<Complaint> = {}): Complaint => ({
  id: `C-${i}`,
  projectId: 'P-1',
  householdId: `H-${i}`,
  complainantId: `U-${i}`,
  issue: 'roof-leak',
  category: 'engineering-quality',
  receivedAt: at('2026-06-02'),
  channel: 'hotline-400',
  ...extra,
});

/** The triage of one record computed anew, as the CLI did before: no sharing, the record spread into each input. */
function direct(c: Complaint, all: readonly Complaint[], now: string, policy: Policy) {
  const groups = detectGroupComplaints(all, { now, policy });
  const isComplaint = c.kind === undefined || c.kind === 'complaint';
  const g = isComplaint ? groups.find((x) => x.projectId === c.projectId && x.issue === c.issue) : undefined;
  // As main's CLI computed each record anew, through the complaints module's adapters.
  const severity = assessComplaintSeverity(
    toSeverityFacts(c, g === undefined ? { now } : { now, group: g }),
    {
      policy,
    },
  );
  const route = routeComplaint({ ...c, level: severity.level }, { policy });
  const d = computeComplaintDeadlines(toDeadlineInput(c, { now }), { policy, fallback: 'weekends-only' });
  return {
    id: c.id,
    category: c.category,
    level: severity.level,
    majorGroup: severity.majorGroup,
    role: route.role,
    unit: route.unit,
    replyBy: d.replyBy,
    callbackBy: d.callbackBy ?? null,
    closeBy: d.closeBy ?? null,
    overdue: {
      reply: d.overdue?.reply ?? false,
      callback: d.overdue?.callback ?? null,
      close: d.overdue?.close ?? null,
    },
    reasons: [...severity.reasons, ...route.reasons],
  };
}

describe('triageComplaints', () => {
  it('CMP-SEV-MAJOR-COUNT: the group findings of the whole batch are folded in: 20 households make each complaint major, 19 do not', () => {
    const now = at('2026-11-20', '10:00');
    // One household every 8 days from 2026-01-05 (none resolved later than its receipt's week):
    // never 10 within 72 hours, so sinoOcean2008's reading of CMP-SEV-GROUP finds no major group.
    const batch = (n: number) =>
      Array.from({ length: n }, (_, i) => {
        const day = new Date(Date.UTC(2026, 0, 5 + 8 * i)).toISOString().slice(0, 10);
        return complaint(i, { receivedAt: at(day), resolvedAt: at(day, '18:00') });
      });
    const twenty = triageComplaints(batch(20), { now });
    expect(twenty.complaints.every((c) => c.level === 'major')).toBe(true);
    expect(twenty.groups).toMatchObject([{ households: 20, level: 'major' }]);
    const nineteen = triageComplaints(batch(19), { now });
    expect(nineteen.complaints.every((c) => c.level === 'general')).toBe(true);
    expect(nineteen.summary).toMatchObject({
      complaints: 19,
      byLevel: { general: 19, major: 0 },
      majorGroups: 0,
    });
  });

  it('CMP-DL-REPLY: deadlines over National Day and overdue flags at now, under each preset', () => {
    const c = complaint(1, { receivedAt: at('2026-09-30', '10:00') });
    const before = triageComplaints([c], { now: at('2026-10-09', '23:59') });
    expect(before.complaints[0]?.replyBy.lastDay).toBe('2026-10-09');
    expect(before.complaints[0]?.overdue).toEqual({ reply: false, callback: null, close: null });
    const after = triageComplaints([c], { now: at('2026-10-10', '00:00') });
    expect(after.complaints[0]?.overdue.reply).toBe(true);
    expect(after.summary.overdue.reply).toBe(1);
    expect(
      triageComplaints([c], { now: at('2026-11-20'), policy: aoyuan2014 }).complaints[0]?.replyBy.lastDay,
    ).toBe('2026-10-13');
  });

  it('CMP-SEV-DETECT: on the sample data it gives what realty-crm triage prints, record for record', async () => {
    const records = (samples as unknown[])
      .map((r) => parseComplaint(r, { naiveTimes: 'asia-shanghai' }))
      .filter((r) => r.success)
      .map((r) => r.data as Complaint);
    const lib = triageComplaints(records, { now: NOW, fallback: 'weekends-only' });
    const printed = JSON.parse(
      (await cli(['triage', 'examples/complaints.sample.json', '--now', NOW, '--format', 'json'])).out,
    );
    expect(JSON.parse(JSON.stringify(lib.complaints))).toEqual(printed.complaints);
    // The CLI prints the counts of the group finding it always printed (not the escalation stage).
    const keys = Object.keys(printed.groups[0] ?? {});
    expect(keys).toContain('majorHouseholds');
    const shown = lib.groups.map((g) =>
      Object.fromEntries(keys.map((k) => [k, (g as unknown as Record<string, unknown>)[k]])),
    );
    expect(JSON.parse(JSON.stringify(shown))).toEqual(printed.groups);
    expect(printed.summary).toMatchObject({
      valid: lib.summary.complaints,
      overdue: lib.summary.overdue,
      byLevel: lib.summary.byLevel,
    });
  });

  it('CMP-ROUTE-PHASE: sharing deadlines and routes between alike complaints gives exactly what computing each anew gives', () => {
    const days = ['2026-01-30', '2026-02-13', '2026-06-30', '2026-09-30', '2026-10-08', '2026-11-02'];
    const time = fc.constantFrom('00:00', '08:59', '17:30', '23:59');
    const instant = fc.tuple(fc.constantFrom(...days), time).map(([d, t]) => at(d, t));
    const rec = fc.record(
      {
        projectId: fc.constantFrom('P-1', 'P-2'),
        issue: fc.constantFrom('a', 'b'),
        category: fc.constantFrom(...COMPLAINT_CATEGORIES),
        kind: fc.constantFrom('complaint', 'suggestion', 'enquiry'),
        receivedAt: instant,
        compensationClaimed: fc.constantFrom(0, 20000, 20000.01),
        lawsuitFiled: fc.boolean(),
        mediaExposed: fc.boolean(),
        demandsReturnOrLargeCompensation: fc.boolean(),
        mayLeadToLawsuitOrMedia: fc.boolean(),
        collectiveComplainants: fc.integer({ min: 0, max: 4 }),
        delayOnCompanySide: fc.boolean(),
        crisisSignals: fc.subarray(['disaster', 'major-accident'] as const),
        centralizedDeliveryAt: fc.constantFrom('2026-06-30', '2026-03-31', at('2026-06-30', '18:00')),
        inWarranty: fc.boolean(),
        involvesDeveloperCompensation: fc.boolean(),
        developerLegacyIssue: fc.boolean(),
        hasContactInfo: fc.boolean(),
        anonymous: fc.boolean(),
        replyLetterOnly: fc.boolean(),
        deliveredToOwnerOn: fc.constantFrom('2026-02-13', '2026-07-01', '2026-10-09'),
        repliedAt: instant,
        handlingCompletedAt: instant,
        calledBackAt: instant,
        resolvedAt: instant,
        closedAt: instant,
      },
      { requiredKeys: ['projectId', 'issue', 'category', 'receivedAt'] },
    );
    const policies: Policy[] = [
      sinoOcean2008,
      aoyuan2014,
      generic,
      createPolicy(generic, { complaints: { deadlines: { cutoff: '17:30' } } }),
    ];
    fc.assert(
      fc.property(
        fc.array(rec, { minLength: 1, maxLength: 30 }),
        fc.constantFrom(...policies),
        (partial, policy) => {
          // A later time before the receipt is not a complaint record (the schema refuses it): left out.
          const records = partial.map((p, i) => {
            const r: Record<string, unknown> = { ...complaint(i), ...p };
            for (const k of ['repliedAt', 'handlingCompletedAt', 'calledBackAt', 'resolvedAt', 'closedAt'])
              if (r[k] !== undefined && Date.parse(r[k] as string) < Date.parse(r.receivedAt as string))
                delete r[k];
            return r as Complaint;
          });
          const now = at('2026-11-20', '10:00');
          const got = triageComplaints(records, { now, policy, fallback: 'weekends-only' });
          records.forEach((c, i) => {
            expect(got.complaints[i]).toEqual(direct(c, records, now, policy));
          });
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000); // 300 fast-check runs: seconds on a shared machine, more than the default 5 s

  it('CMP-SEV-DETECT: an async iterable gives the same result; createComplaintTriage over two passes too', async () => {
    const now = at('2026-11-20', '10:00');
    const records = Array.from({ length: 25 }, (_, i) =>
      complaint(i, { receivedAt: at(`2026-11-0${(i % 9) + 1}`) }),
    );
    async function* stream() {
      for (const r of records) yield r;
    }
    const fromArray = triageComplaints(records, { now });
    expect(await triageComplaints(stream(), { now })).toEqual(fromArray);
    const t = createComplaintTriage({ now });
    for (const r of records) t.add(r);
    expect(records.map((r) => t.triage(r))).toEqual(fromArray.complaints);
    expect(t.summary()).toEqual(fromArray.summary);
    expect(() => t.add(records[0] as Complaint)).toThrow(RealtyCrmError);
  });

  it("CMP-CATEGORY: every record and option is checked at the door, with the caller's path; nothing given is changed", () => {
    const now = at('2026-11-20');
    const good = complaint(1);
    const frozen = Object.freeze({ ...good });
    expect(() => triageComplaints([good, { ...good, category: 'roof' } as never], { now })).toThrow(
      expect.objectContaining({ path: [1, 'category'], code: 'INVALID_ARGUMENT' }),
    );
    expect(() => triageComplaints([good, { ...good, receivedAt: '2026-11-02 09:00' }], { now })).toThrow(
      expect.objectContaining({ path: [1, 'receivedAt'] }),
    );
    const { id: _, ...noId } = good;
    expect(() => triageComplaints([noId as never], { now })).toThrow(
      expect.objectContaining({ path: [0, 'id'] }),
    );
    // biome-ignore lint/suspicious/noSparseArray: a hole is an invalid record at its index
    expect(() => triageComplaints([good, , good] as never, { now })).toThrow(
      expect.objectContaining({ path: ['records', 1] }),
    );
    expect(() => triageComplaints('records' as never, { now })).toThrow(InvalidArgumentError);
    expect(() => triageComplaints([good], {} as never)).toThrow(
      expect.objectContaining({ path: ['options', 'now'] }),
    );
    expect(() => triageComplaints([good], undefined as never)).toThrow(
      expect.objectContaining({ path: ['options'] }),
    );
    expect(() => triageComplaints([good], { now, fallback: 'weekend' as never })).toThrow(
      /options\.fallback: expected one of none, weekends-only, got "weekend" \(did you mean 'weekends-only'\?\)/,
    );
    expect(() => triageComplaints([good], { now, calendar: {} as never })).toThrow(
      expect.objectContaining({ path: ['options', 'calendar'] }),
    );
    const r = triageComplaints([frozen], { now });
    expect(r.complaints[0]?.id).toBe('C-1');
    // Shared parts of a result are frozen, so one caller cannot change another's.
    expect(Object.isFrozen(r.complaints[0]?.replyBy)).toBe(true);
  });

  it('CMP-DL-REPLY: a deadline in a year without a notice throws the coverage error, unless the fallback is asked for', () => {
    const late = complaint(1, { receivedAt: at('2026-12-30') });
    expect(() => triageComplaints([late], { now: at('2026-12-31') })).toThrow(
      expect.objectContaining({ code: 'CALENDAR_NOT_COVERED' }),
    );
    const r = triageComplaints([late], { now: at('2026-12-31'), fallback: 'weekends-only' });
    expect(r.complaints[0]?.replyBy).toMatchObject({ lastDay: '2027-01-01', fallbackUsed: true });
    expect(r.summary.fallbackUsed).toBe(1);
  });
});
