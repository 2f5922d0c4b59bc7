/**
 * The calendar's own validation messages in Chinese (issue 8: mutation testing): a notice file
 * read with the default zh-CN locale names each broken rule in the words a customer-service
 * manager reads; the error map falls back to zh-CN and to zod's words; the day and instant
 * schemas accept what they name and nothing else.
 *
 * @rule LAW-WORKDAY
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  createZodErrorMap,
  DayOrInstantStringSchema,
  InstantStringSchema,
  parseHolidayYear,
} from '../../src/calendar/index.js';

const NOTICE_2026: unknown = JSON.parse(
  readFileSync(new URL('./fixtures/notice-2026.json', import.meta.url), 'utf8'),
);

type Editable = { year: number; notices: Record<string, unknown>[]; days: Record<string, unknown>[] };
const notice2026 = (): Editable => structuredClone(NOTICE_2026) as never;

/** The issues of a parse in the default locale (zh-CN), as `path: message`. */
function zhIssues(input: unknown): string[] {
  const r = parseHolidayYear(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('LAW-WORKDAY notice-file messages in Chinese', () => {
  it('LAW-WORKDAY: a notice listed twice, and a day naming a notice the year does not have', () => {
    const twice = notice2026();
    twice.notices.push({ ...(twice.notices[0] as Record<string, unknown>) });
    // Which of the two is named (today the first, where a day listed twice names the second) is
    // holidayYearRules' business; the words are this table's.
    expect(zhIssues(twice).map((s) => s.replace(/^notices\.\d\.number: /, ''))).toEqual([
      '文号国办发明电〔2025〕7号重复出现',
    ]);
    const en = parseHolidayYear(twice, { locale: 'en' });
    expect(en.error?.issues.map((i) => i.message)).toEqual([
      'the notice 国办发明电〔2025〕7号 is listed twice',
    ]);
    const unknown = notice2026();
    (unknown.days[0] as Record<string, unknown>).notice = '国办发明电〔2099〕1号';
    expect(zhIssues(unknown)).toEqual(['days.0.notice: 国办发明电〔2099〕1号不是本年度的通知之一']);
  });

  it("LAW-WORKDAY: the first notice's title must name the year; the notice must be issued before the first day it sets", () => {
    const copied = notice2026();
    copied.year = 2027;
    copied.days = [{ date: '2027-01-01', isOffDay: true, name: '元旦' }];
    expect(zhIssues(copied)).toEqual(['notices.0.title: 第一份通知的标题应含"2027年"：这是2027年的通知吗？']);
    const late = notice2026();
    (late.notices[0] as Record<string, unknown>).issuedOn = '2026-01-01';
    expect(zhIssues(late)).toEqual([
      'notices.0.issuedOn: 通知发布日期2026-01-01不早于其安排的第一天2026-01-01',
    ]);
  });

  it('LAW-WORKDAY: a day listed twice, a day outside the year (2025-12-19), a makeup Friday (2026-10-09)', () => {
    const twice = notice2026();
    twice.days.push({ date: '2026-10-01', isOffDay: true, name: '国庆节' });
    expect(zhIssues(twice)).toEqual([`days.${twice.days.length - 1}.date: 2026-10-01重复出现`]);
    const outside = notice2026();
    outside.days.push({ date: '2025-12-19', isOffDay: true, name: '元旦' });
    expect(zhIssues(outside)).toEqual([
      `days.${outside.days.length - 1}.date: 2025-12-19不在2026年内（通知只可另行安排上一年12月20日以后的日子）`,
    ]);
    const friday = notice2026();
    const i = friday.days.findIndex((d) => d.date === '2026-10-10');
    friday.days[i] = { date: '2026-10-09', isOffDay: false, name: '国庆节' };
    expect(zhIssues(friday)).toEqual([
      `days.${i}.date: 2026-10-09（周五）不是周六或周日：调休上班日（isOffDay: false）只能是周末`,
    ]);
  });

  it('LAW-WORKDAY: a Sunday off with no name asks for the holiday; a new holiday name asks for its English name', () => {
    const unnamed = notice2026();
    unnamed.days.push({ date: '2026-10-11', isOffDay: true, name: '' });
    expect(zhIssues(unnamed)).toEqual([
      `days.${unnamed.days.length - 1}.name: 2026-10-11（周日）：应填写所属节日名称（如元旦、春节）`,
    ]);
    const named = notice2026();
    named.days.push({ date: '2026-12-31', isOffDay: true, name: '跨年调休' });
    expect(zhIssues(named)).toEqual([
      `days.${named.days.length - 1}.nameEn: 内置通知未用过"跨年调休"：应同时填写英文名称nameEn`,
    ]);
  });
});

describe('LAW-WORKDAY the zod error map', () => {
  const refused = z.string().refine(() => false);
  const keyed = (key: string) => z.string().refine(() => false, { params: { key } });

  it('LAW-WORKDAY: an unknown locale falls back to zh-CN, for zod issues and for the library own messages', () => {
    const map = createZodErrorMap('fr' as never);
    const zh = createZodErrorMap('zh-CN');
    const typeIssue = (m: z.core.$ZodErrorMap) =>
      z.string().safeParse(5, { error: m }).error?.issues[0]?.message;
    expect(typeIssue(map)).toBe(typeIssue(zh));
    expect(typeIssue(map)).not.toBe(typeIssue(createZodErrorMap('en')));
    expect(keyed('day').safeParse('x', { error: map }).error?.issues[0]?.message).toBe(
      '应为YYYY-MM-DD格式的真实日期',
    );
  });

  it("LAW-WORKDAY: a custom check without the library's key, or with a key it does not know, gets zod's words", () => {
    const en = createZodErrorMap('en');
    const zodWords = refused.safeParse('x', { error: en }).error?.issues[0]?.message;
    expect(zodWords).toBe('Invalid input');
    expect(keyed('no-such-key').safeParse('x', { error: en }).error?.issues[0]?.message).toBe(zodWords);
    expect(keyed('time').safeParse('x', { error: en }).error?.issues[0]?.message).toBe(
      'expected a time HH:mm such as 17:30',
    );
  });
});

describe('LAW-WORKDAY the day and instant schemas', () => {
  it('LAW-WORKDAY: an instant needs an offset; a day is not an instant', () => {
    expect(InstantStringSchema.safeParse('2026-10-01T09:30:00+08:00').success).toBe(true);
    expect(InstantStringSchema.safeParse('2026-10-01T09:30:00').success).toBe(false);
    expect(InstantStringSchema.safeParse('2026-10-01').success).toBe(false);
    expect(
      InstantStringSchema.safeParse('x', { error: createZodErrorMap('en') }).error?.issues[0]?.message,
    ).toBe('expected an ISO 8601 instant with an offset (such as 2026-10-01T09:30:00+08:00)');
  });

  it('LAW-WORKDAY: a day or an instant: both are accepted; a day that does not exist and an instant without offset are not', () => {
    expect(DayOrInstantStringSchema.safeParse('2026-10-01').success).toBe(true);
    expect(DayOrInstantStringSchema.safeParse('2026-10-01T09:30:00Z').success).toBe(true);
    expect(DayOrInstantStringSchema.safeParse('2026-02-30').success).toBe(false);
    expect(DayOrInstantStringSchema.safeParse('2026-10-01T09:30:00').success).toBe(false);
    expect(DayOrInstantStringSchema.safeParse('2026-10-0X').success).toBe(false);
  });
});
