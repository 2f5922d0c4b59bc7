import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessDefectHandbook,
  createDefectHandbookIndex,
  DEFECT_DISCIPLINES,
  type DefectHandbookCase,
  findDefectRecurrences,
  gradeDefect,
  type RecurrenceQuery,
} from '../../src/index.js';
import { dayBetween, instantBetween } from '../_lib/arbitraries.js';

const PLACES = [
  '空调',
  '百叶',
  '室外机',
  '泵房',
  '阀门',
  '卫生间',
  '外墙',
  '阳台',
  '楼梯',
  '屋面',
  '电梯',
  '地库',
];
const PROBLEMS = ['过密', '狭窄', '噪音扰民', '渗漏', '开裂', '空鼓', '反味', '松动', '锈蚀', '位置不合理'];
const WORDS = [
  'louvre',
  'outdoor',
  'unit',
  'pump',
  'room',
  'noise',
  'leak',
  'crack',
  'valve',
  'dense',
  'narrow',
];
const KEYS = ['ac-louvre', 'ac-outdoor-unit', 'pump-room', 'public-valve', 'balcony', 'roof'];

const zhText = fc
  .array(fc.tuple(fc.constantFrom(...PLACES), fc.constantFrom(...PROBLEMS)), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.map(([a, b]) => a + b).join('，'));
const enText = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const description = fc.oneof(
  zhText,
  enText,
  fc.record({ zh: zhText, en: enText }),
  fc.record({ zh: zhText }),
  fc.record({ en: enText }),
);
const keys = {
  discipline: fc.option(fc.constantFrom(...DEFECT_DISCIPLINES.slice(0, 4)), { nil: undefined }),
  component: fc.option(fc.constantFrom(...KEYS), { nil: undefined }),
  location: fc.option(fc.constantFrom(...KEYS), { nil: undefined }),
};

/** Drops the keys fast-check left undefined, as a caller writing JSON would. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const handbookArb = fc
  .array(fc.record({ description, ...keys }), { minLength: 0, maxLength: 25 })
  .map((cases) =>
    cases.map((c, i) => defined({ id: `case-${String(i).padStart(2, '0')}`, ...c }) as DefectHandbookCase),
  );
const queryArb = fc.record({ description, ...keys }).map((q) => defined(q) as RecurrenceQuery);
const thresholdArb = fc.constantFrom(0.2, 0.4, 0.5, 0.8, 1);

describe('recurrence properties', () => {
  it('DEF-RECUR: matching is symmetric in the handbook’s order: any permutation gives the same findings', () => {
    fc.assert(
      fc.property(
        handbookArb.chain((h) => fc.tuple(fc.constant(h), fc.shuffledSubarray(h, { minLength: h.length }))),
        queryArb,
        thresholdArb,
        ([handbook, shuffled], query, threshold) => {
          const a = findDefectRecurrences(query, handbook, { threshold });
          expect(findDefectRecurrences(query, shuffled, { threshold })).toEqual(a);
          expect(createDefectHandbookIndex(shuffled).findRecurrences(query, { threshold })).toEqual(a);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('DEF-RECUR: the index finds exactly what the all-pairs comparison finds', () => {
    fc.assert(
      fc.property(
        handbookArb,
        fc.array(queryArb, { minLength: 1, maxLength: 5 }),
        thresholdArb,
        (handbook, queries, threshold) => {
          const index = createDefectHandbookIndex(handbook);
          for (const q of queries) {
            expect(index.findRecurrences(q, { threshold })).toEqual(
              findDefectRecurrences(q, handbook, { threshold }),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('DEF-RECUR: every match scores between the threshold and 1, best first, ties by case id, each case once', () => {
    fc.assert(
      fc.property(handbookArb, queryArb, thresholdArb, (handbook, query, threshold) => {
        const { matches } = findDefectRecurrences(query, handbook, { threshold });
        const seen = new Set<string>();
        matches.forEach((m, k) => {
          expect(m.score).toBeGreaterThanOrEqual(threshold);
          expect(m.score).toBeLessThanOrEqual(1);
          expect(m.matchedOn[0]).toBe('description');
          expect(seen.has(m.caseId)).toBe(false);
          seen.add(m.caseId);
          const prev = matches[k - 1];
          if (prev !== undefined) {
            expect(prev.score > m.score || (prev.score === m.score && prev.caseId < m.caseId)).toBe(true);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('DEF-RECUR: a defect always matches a case that states exactly its own description', () => {
    fc.assert(
      fc.property(handbookArb, queryArb, (handbook, query) => {
        const own = { id: 'zz-own', description: query.description };
        const { matches } = findDefectRecurrences(query, [...handbook, own], { threshold: 0.6 });
        expect(matches.some((m) => m.caseId === 'zz-own')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('grading and handbook properties', () => {
  it('DEF-GRADE: grade A exactly when rectification is needed and all three factors hold', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), (needs, c, t, s) => {
        const g = gradeDefect({
          needsRectification: needs,
          feasibility: { constructionCapacity: c, technical: t, schedule: s },
        });
        expect(g.grade).toBe(needs && c && t && s ? 'A' : 'B');
        expect(g.nextStep).toBe(g.grade === 'A' ? 'rectification' : 'preventive-measures');
      }),
    );
  });

  it('DEF-HANDBOOK: once overdue, a handbook not submitted stays overdue; the due day is after the centralized delivery', () => {
    fc.assert(
      fc.property(
        dayBetween('2010-01-01', '2026-06-30'),
        instantBetween('2010-01-01T00:00:00+08:00', '2027-12-31T00:00:00+08:00'),
        fc.integer({ min: 0, max: 400 * 86_400_000 }),
        (centralizedDeliveryOn, now, later) => {
          const a = assessDefectHandbook({ centralizedDeliveryOn, caseCount: 30, now });
          const b = assessDefectHandbook({
            centralizedDeliveryOn,
            caseCount: 30,
            now: new Date(now.getTime() + later),
          });
          if (a.overdue) expect(b.overdue).toBe(true);
          expect(a.dueOn > centralizedDeliveryOn).toBe(true);
          expect(a.overdue).toBe(now.getTime() >= a.dueEndsAt.getTime());
        },
      ),
    );
  });
});
