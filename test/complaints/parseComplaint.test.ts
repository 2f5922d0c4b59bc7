import { describe, expect, it } from 'vitest';
import { parseComplaint, parseComplaints } from '../../src/index.js';

const good = {
  id: 'C-1',
  projectId: 'P-1',
  householdId: 'H-101',
  complainantId: 'U-1',
  issue: 'roof-leak',
  category: 'engineering-quality',
  receivedAt: '2026-10-09T09:30:00+08:00',
  channel: 'hotline-400',
};

describe('parseComplaint', () => {
  it('CMP-CATEGORY: a valid record parses; suggestions and enquiries are recorded on the same form', () => {
    expect(parseComplaint(good).success).toBe(true);
    expect(parseComplaint({ ...good, kind: 'suggestion' }).success).toBe(true);
    expect(parseComplaint({ ...good, kind: 'praise' }).success).toBe(false);
  });

  it('CMP-CHANNEL: each complaint records its channel, one of the known channels', () => {
    const r = parseComplaint({ ...good, channel: 'douyin' }, { locale: 'en' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['channel']);
    expect(parseComplaint({ ...good, channel: undefined }).success).toBe(false);
  });

  it('CMP-CATEGORY: issues are path-addressed, in zh-CN by default and in en on request', () => {
    const bad = {
      ...good,
      category: 'roof',
      receivedAt: '2026-10-09 09:30',
      compensationClaimed: -5,
      extra: 1,
    };
    const zh = parseComplaint(bad);
    const en = parseComplaint(bad, { locale: 'en' });
    expect(zh.success).toBe(false);
    const paths = en.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['', 'category', 'compensationClaimed', 'receivedAt']);
    const instantEn = en.error?.issues.find((i) => i.path[0] === 'receivedAt')?.message;
    const instantZh = zh.error?.issues.find((i) => i.path[0] === 'receivedAt')?.message;
    expect(instantEn).toContain('ISO 8601');
    expect(instantZh).toContain('时区偏移');
    expect(zh.error?.issues.find((i) => i.path[0] === 'category')?.message).toMatch(/无效|选项/);
  });

  it('CMP-CATEGORY: a batch reports every bad record with its index and keeps the good ones', () => {
    const batch = parseComplaints(
      [good, { ...good, id: '' }, 'not a record', { ...good, id: 'C-3', category: 'other' }],
      { locale: 'en' },
    );
    expect(batch.valid.map((c) => c.id)).toEqual(['C-1', 'C-3']);
    expect(batch.validIndexes).toEqual([0, 3]);
    expect(batch.invalid.map((i) => i.index)).toEqual([1, 2]);
    expect(batch.invalid[0]?.path).toEqual(['id']);
    expect(() => parseComplaints('nope' as never)).toThrow(/inputs/);
  });
});
