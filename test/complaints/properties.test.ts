/**
 * Properties of severity and routing: severity never drops when a fact grows; neither
 * function mutates its input.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessComplaintSeverity,
  COMPLAINT_CATEGORIES,
  CRISIS_SIGNALS,
  routeComplaint,
  SEVERITY_LEVELS,
  type SeverityFacts,
} from '../../src/index.js';
import { dayBetween, instantBetween } from '../_lib/arbitraries.js';

const rank = (level: (typeof SEVERITY_LEVELS)[number]) =>
  SEVERITY_LEVELS.length - 1 - SEVERITY_LEVELS.indexOf(level);
const RECEIVED = Date.parse('2026-03-02T02:00:00Z');

const facts: fc.Arbitrary<SeverityFacts> = fc.record(
  {
    compensationPerHousehold: fc.oneof(
      fc.constantFrom(0, 19_999.99, 20_000, 20_000.01),
      fc.double({ min: 0, max: 1e6, noNaN: true }),
    ),
    lawsuitFiled: fc.boolean(),
    mediaExposed: fc.boolean(),
    householdsWithSameIssue: fc.integer({ min: 0, max: 40 }),
    simultaneousMajorHouseholds: fc.integer({ min: 0, max: 20 }),
    householdsComplainingTogether: fc.integer({ min: 0, max: 20 }),
    demandsReturnOrLargeCompensation: fc.boolean(),
    mayLeadToLawsuitOrMedia: fc.boolean(),
    distinctComplainantsWithin30Days: fc.integer({ min: 0, max: 6 }),
    collectiveComplainants: fc.integer({ min: 0, max: 6 }),
    delayOnCompanySide: fc.boolean(),
    crisisSignals: fc.subarray([...CRISIS_SIGNALS]),
  },
  { requiredKeys: [] },
);

/** Hours after receipt at which severity is judged. */
const hours = fc.integer({ min: 0, max: 400 });

function judge(f: SeverityFacts, h: number) {
  return assessComplaintSeverity({
    ...f,
    receivedAt: new Date(RECEIVED),
    now: new Date(RECEIVED + h * 3_600_000),
  });
}

describe('severity properties', () => {
  it('CMP-SEV-MAJOR-COUNT: severity never drops when a count, the money or the time unresolved grows', () => {
    fc.assert(
      fc.property(
        facts,
        hours,
        fc.integer({ min: 0, max: 30 }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.integer({ min: 0, max: 400 }),
        (f, h, more, money, later) => {
          const before = judge(f, h);
          const grown = judge(
            {
              ...f,
              householdsWithSameIssue: (f.householdsWithSameIssue ?? 0) + more,
              simultaneousMajorHouseholds: (f.simultaneousMajorHouseholds ?? 0) + more,
              householdsComplainingTogether: (f.householdsComplainingTogether ?? 0) + more,
              distinctComplainantsWithin30Days: (f.distinctComplainantsWithin30Days ?? 0) + more,
              collectiveComplainants: (f.collectiveComplainants ?? 0) + more,
              compensationPerHousehold: (f.compensationPerHousehold ?? 0) + money,
            },
            h + later,
          );
          expect(rank(grown.level)).toBeGreaterThanOrEqual(rank(before.level));
          if (before.majorGroup) expect(grown.majorGroup).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('CMP-SEV-GENERAL: the level is the highest level among the reasons, and general only when no other condition holds', () => {
    const levelOf: Record<string, number> = { 'CMP-SEV-CRISIS': 3, 'CMP-SEV-GENERAL': 0 };
    fc.assert(
      fc.property(facts, hours, (f, h) => {
        const s = judge(f, h);
        const ranks = s.reasons
          .filter((r) => r.rule.startsWith('CMP-SEV-'))
          .map((r) => levelOf[r.rule] ?? (r.rule.startsWith('CMP-SEV-HOT') ? 1 : 2));
        expect(rank(s.level)).toBe(Math.max(...ranks));
        expect(s.reasons.some((r) => r.rule === 'CMP-SEV-GENERAL')).toBe(s.level === 'general');
        expect(s.majorGroup).toBe(s.reasons.some((r) => r.rule === 'CMP-SEV-GROUP'));
      }),
      { numRuns: 1000 },
    );
  });

  it('CMP-SEV-GENERAL: severity never mutates its input', () => {
    fc.assert(
      fc.property(facts, hours, (f, h) => {
        const input = {
          ...f,
          receivedAt: '2026-03-02T10:00:00+08:00',
          now: new Date(RECEIVED + h * 3_600_000).toISOString(),
        };
        const copy = structuredClone(input);
        assessComplaintSeverity(Object.freeze(input));
        expect(input).toEqual(copy);
      }),
      { numRuns: 300 },
    );
  });
});

describe('routing properties', () => {
  it('CMP-ROUTE-PHASE: routing never mutates its input, and the unit turns over exactly once, after the window', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COMPLAINT_CATEGORIES),
        instantBetween('2025-01-01T00:00:00Z', '2026-12-31T00:00:00Z'),
        dayBetween('2025-01-01', '2026-09-30'),
        (category, received, delivered) => {
          const input = Object.freeze({
            category,
            receivedAt: received.toISOString(),
            centralizedDeliveryAt: delivered,
          });
          const copy = { ...input };
          const r = routeComplaint(input);
          expect(input).toEqual(copy);
          const windowEnd = r.reasons.find((x) => x.rule === 'LAW-WINDOW')?.facts.lastDay as string;
          const receivedDay = new Date(received.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
          expect(r.unit).toBe(receivedDay <= windowEnd ? 'project-customer-service' : 'property-company');
        },
      ),
      { numRuns: 1000 },
    );
  });
});
