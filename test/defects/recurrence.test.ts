import { describe, expect, it } from 'vitest';
import {
  createDefectHandbookIndex,
  createPolicy,
  type DefectHandbookCase,
  findDefectRecurrences,
  InvalidArgumentError,
  SOL_DEFECT_HANDBOOK,
  sinoOcean2008,
} from '../../src/index.js';

function errorOf(fn: () => unknown): InvalidArgumentError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InvalidArgumentError) return e;
    throw e;
  }
  throw new Error('expected an InvalidArgumentError');
}

const ids = (description: string, handbook: readonly DefectHandbookCase[] = SOL_DEFECT_HANDBOOK) =>
  findDefectRecurrences({ description }, handbook).matches.map((m) => m.caseId);

/** New defects as project staff write them, in other wordings of a SOL case, and the case each repeats. */
const SOL_RECURRENCES: readonly (readonly [string, string])[] = [
  ['空调百叶过密', 'ac-louvres-too-dense'],
  ['3号楼空调百叶过密', 'ac-louvres-too-dense'],
  ['3号楼空调机位百叶扇过密，散热差', 'ac-louvres-too-dense'],
  ['空调格栅百叶过密导致空调散热不良', 'ac-louvres-too-dense'],
  ['空调室外机位狭窄', 'ac-outdoor-unit-cramped'],
  ['5号楼空调室外机狭窄', 'ac-outdoor-unit-cramped'],
  ['空调外机位置狭窄', 'ac-outdoor-unit-cramped'],
  ['公共阀门设在业主家中', 'public-valves-in-homes'],
  ['公共阀门设在业主户内阳台上', 'public-valves-in-homes'],
  ['地下水泵房噪音扰民', 'pump-room-noise'],
  ['水泵房在住户正下方，噪音扰民', 'pump-room-noise'],
  ['2号楼泵房噪音扰民', 'pump-room-noise'],
];

/** The same problems in other words: no shared wording for the fault, found only when screening (0.5). */
const SCREENED: readonly (readonly [string, string])[] = [
  ['空调百叶太密，散热不好', 'ac-louvres-too-dense'],
  ['空调室外机安装空间太窄', 'ac-outdoor-unit-cramped'],
  ['预留空调机位小，室外机放不下', 'ac-outdoor-unit-cramped'],
  ['业主户内设有公共热水减压阀', 'public-valves-in-homes'],
  ['户内公共阀门占用面积', 'public-valves-in-homes'],
  ['水泵房噪音大，楼上业主投诉', 'pump-room-noise'],
  ['热水循环泵噪音扰民', 'pump-room-noise'],
  ['生活水加压泵房位于住宅下，噪音大', 'pump-room-noise'],
];

/** Near misses: defects that share words with a SOL case but are not its problem. */
const NEAR_MISSES: readonly string[] = [
  // the same component with another fault
  '空调室外机漏水',
  '3号楼空调室外机漏水',
  '空调室外机支架锈蚀',
  '空调百叶脱落',
  '空调百叶颜色不一致',
  '公共阀门漏水',
  '泵房漏水',
  // a shared word only
  '空调冷凝水管漏水',
  '外墙空调孔渗水',
  '空调插座位置不合理',
  '空调噪音',
  '空调坏了',
  '百叶窗损坏',
  '电梯运行噪音大',
  '户内燃气管道漏气',
  '阀门漏水',
  '业主家中水管爆裂',
  '公共区域墙面空鼓',
  '水泵房渗水',
  '泵房积水',
  '阳台栏杆过低',
  '楼道公共照明不亮',
  '业主投诉物业服务态度差',
];

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
    expect(errorOf(() => findDefectRecurrences({ description: '' }, h)).path).toEqual([
      'defect',
      'description',
    ]);
    expect(errorOf(() => findDefectRecurrences({ description: '   ' }, h)).path).toEqual([
      'defect',
      'description',
    ]);
    expect(errorOf(() => findDefectRecurrences({ description: {} }, h)).path).toEqual([
      'defect',
      'description',
    ]);
    expect(errorOf(() => findDefectRecurrences({ description: { zh: '' } }, h)).path).toEqual([
      'defect',
      'description',
      'zh',
    ]);
    expect(errorOf(() => findDefectRecurrences({ description: { cn: '空调' } } as never, h)).path).toEqual([
      'defect',
      'description',
      'cn',
    ]);
    expect(errorOf(() => findDefectRecurrences({} as never, h)).path).toEqual(['defect', 'description']);
    const d = errorOf(() => findDefectRecurrences({ description: '漏水', discipline: 'hvak' } as never, h));
    expect(d.path).toEqual(['defect', 'discipline']);
    expect(d.message).toContain("did you mean 'hvac'");
    expect(errorOf(() => findDefectRecurrences({ description: '漏水' }, h, { threshold: 0 })).path).toEqual([
      'options',
      'threshold',
    ]);
    expect(errorOf(() => findDefectRecurrences({ description: '漏水' }, h, { threshold: 1.5 })).path).toEqual(
      ['options', 'threshold'],
    );
    expect(errorOf(() => findDefectRecurrences({ description: '漏水' }, h, { limit: 0 })).path).toEqual([
      'options',
      'limit',
    ]);
  });

  it('DEF-RECUR: a handbook that is not an array, a case without an id, two cases with one id are refused', () => {
    const q = { description: '漏水' };
    expect(errorOf(() => findDefectRecurrences(q, 'SOL' as never)).path).toEqual(['handbook']);
    expect(errorOf(() => findDefectRecurrences(q, [{ description: '漏水' }] as never)).path).toEqual([
      'handbook',
      0,
      'id',
    ]);
    const twice = [
      { id: 'a', description: '漏水' },
      { id: 'a', description: '渗水' },
    ];
    const e = errorOf(() => findDefectRecurrences(q, twice));
    expect(e.path).toEqual(['handbook', 1, 'id']);
    expect(errorOf(() => createDefectHandbookIndex(twice)).path).toEqual(['handbook', 1, 'id']);
    expect(errorOf(() => findDefectRecurrences(q, [{ id: 'a', description: '' }])).path).toEqual([
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
