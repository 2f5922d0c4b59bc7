import { describe, expect, it } from 'vitest';
import {
  createDefectHandbookIndex,
  type DefectHandbookCase,
  findDefectRecurrences,
  SOL_DEFECT_HANDBOOK,
} from '../../src/index.js';
import { NEAR_MISSES, SCREENED, SOL_RECURRENCES } from './_solRecurrences.js';

const ids = (description: string, handbook: readonly DefectHandbookCase[] = SOL_DEFECT_HANDBOOK) =>
  findDefectRecurrences({ description }, handbook).matches.map((m) => m.caseId);

describe('findDefectRecurrences on SOL’s four old problems', () => {
  it('DEF-RECUR: 空调百叶过密 finds 空调百叶扇过密 (its 6 characters all in shared n-grams) and not 空调室外机狭窄 (only 空调)', () => {
    const found = findDefectRecurrences({ description: '空调百叶过密' }, SOL_DEFECT_HANDBOOK);
    expect(found.matches.map((m) => [m.caseId, m.score, m.matchedOn])).toEqual([
      ['ac-louvres-too-dense', 1, ['description']],
    ]);
    const reason = found.matches[0]?.reasons[0];
    expect(reason?.rule).toBe('DEF-RECUR');
    expect(reason?.facts).toMatchObject({
      caseId: 'ac-louvres-too-dense',
      language: 'zh',
      sharedGrams: ['空调', '调百', '百叶', '过密'],
      caseChars: 7,
      caseCharsCovered: 6,
      defectChars: 6,
      defectCharsCovered: 6,
      descriptionSimilarity: 1,
    });
    expect(reason?.message['zh-CN']).toBe(
      '重复发生的老问题：与手册案例“ac-louvres-too-dense”的得分1，达到阈值0.8；中文描述共有双字片段4个（空调、调百、百叶、过密），覆盖案例描述7个字中的6个、新缺陷描述6个字中的6个，取较高的100%',
    );
    expect(ids('空调百叶过密', [{ id: 'cramped', description: '空调室外机狭窄' }])).toEqual([]);
    expect(ids('空调室外机狭窄', [{ id: 'louvres', description: '空调百叶扇过密' }])).toEqual([]);
    // Not even when screening: one shared n-gram (空调) is not enough.
    expect(
      findDefectRecurrences({ description: '空调百叶过密' }, [{ id: 'c', description: '空调室外机狭窄' }], {
        threshold: 0.01,
      }).matches,
    ).toEqual([]);
  });

  it('DEF-RECUR: a building prefix costs nothing on the case’s side: 3号楼空调百叶过密 covers 6 of the case’s 7 characters', () => {
    const m = findDefectRecurrences({ description: '3号楼空调百叶过密' }, SOL_DEFECT_HANDBOOK).matches[0];
    expect([m?.caseId, m?.score]).toEqual(['ac-louvres-too-dense', 0.857]);
  });

  it('DEF-RECUR: the same component with another fault is a near miss: 空调室外机漏水 covers 5 of 7 characters of 空调室外机狭窄', () => {
    const all = findDefectRecurrences({ description: '空调室外机漏水' }, SOL_DEFECT_HANDBOOK, {
      threshold: 0.01,
    });
    expect(all.matches.map((m) => [m.caseId, m.score])).toEqual([['ac-outdoor-unit-cramped', 0.714]]);
    expect(ids('空调室外机漏水')).toEqual([]);
    // A recurrence of the same component ranks above it when both are in the handbook.
    const handbook = [
      { id: 'leaking', description: '空调室外机漏水' },
      { id: 'cramped', description: '空调室外机狭窄' },
    ];
    const found = findDefectRecurrences({ description: '5号楼空调室外机位狭窄' }, handbook, {
      threshold: 0.5,
    });
    expect(found.matches.map((m) => m.caseId)).toEqual(['cramped', 'leaking']);
  });

  for (const [text, caseId] of SOL_RECURRENCES) {
    it(`DEF-RECUR: “${text}” repeats ${caseId}, and no other SOL case comes first`, () => {
      const found = ids(text);
      expect(found[0]).toBe(caseId);
    });
  }

  for (const [text, caseId] of SCREENED) {
    it(`DEF-RECUR: “${text}” states ${caseId} in other words: found when screening at 0.5, not a recurrence at 0.8`, () => {
      expect(
        findDefectRecurrences({ description: text }, SOL_DEFECT_HANDBOOK, { threshold: 0.5 }).matches[0]
          ?.caseId,
      ).toBe(caseId);
      expect(ids(text)).toEqual([]);
    });
  }

  for (const text of NEAR_MISSES) {
    it(`DEF-RECUR: near miss “${text}” matches none of SOL’s cases`, () => {
      expect(ids(text)).toEqual([]);
    });
  }

  it('DEF-RECUR: SOL’s own incident texts never point to another case; those that do not word their case are not found', () => {
    for (const c of SOL_DEFECT_HANDBOOK) {
      for (const incident of c.incidents) {
        const found = findDefectRecurrences({ description: incident.text['zh-CN'] }, SOL_DEFECT_HANDBOOK, {
          threshold: 0.5,
        }).matches;
        if (found.length > 0) expect(found[0]?.caseId).toBe(c.id);
      }
    }
    // “空调集中放在凹槽内…” shares only 空调 with 空调室外机狭窄: n-grams compare wording, not meaning.
    expect(ids('空调集中放在凹槽内，引发空调频繁过热停机保护')).toEqual([]);
  });

  it('DEF-RECUR: English descriptions are compared by three-letter n-grams the same way', () => {
    expect(ids('AC louvres too dense')).toEqual(['ac-louvres-too-dense']);
    expect(ids('Cramped AC outdoor units')).toEqual(['ac-outdoor-unit-cramped']);
    expect(
      findDefectRecurrences({ description: 'Pump room noise at night' }, SOL_DEFECT_HANDBOOK, {
        threshold: 0.5,
      }).matches[0]?.caseId,
    ).toBe('pump-room-noise');
    expect(ids('AC outdoor unit leaking')).toEqual([]);
    expect(ids('Elevator noise at night')).toEqual([]);
  });

  it('DEF-RECUR: Chinese matters most: when both sides have Chinese, English is not compared', () => {
    const handbook: DefectHandbookCase[] = [
      { id: 'zh-case', description: { zh: '空调百叶扇过密', en: 'Facade grille problem' } },
      { id: 'en-case', description: { zh: '外墙涂料脱落', en: 'AC louvres too dense' } },
    ];
    const found = findDefectRecurrences(
      { description: { zh: '空调百叶过密', en: 'AC louvres too dense' } },
      handbook,
    );
    expect(found.matches.map((m) => m.caseId)).toEqual(['zh-case']);
    // A case with no Chinese is compared in English.
    const enOnly = findDefectRecurrences({ description: { zh: '百叶', en: 'AC louvres too dense' } }, [
      { id: 'en-only', description: 'AC louvres too dense' },
    ]);
    expect(enOnly.matches[0]?.reasons[0]?.facts.language).toBe('en');
  });
});

describe('createDefectHandbookIndex', () => {
  it('DEF-RECUR: the index gives the same findings as the all-pairs matcher, and findDefectRecurrences takes it', () => {
    const index = createDefectHandbookIndex(SOL_DEFECT_HANDBOOK);
    expect(index.size).toBe(4);
    for (const [text] of SOL_RECURRENCES) {
      const q = { id: 'D-1', description: text, component: 'ac-louvre' };
      const naive = findDefectRecurrences(q, SOL_DEFECT_HANDBOOK);
      expect(index.findRecurrences(q)).toEqual(naive);
      expect(findDefectRecurrences(q, index)).toEqual(naive);
    }
    for (const text of NEAR_MISSES) expect(index.findRecurrences({ description: text }).matches).toEqual([]);
  });

  it('DEF-RECUR: the index is a copy: changing the handbook afterwards does not change it', () => {
    const handbook: { id: string; description: string }[] = [{ id: 'a', description: '空调百叶扇过密' }];
    const index = createDefectHandbookIndex(handbook);
    (handbook[0] as { description: string }).description = '泵房噪音扰民';
    handbook.push({ id: 'b', description: '空调百叶过密' });
    expect(index.size).toBe(1);
    expect(index.findRecurrences({ description: '空调百叶过密' }).matches.map((m) => m.caseId)).toEqual([
      'a',
    ]);
  });
});
