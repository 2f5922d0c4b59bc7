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
    expect(batch.invalidIndexes).toEqual([1, 2]);
    expect(batch.invalid[0]?.path).toEqual(['id']);
    expect(() => parseComplaints('nope' as never)).toThrow(/inputs/);
  });
});

describe('parseComplaints, counted whole', () => {
  it('CMP-CATEGORY: valid and invalid records add up to the input; a hole is an invalid record at its index', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const holes = [good, , good] as unknown[];
    const b = parseComplaints(holes, { locale: 'en' });
    expect(b.valid).toHaveLength(2);
    expect(b.invalidIndexes).toEqual([1]);
    expect(b.invalid).toEqual([{ index: 1, path: [], message: 'a hole in the array (a missing record)' }]);
    expect(b.valid.length + b.invalidIndexes.length).toBe(holes.length);
    const sparse = new Array(3);
    const all = parseComplaints(sparse);
    expect([all.valid.length, all.invalidIndexes]).toEqual([0, [0, 1, 2]]);
    expect(all.invalid[0]?.message).toBe('数组中的空位（缺少记录）');
  });

  it('CMP-CATEGORY: a record zod cannot read (a throwing getter, a revoked proxy) is invalid, not a crash', () => {
    const getter = Object.defineProperty({ ...good }, 'id', {
      enumerable: true,
      get() {
        throw new TypeError('boom');
      },
    });
    const { proxy, revoke } = Proxy.revocable({ ...good }, {});
    revoke();
    const b = parseComplaints([getter, proxy, good], { locale: 'en' });
    expect(b.invalidIndexes).toEqual([0, 1]);
    expect(b.validIndexes).toEqual([2]);
  });

  it('CMP-DL-REPLY: a time before the receipt is an issue at the later field, in both languages', () => {
    const early = { ...good, repliedAt: '2026-10-09T09:29:59+08:00', closedAt: '2026-10-01T10:00:00+08:00' };
    const en = parseComplaint(early, { locale: 'en' });
    expect(en.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['repliedAt', 'is before receivedAt: a complaint is handled after it is received'],
      ['closedAt', 'is before receivedAt: a complaint is handled after it is received'],
    ]);
    expect(parseComplaint(early).error?.issues[0]?.message).toBe(
      '早于受理时间receivedAt：投诉应在受理之后处理',
    );
    expect(parseComplaint({ ...good, repliedAt: good.receivedAt }).success).toBe(true);
  });

  it('CMP-CATEGORY: a locale that is not zh-CN or en is a clear error, not a plain TypeError', () => {
    for (const locale of ['fr', '__proto__', 'toString', 42]) {
      expect(() => parseComplaints([good], { locale } as never)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['options', 'locale'] }),
      );
      expect(() => parseComplaint(good, { locale } as never)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['options', 'locale'] }),
      );
    }
    expect(() => parseComplaints([good], 'en' as never)).toThrow(
      expect.objectContaining({ path: ['options'] }),
    );
  });

  it("CMP-ROUTE-PHASE: the record carries the owner's own delivery day and the no-callback grounds", () => {
    const r = parseComplaint({
      ...good,
      deliveredToOwnerOn: '2026-09-01',
      anonymous: true,
      replyLetterOnly: false,
    });
    expect(r.success).toBe(true);
    expect(parseComplaint({ ...good, deliveredToOwnerOn: '2026-02-30' }).success).toBe(false);
    expect(parseComplaint({ ...good, anonymous: 'yes' }).success).toBe(false);
  });
});
