import { describe, expect, it } from 'vitest';
import {
  type DefectFeasibility,
  FEASIBILITY_FACTORS,
  gradeDefect,
  needsDefectHqReport,
  routeDefectRectification,
} from '../../src/index.js';
import { refusalOf } from '../_lib/refusal.js';

/** Every combination of the three feasibility factors (2^3 = 8). */
const COMBINATIONS: DefectFeasibility[] = [false, true].flatMap((constructionCapacity) =>
  [false, true].flatMap((technical) =>
    [false, true].map((schedule) => ({ constructionCapacity, technical, schedule })),
  ),
);

describe('gradeDefect', () => {
  it('DEF-GRADE: the 8 feasibility combinations are all seen, each once', () => {
    expect(new Set(COMBINATIONS.map((c) => JSON.stringify(c))).size).toBe(8);
  });

  for (const feasibility of COMBINATIONS) {
    const failing = FEASIBILITY_FACTORS.filter((f) => !feasibility[f]);
    const label = failing.length === 0 ? 'every factor holds' : `${failing.join(' and ')} fail`;

    it(`DEF-GRADE: needs rectification, ${label}: ${failing.length === 0 ? 'A' : 'B'}, decided by ${failing.length === 0 ? 'every factor' : failing.join(', ')}`, () => {
      const g = gradeDefect({ needsRectification: true, feasibility });
      if (failing.length === 0) {
        expect(g).toMatchObject({ grade: 'A', failedFactors: [], nextStep: 'rectification' });
        expect(g.decidedBy).toEqual(['needsRectification', 'constructionCapacity', 'technical', 'schedule']);
        expect(g.reasons[0]?.message['zh-CN']).toBe(
          '需要整改，且施工能力、工程技术可行性、工期控制均可行：A级（必须整改的缺陷）',
        );
      } else {
        expect(g).toMatchObject({ grade: 'B', nextStep: 'preventive-measures' });
        expect(g.decidedBy).toEqual(failing);
        expect(g.failedFactors).toEqual(failing);
        // One DEF-GRADE reason per failing factor, naming it; then the DEF-RECTIFY step.
        const gradeReasons = g.reasons.filter((r) => r.rule === 'DEF-GRADE');
        expect(gradeReasons.map((r) => r.facts.factor)).toEqual(failing);
        expect(gradeReasons.every((r) => r.facts.holds === false)).toBe(true);
      }
      expect(g.reasons.at(-1)?.rule).toBe('DEF-RECTIFY');
    });

    it(`DEF-GRADE: needs no rectification, ${label}: B, decided by the need alone`, () => {
      const g = gradeDefect({ needsRectification: false, feasibility });
      expect(g).toMatchObject({ grade: 'B', decidedBy: ['needsRectification'], failedFactors: [] });
      expect(g.nextStep).toBe('preventive-measures');
      expect(g.reasons[0]?.message['zh-CN']).toContain('无需整改');
    });
  }

  it('DEF-GRADE: the reason names the factor that failed, in both languages', () => {
    const g = gradeDefect({
      needsRectification: true,
      feasibility: { constructionCapacity: true, technical: true, schedule: false },
    });
    expect(g.reasons[0]?.message).toEqual({
      'zh-CN': '需要整改，但工期不允许，无法整改：B级（无需整改或者无法整改的缺陷）',
      en: 'It needs rectification, but the schedule does not allow it, so it cannot be rectified: grade B',
    });
  });

  it('DEF-GRADE: a defect that needs no rectification may leave feasibility out; one that needs it may not', () => {
    expect(gradeDefect({ needsRectification: false }).grade).toBe('B');
    expect(refusalOf(() => gradeDefect({ needsRectification: true })).path).toEqual(['feasibility']);
  });

  it('DEF-GRADE: a grade without a decision, a non-boolean factor or an unknown factor is a path-addressed error', () => {
    const all = { constructionCapacity: true, technical: true, schedule: true };
    const none = refusalOf(() => gradeDefect({ feasibility: all } as never));
    expect(none.path).toEqual(['needsRectification']);
    expect(none.code).toBe('INVALID_ARGUMENT');
    expect(refusalOf(() => gradeDefect({ needsRectification: 'yes' } as never)).path).toEqual([
      'needsRectification',
    ]);
    expect(
      refusalOf(() =>
        gradeDefect({ needsRectification: true, feasibility: { ...all, technical: 'true' } } as never),
      ).path,
    ).toEqual(['feasibility', 'technical']);
    expect(
      refusalOf(() =>
        gradeDefect({ needsRectification: true, feasibility: { ...all, budget: true } } as never),
      ).path,
    ).toEqual(['feasibility', 'budget']);
    expect(refusalOf(() => gradeDefect(null as never)).path).toEqual(['facts']);
  });

  it('DEF-GRADE: the facts passed in are not changed', () => {
    const facts = Object.freeze({
      needsRectification: true,
      feasibility: Object.freeze({ constructionCapacity: true, technical: false, schedule: true }),
    });
    expect(() => gradeDefect(facts)).not.toThrow();
  });
});

describe('routeDefectRectification', () => {
  it('DEF-RECTIFY: grade A is planned, carried out and accepted by the department, then verified by project customer service', () => {
    const r = routeDefectRectification({ grade: 'A' });
    expect(r.route).toBe('rectification');
    expect(r.steps.map((s) => [s.step, s.by])).toEqual([
      ['plan', 'responsible-department'],
      ['carry-out', 'responsible-department'],
      ['accept', 'responsible-department'],
      ['verify', 'project-customer-service'],
    ]);
    expect(r.reasons[0]?.message['zh-CN']).toContain('验证整改结果并反馈（项目客户服务部）');
  });

  it('DEF-RECTIFY: grade B sets preventive measures, filed with project customer service', () => {
    const r = routeDefectRectification({ grade: 'B' });
    expect(r.route).toBe('preventive-measures');
    expect(r.steps.map((s) => s.step)).toEqual(['set-preventive-measures', 'file']);
    expect(r.reasons[0]?.message.en).toContain(
      'File them with project customer service (Project customer service)',
    );
  });

  it('DEF-RECTIFY: an unknown grade is refused with a did-you-mean', () => {
    const e = refusalOf(() => routeDefectRectification({ grade: 'a' } as never));
    expect(e.path).toEqual(['grade']);
    expect(e.message).toContain("did you mean 'A'");
  });
});

describe('needsDefectHqReport', () => {
  it('DEF-FLOW: a major defect is reported to HQ customer relations at once; another is not', () => {
    expect(needsDefectHqReport({ major: true })).toMatchObject({
      required: true,
      reportTo: 'hq-customer-relations',
    });
    const minor = needsDefectHqReport({ major: false });
    expect(minor).toMatchObject({ required: false, reportTo: null });
    expect(minor.reasons[0]?.rule).toBe('DEF-FLOW');
  });

  it('DEF-FLOW: major must be a boolean', () => {
    expect(refusalOf(() => needsDefectHqReport({ major: 'true' } as never)).path).toEqual(['major']);
    expect(refusalOf(() => needsDefectHqReport({} as never)).path).toEqual(['major']);
  });
});
