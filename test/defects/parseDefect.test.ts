import { describe, expect, it } from 'vitest';
import {
  DEFECT_DISCIPLINE_LABELS,
  DEFECT_DISCIPLINES,
  DEFECT_FIELD_TABLE,
  DEFECT_SOURCE_TABLE,
  DEFECT_SOURCES,
  DefectSchema,
  findDefectRecurrences,
  InvalidArgumentError,
  parseDefect,
  parseDefects,
  SOL_DEFECT_HANDBOOK,
} from '../../src/index.js';

const good = {
  id: 'D-2026-001',
  project: 'P-01',
  phase: '1',
  source: 'patrol',
  discipline: 'hvac',
  component: 'ac-louvre',
  location: 'facade',
  description: { zh: '3号楼空调百叶过密' },
  major: false,
  reportedAt: '2026-03-02T10:00:00+08:00',
  householdsAffected: 12,
} as const;

const paths = (input: unknown, locale: 'zh-CN' | 'en' = 'en') =>
  parseDefect(input, { locale }).error?.issues.map((i) => i.path.join('.')) ?? [];

describe('parseDefect', () => {
  it('DEF-WHAT: a defect record with its project, phase, keys, description, major flag, time and households parses', () => {
    const r = parseDefect(good);
    expect(r.success).toBe(true);
    expect(r.data).toEqual(good);
  });

  it('DEF-SOURCE: every source SOL lists is accepted, each with its label; anything else is refused with a did-you-mean', () => {
    expect(DEFECT_SOURCES).toEqual([
      'opening-check',
      'patrol',
      'delivery-risk-check',
      'delivery',
      'rectification',
      'warranty-repair',
      'complaint',
      'satisfaction-survey',
    ]);
    for (const source of DEFECT_SOURCES) {
      expect(parseDefect({ ...good, source }).success, source).toBe(true);
      expect(DEFECT_SOURCE_TABLE[source]).toMatchObject({ rule: 'DEF-SOURCE', source: 'SOL 缺陷收集' });
    }
    const r = parseDefect({ ...good, source: 'warranty' }, { locale: 'en' });
    expect(r.error?.issues[0]?.path).toEqual(['source']);
    expect(r.error?.issues[0]?.message).toContain("(did you mean 'warranty-repair'?)");
    expect(paths({ ...good, source: 'hotline' })).toEqual(['source']);
  });

  it('DEF-WHAT: every discipline the issue lists is accepted; an unknown one is refused', () => {
    expect(DEFECT_DISCIPLINES).toHaveLength(13);
    for (const discipline of DEFECT_DISCIPLINES) {
      expect(parseDefect({ ...good, discipline }).success, discipline).toBe(true);
      expect(DEFECT_DISCIPLINE_LABELS[discipline]['zh-CN'].length).toBeGreaterThan(0);
    }
    expect(paths({ ...good, discipline: 'roofing' })).toEqual(['discipline']);
  });

  it('DEF-WHAT: a description in Chinese, English or both parses; an empty or blank one is refused at its path', () => {
    expect(parseDefect({ ...good, description: { en: 'AC louvres too dense' } }).success).toBe(true);
    expect(
      parseDefect({ ...good, description: { zh: '空调百叶过密', en: 'AC louvres too dense' } }).success,
    ).toBe(true);
    expect(paths({ ...good, description: {} })).toEqual(['description']);
    expect(paths({ ...good, description: { zh: '  ' } })).toEqual(['description.zh']);
    expect(paths({ ...good, description: '空调百叶过密' })).toEqual(['description']);
    // An unknown key (cn) is named, and the description is still empty.
    const cn = parseDefect({ ...good, description: { cn: '空调' } }, { locale: 'en' }).error?.issues ?? [];
    expect(cn.map((i) => i.path.join('.'))).toEqual(['description', 'description']);
    expect(cn[0]?.message).toContain('"cn"');
    const zh = parseDefect({ ...good, description: {} }, { locale: 'zh-CN' }).error?.issues[0]?.message;
    expect(zh).toBe('缺陷描述不能为空：请填写中文描述（zh）或英文描述（en），至少一项');
  });

  it('DEF-FLOW: major is a boolean, reportedAt an instant with an offset, householdsAffected a whole number of 0 or more', () => {
    expect(paths({ ...good, major: 'true' })).toEqual(['major']);
    expect(paths({ ...good, reportedAt: '2026-03-02 10:00' })).toEqual(['reportedAt']);
    expect(paths({ ...good, householdsAffected: -1 })).toEqual(['householdsAffected']);
    expect(paths({ ...good, householdsAffected: 2.5 })).toEqual(['householdsAffected']);
    const { major: _m, ...noMajor } = good;
    expect(paths(noMajor)).toEqual(['major']);
    expect(paths({ ...good, grade: 'A' })).toEqual(['']);
  });

  it('DEF-WHAT: messages come in Chinese by default, English on request, and never quote the description', () => {
    const secret = '张三 13800138000';
    const r = parseDefect({ ...good, description: { zh: secret, en: 42 } });
    expect(r.error?.issues[0]?.path).toEqual(['description', 'en']);
    expect(JSON.stringify(r.error?.issues)).not.toContain('13800138000');
    expect(() => parseDefect(good, { locale: 'fr' as never })).toThrow(InvalidArgumentError);
  });

  it('DEF-WHAT: a parsed defect is what the recurrence matcher takes, as it is', () => {
    const r = parseDefect(good);
    if (!r.success) throw new Error('expected a valid record');
    expect(findDefectRecurrences(r.data, SOL_DEFECT_HANDBOOK).matches[0]?.caseId).toBe(
      'ac-louvres-too-dense',
    );
  });

  it('DEF-WHAT: the field table names every field of the schema, in order, with both labels', () => {
    const rows = Object.values(DEFECT_FIELD_TABLE);
    const top = [...new Set(rows.map((f) => (f.path ?? [f.id])[0]))];
    expect(top).toEqual(Object.keys(DefectSchema.shape));
    for (const f of rows) {
      expect(f.label['zh-CN'].length).toBeGreaterThan(0);
      expect(f.label.en.length).toBeGreaterThan(0);
    }
  });
});

describe('parseDefects', () => {
  it('DEF-WHAT: a batch keeps the good records and reports every problem of the bad ones by index and path', () => {
    const b = parseDefects([good, { ...good, id: 'D-2', discipline: 'roofing', description: {} }, good], {
      locale: 'en',
    });
    expect(b.valid).toHaveLength(2);
    expect(b.validIndexes).toEqual([0, 2]);
    expect(b.invalid.map((i) => [i.index, i.path.join('.')])).toEqual([
      [1, 'discipline'],
      [1, 'description'],
    ]);
  });

  it('DEF-WHAT: a batch that is not an array is a path-addressed error', () => {
    expect(() => parseDefects('nope' as never)).toThrow(InvalidArgumentError);
  });
});
