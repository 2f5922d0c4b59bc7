/**
 * CMP-WARN: the escalation warning form before a major group complaint or a crisis, and
 * the major (crisis) event report after one, as a decision (`assessEscalation`), in group
 * findings and in the machine (context, reasons, `nextDueAt`).
 */

import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import {
  assessEscalation,
  complaintMachine,
  createPolicy,
  detectGroupComplaints,
  sinoOcean2008,
} from '../../src/index.js';
import { NOV, NOV_STEPS, run, sh, start, tick } from './_machine.js';

const at = sh('11-04T10:00');

describe('assessEscalation', () => {
  it('CMP-WARN: 4 households of the group threshold (10) show no risk; 5, half of it, owe a warning; 10 owe the event report', () => {
    expect(assessEscalation({ householdsComplainingTogether: 4 })).toMatchObject({
      stage: 'none',
      grounds: [],
    });
    const five = assessEscalation({ householdsComplainingTogether: 5 }, { at });
    expect(five).toMatchObject({
      stage: 'warning',
      grounds: ['group-share'],
      level: 'general',
      dueAt: '2026-11-05T02:00:00.000Z', // 24 h, elapsed
    });
    expect(five.reasons[0]).toMatchObject({
      rule: 'CMP-WARN',
      facts: { groupCount: 5, warningShare: { kind: 'at-least', value: 5 } },
    });
    expect(five.reasons[0]?.message['zh-CN']).toContain('发出《投诉升级预警单》');
    expect(five.reasons[0]?.message['zh-CN']).toContain('本库默认值');
    expect(assessEscalation({ householdsComplainingTogether: 9 }).stage).toBe('warning');
    const ten = assessEscalation({ householdsComplainingTogether: 10 }, { at });
    expect(ten).toMatchObject({ stage: 'event-report', majorGroup: true, dueAt: '2026-11-05T02:00:00.000Z' });
    // The event has happened: the share is no ground any more (it is a group complaint).
    expect(ten.grounds).toEqual([]);
    expect(ten.reasons[0]?.message['zh-CN']).toContain('《项目重大(危机)客户事件报表》');
  });

  it("CMP-WARN: the caller's own judgement of a risk and a hot complaint that may reach the media or a court owe a warning", () => {
    expect(assessEscalation({ riskOfMajorGroupOrCrisis: true })).toMatchObject({
      stage: 'warning',
      grounds: ['risk-reported'],
    });
    expect(assessEscalation({ riskOfMajorGroupOrCrisis: false }).stage).toBe('none');
    expect(assessEscalation({ mayLeadToLawsuitOrMedia: true })).toMatchObject({
      stage: 'warning',
      grounds: ['hot-risk'],
      level: 'hot',
    });
    // A hot complaint of another kind is no ground: repeat complaints by 3 people are hot, not a risk of escalation.
    expect(assessEscalation({ distinctComplainantsWithin30Days: 3 })).toMatchObject({
      stage: 'none',
      level: 'hot',
    });
  });

  it('CMP-WARN: once a major or crisis event has happened, the report is owed instead of the warning', () => {
    for (const facts of [
      { compensationPerHousehold: 20_000.01 },
      { mediaExposed: true },
      { crisisSignals: ['disaster' as const] },
      { mediaExposed: true, riskOfMajorGroupOrCrisis: true },
    ]) {
      expect(assessEscalation(facts).stage).toBe('event-report');
    }
    expect(assessEscalation({ compensationPerHousehold: 20_000 }).stage).toBe('none');
    expect(assessEscalation({ mediaExposed: true, riskOfMajorGroupOrCrisis: true }).grounds).toEqual([
      'risk-reported',
    ]);
  });

  it('CMP-WARN: the share and the hours are policy settings: 30% is 3 of 10, and the reading decides what counts', () => {
    const policy = createPolicy(sinoOcean2008, {
      id: 'acme',
      complaints: { escalation: { warningShareOfMajorGroup: 0.3, warningWithinHours: 4 } },
    });
    expect(assessEscalation({ householdsComplainingTogether: 2 }, { policy }).stage).toBe('none');
    const three = assessEscalation({ householdsComplainingTogether: 3 }, { policy, at });
    expect(three).toMatchObject({ stage: 'warning', dueAt: '2026-11-04T06:00:00.000Z' });
    expect(three.reasons[0]?.message.en).toContain('set by the company policy acme');
    const readingA = createPolicy(sinoOcean2008, {
      id: 'reading-a',
      complaints: { severity: { majorGroupReading: 'simultaneous-open-major' } },
    });
    expect(assessEscalation({ householdsComplainingTogether: 5 }, { policy: readingA }).stage).toBe('none');
    // Under reading a the count is of open major households: 5 of them are a risk, 10 the event.
    expect(assessEscalation({ simultaneousMajorHouseholds: 5 }, { policy: readingA }).stage).toBe('warning');
    expect(assessEscalation({ simultaneousMajorHouseholds: 10 }, { policy: readingA }).stage).toBe(
      'event-report',
    );
  });

  it('CMP-WARN: a bad fact is a path-addressed error', () => {
    expect(() => assessEscalation({ riskOfMajorGroupOrCrisis: 'yes' as never })).toThrow(
      /^riskOfMajorGroupOrCrisis:/,
    );
    expect(() => assessEscalation({ householdsComplainingTogether: 4.5 })).toThrow(
      /^householdsComplainingTogether:/,
    );
    expect(() => assessEscalation({}, { at: 'now' })).toThrow(/^options\.at:/);
  });
});

describe('group findings', () => {
  it('CMP-WARN: an issue that reached half the group threshold is flagged before it is a group; at the threshold it is the event', () => {
    const now = '2026-06-30T10:00:00+08:00';
    const record = (k: number) => ({
      id: `C-${k}`,
      projectId: 'P-1',
      householdId: `H-${k}`,
      complainantId: `U-${k}`,
      issue: 'lift-stuck',
      receivedAt: `2026-06-29T0${k % 10}:00:00+08:00`,
    });
    const four = detectGroupComplaints([0, 1, 2, 3].map(record), { now });
    expect(four[0]?.escalation).toBe('none');
    const five = detectGroupComplaints([0, 1, 2, 3, 4].map(record), { now });
    expect(five[0]).toMatchObject({ householdsTogether: 5, escalation: 'warning', majorGroup: false });
    expect(five[0]?.reasons.at(-1)?.rule).toBe('CMP-WARN');
    const ten = detectGroupComplaints(
      Array.from({ length: 10 }, (_, k) => record(k)),
      { now },
    );
    expect(ten[0]).toMatchObject({ householdsTogether: 10, escalation: 'event-report', majorGroup: true });
  });
});

describe('in the machine', () => {
  const handling = () => run(start(NOV), NOV_STEPS.slice(0, 4));

  it('CMP-WARN: a warning before the event is owed, with its due instant in context, reason and nextDueAt; sent, it is done', () => {
    const s = run(handling(), [
      { type: 'severity.assessed', at: sh('11-04T11:00'), facts: { householdsComplainingTogether: 5 } },
    ]);
    expect(s.context.severity).toEqual({ level: 'general', majorGroup: false });
    expect(s.context.warnings).toEqual([
      {
        kind: 'escalation-warning',
        rule: 'CMP-WARN',
        raisedAt: '2026-11-04T03:00:00.000Z',
        grounds: ['group-share'],
        dueAt: '2026-11-05T03:00:00.000Z',
        sentAt: null,
        reason: expect.objectContaining({ rule: 'CMP-WARN' }),
      },
    ]);
    expect(s.context.eventReports).toEqual([]);
    expect(s.context.nextDueAt).toBe('2026-11-05T03:00:00.000Z');
    // Due: 1 ms before its end it is not missed, at its end it is.
    expect(run(s, [tick('2026-11-05T03:00:00.000Z')]).context.overdue.warning).toBe(true);
    expect(run(s, [tick('2026-11-05T02:59:59.999Z')]).context.overdue.warning).toBe(false);
    const sent = run(s, [{ type: 'warning.sent', at: sh('11-04T15:00') }]);
    expect(sent.context.warnings[0]?.sentAt).toBe('2026-11-04T07:00:00.000Z');
    expect(sent.context.nextDueAt).toBe('2026-11-09T02:00:00.000Z'); // back to staleness
    expect(run(sent, [tick(sh('11-06T10:00'))]).context.overdue.warning).toBe(false);
    // Sent late: missed.
    expect(run(s, [{ type: 'warning.sent', at: sh('11-05T11:00') }]).context.overdue.warning).toBe(true);
    // One warning per complaint: a second risk does not add another.
    const again = run(s, [
      { type: 'severity.assessed', at: sh('11-04T12:00'), facts: { riskOfMajorGroupOrCrisis: true } },
    ]);
    expect(again.context.warnings).toHaveLength(1);
  });

  it('CMP-WARN: once the event has happened, the major (crisis) event report is owed to HQ, one per step up, never a warning', () => {
    const group = run(handling(), [
      { type: 'severity.assessed', at: sh('11-04T11:00'), facts: { householdsComplainingTogether: 10 } },
    ]);
    expect(group.context.severity).toEqual({ level: 'major', majorGroup: true });
    expect(group.context.warnings).toEqual([]);
    expect(group.context.eventReports).toMatchObject([
      {
        kind: 'event-report',
        rule: 'CMP-WARN',
        level: 'major',
        majorGroup: true,
        dueAt: '2026-11-05T03:00:00.000Z',
      },
    ]);
    // Replied, unresolved: the report (11-05 03:00Z) falls due before staleness (11-09).
    expect(group.context.nextDueAt).toBe('2026-11-05T03:00:00.000Z');
    // The same facts again: no second report.
    const same = run(group, [
      { type: 'severity.assessed', at: sh('11-04T12:00'), facts: { householdsComplainingTogether: 12 } },
    ]);
    expect(same.context.eventReports).toHaveLength(1);
    // A crisis is a step up: a second report.
    const crisis = run(same, [
      {
        type: 'severity.assessed',
        at: sh('11-04T13:00'),
        facts: { crisisSignals: ['brand-damaging-media'] },
      },
    ]);
    expect(crisis.context.eventReports.map((r) => r.level)).toEqual(['major', 'crisis']);
    const reported = run(crisis, [{ type: 'event.reported', at: sh('11-04T14:00') }]);
    expect(reported.context.eventReports.every((r) => r.reportedAt === '2026-11-04T06:00:00.000Z')).toBe(
      true,
    );
    expect(reported.context.overdue.eventReport).toBe(false);
    // A risk after the event owes no warning: the report has been made.
    const risk = run(reported, [
      { type: 'severity.assessed', at: sh('11-04T15:00'), facts: { riskOfMajorGroupOrCrisis: true } },
    ]);
    expect(risk.context.warnings).toEqual([]);
  });

  it('CMP-WARN: a warning first, then the event: the warning stays on record and the report is owed too', () => {
    const s = run(handling(), [
      { type: 'severity.assessed', at: sh('11-04T11:00'), facts: { mayLeadToLawsuitOrMedia: true } },
      { type: 'warning.sent', at: sh('11-04T12:00') },
      { type: 'severity.assessed', at: sh('11-06T09:00'), facts: { mediaExposed: true } },
    ]);
    expect(s.context.severity.level).toBe('major');
    expect(s.context.warnings).toMatchObject([{ grounds: ['hot-risk'], sentAt: '2026-11-04T04:00:00.000Z' }]);
    expect(s.context.eventReports).toMatchObject([
      { level: 'major', majorGroup: false, owedSince: '2026-11-06T01:00:00.000Z' },
    ]);
    expect(s.context.nextDueAt).toBe('2026-11-07T01:00:00.000Z');
    const [late] = transition(complaintMachine, s, tick('2026-11-07T01:00:00.000Z'));
    expect(late.context.overdue.eventReport).toBe(true);
  });
});
