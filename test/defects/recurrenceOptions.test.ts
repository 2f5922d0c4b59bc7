import { describe, expect, it } from 'vitest';
import {
  createDefectHandbookIndex,
  createPolicy,
  type DefectHandbookCase,
  findDefectRecurrences,
  SOL_DEFECT_HANDBOOK,
  sinoOcean2008,
} from '../../src/index.js';
import { refusalOf } from '../_lib/refusal.js';

describe('findDefectRecurrences: keys, threshold, limit', () => {
  const handbook: DefectHandbookCase[] = [
    { id: 'louvres', description: '空调百叶扇过密', component: 'ac-louvre', discipline: 'hvac' },
    {
      id: 'cramped',
      description: '空调室外机狭窄',
      component: 'ac-outdoor-unit',
      discipline: 'planning-design',
    },
  ];

  it('DEF-RECUR: the same component and discipline are named in the reason and leave the score as the description makes it', () => {
    const found = findDefectRecurrences(
      { description: '3号楼空调百叶过密', component: 'ac-louvre', discipline: 'hvac' },
      handbook,
    );
    expect(found.matches.map((m) => [m.caseId, m.score, m.matchedOn])).toEqual([
      ['louvres', 0.857, ['description', 'component', 'discipline']],
    ]);
    expect(found.matches[0]?.reasons[0]?.message['zh-CN']).toContain(
      '部品部件相同（ac-louvre）；专业相同（暖通空调）',
    );
  });

  it('DEF-RECUR: a different component halves the score, a different discipline takes 5% off; keys alone never make a recurrence', () => {
    const component = findDefectRecurrences(
      { description: '空调百叶过密', component: 'ac-outdoor-unit' },
      handbook,
      { threshold: 0.1 },
    );
    expect(component.matches[0]?.score).toBe(0.5);
    expect(component.matches[0]?.reasons[0]?.message['zh-CN']).toContain(
      '部品部件不同（ac-outdoor-unit、ac-louvre），得分乘以0.5',
    );
    expect(
      findDefectRecurrences({ description: '空调百叶过密', component: 'ac-outdoor-unit' }, handbook).matches,
    ).toEqual([]);
    const discipline = findDefectRecurrences(
      { description: '3号楼空调百叶过密', discipline: 'architecture' },
      handbook,
    );
    // 0.857 x 0.95
    expect(discipline.matches[0]?.score).toBe(0.814);
    expect(discipline.matches[0]?.reasons[0]?.message['zh-CN']).toContain(
      '专业不同（建筑、暖通空调），得分乘以0.95',
    );
    // Same component and discipline, another problem: not a recurrence, however low the threshold.
    const keysOnly = findDefectRecurrences(
      { description: '空调冷凝水管漏水', component: 'ac-outdoor-unit', discipline: 'planning-design' },
      handbook,
      { threshold: 0.01 },
    );
    expect(keysOnly.matches).toEqual([]);
  });

  it('DEF-RECUR: component keys are compared by n-grams too: ac-outdoor-unit-bracket covers all of ac-outdoor-unit', () => {
    const found = findDefectRecurrences(
      { description: '空调室外机位狭窄', component: 'ac-outdoor-unit-bracket' },
      handbook,
    );
    expect(found.matches.map((m) => [m.caseId, m.score, m.matchedOn])).toEqual([
      ['cramped', 1, ['description', 'component']],
    ]);
    expect(found.matches[0]?.reasons[0]?.message.en).toContain(
      'component ac-outdoor-unit-bracket is like ac-outdoor-unit (100%): score times 1',
    );
  });

  it('DEF-RECUR: the threshold is the policy’s (0.8 by default, the library’s own), or the call’s', () => {
    expect(sinoOcean2008.defects.recurrence.threshold).toBe(0.8);
    expect(sinoOcean2008.defects.sources.recurrence.kind).toBe('library-default');
    const q = { description: '3号楼空调百叶过密' };
    expect(findDefectRecurrences(q, handbook).matches).toHaveLength(1);
    const strict = createPolicy(sinoOcean2008, { id: 'strict', defects: { recurrence: { threshold: 0.9 } } });
    expect(findDefectRecurrences(q, handbook, { policy: strict }).matches).toEqual([]);
    expect(findDefectRecurrences(q, handbook, { policy: strict }).reasons[0]?.facts.policy).toBe('strict');
    expect(findDefectRecurrences(q, handbook, { threshold: 0.857 }).matches).toHaveLength(1);
    expect(findDefectRecurrences(q, handbook, { threshold: 0.858 }).matches).toEqual([]);
    expect(findDefectRecurrences(q, handbook, { threshold: 0.857 }).reasons[0]?.facts.threshold).toBe(0.857);
  });

  it('DEF-RECUR: limit keeps the best matches', () => {
    const found = findDefectRecurrences({ description: '空调室外机噪音扰民' }, SOL_DEFECT_HANDBOOK, {
      threshold: 0.5,
      limit: 1,
    });
    expect(found.matches.map((m) => m.caseId)).toEqual(['ac-outdoor-unit-cramped']);
    expect(found.reasons[0]?.facts).toMatchObject({ matches: 2, shown: 1 });
  });

  it('DEF-RECUR: a description with nothing to compare finds nothing and says why', () => {
    const found = findDefectRecurrences({ description: '3-101 / 2#' }, SOL_DEFECT_HANDBOOK);
    expect(found.matches).toEqual([]);
    expect(found.reasons[0]?.message.en).toContain('no Chinese characters or English words');
  });

  it('DEF-RECUR: a reason shows the shared n-grams of the handbook case, never the rest of the new defect’s text', () => {
    const found = findDefectRecurrences(
      { description: '张三家（13800138000）空调百叶过密' },
      SOL_DEFECT_HANDBOOK,
    );
    const text = JSON.stringify(found);
    expect(found.matches.map((m) => m.caseId)).toEqual(['ac-louvres-too-dense']);
    expect(text).not.toContain('张三');
    expect(text).not.toContain('13800138000');
  });
});

describe('findDefectRecurrences: bad input', () => {
  it('DEF-RECUR: an empty description, an unknown discipline, a bad threshold are path-addressed errors', () => {
    const h = SOL_DEFECT_HANDBOOK;
    expect(refusalOf(() => findDefectRecurrences({ description: '' }, h)).path).toEqual([
      'defect',
      'description',
    ]);
    expect(refusalOf(() => findDefectRecurrences({ description: '   ' }, h)).path).toEqual([
      'defect',
      'description',
    ]);
    expect(refusalOf(() => findDefectRecurrences({ description: {} }, h)).path).toEqual([
      'defect',
      'description',
    ]);
    expect(refusalOf(() => findDefectRecurrences({ description: { zh: '' } }, h)).path).toEqual([
      'defect',
      'description',
      'zh',
    ]);
    expect(refusalOf(() => findDefectRecurrences({ description: { cn: '空调' } } as never, h)).path).toEqual([
      'defect',
      'description',
      'cn',
    ]);
    expect(refusalOf(() => findDefectRecurrences({} as never, h)).path).toEqual(['defect', 'description']);
    const d = refusalOf(() => findDefectRecurrences({ description: '漏水', discipline: 'hvak' } as never, h));
    expect(d.path).toEqual(['defect', 'discipline']);
    expect(d.message).toContain("did you mean 'hvac'");
    expect(refusalOf(() => findDefectRecurrences({ description: '漏水' }, h, { threshold: 0 })).path).toEqual(
      ['options', 'threshold'],
    );
    expect(
      refusalOf(() => findDefectRecurrences({ description: '漏水' }, h, { threshold: 1.5 })).path,
    ).toEqual(['options', 'threshold']);
    expect(refusalOf(() => findDefectRecurrences({ description: '漏水' }, h, { limit: 0 })).path).toEqual([
      'options',
      'limit',
    ]);
  });

  it('DEF-RECUR: a handbook that is not an array, a case without an id, two cases with one id are refused', () => {
    const q = { description: '漏水' };
    expect(refusalOf(() => findDefectRecurrences(q, 'SOL' as never)).path).toEqual(['handbook']);
    expect(refusalOf(() => findDefectRecurrences(q, [{ description: '漏水' }] as never)).path).toEqual([
      'handbook',
      0,
      'id',
    ]);
    const twice = [
      { id: 'a', description: '漏水' },
      { id: 'a', description: '渗水' },
    ];
    const e = refusalOf(() => findDefectRecurrences(q, twice));
    expect(e.path).toEqual(['handbook', 1, 'id']);
    expect(refusalOf(() => createDefectHandbookIndex(twice)).path).toEqual(['handbook', 1, 'id']);
    expect(refusalOf(() => findDefectRecurrences(q, [{ id: 'a', description: '' }])).path).toEqual([
      'handbook',
      0,
      'description',
    ]);
  });

  it('DEF-RECUR: nothing passed in is changed', () => {
    const handbook = Object.freeze([
      Object.freeze({ id: 'a', description: Object.freeze({ zh: '空调百叶扇过密' }) }),
    ]);
    const defect = Object.freeze({ description: Object.freeze({ zh: '空调百叶过密' }) });
    expect(findDefectRecurrences(defect, handbook).matches).toHaveLength(1);
  });
});
