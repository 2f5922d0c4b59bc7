/**
 * Issue 14: `createWorkCalendar` checks its options with the hand-written shape of
 * `src/calendar/calendarOptionsShape.ts` (no zod in a page that makes its own calendar);
 * `parseHolidayYear` and the JSON Schema files keep the zod schema. The two must agree: on
 * good options, and on copies damaged at any place (a key dropped, a value replaced by a
 * wrong one, a key added), the same verdict and the same first issue, path and message.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALENDAR_OPTIONS_SHAPE } from '../../src/calendar/calendarOptionsShape.js';
import { holidays2012 } from '../../src/calendar/holidays/2012.js';
import { holidays2015 } from '../../src/calendar/holidays/2015.js';
import { createWorkCalendar } from '../../src/calendar/index.js';
import { WorkCalendarOptionsSchema } from '../../src/calendar/schemas.js';
import { createZodErrorMap } from '../../src/calendar/zodErrorMap.js';
import { findShapeIssue } from '../../src/core/shapeCheck.js';
import { refusalSummary } from '../_lib/refusal.js';
import { INVENTED_NOTICE_2027 } from './fixtures/inventedNotice2027.js';

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Good options: a year with one notice, a year with two (2015), a December day (2012), company days. */
const BASES: readonly object[] = [
  { years: [INVENTED_NOTICE_2027] },
  {
    builtIn: false,
    years: [holidays2012, holidays2015],
    days: [
      { date: '2026-03-03', isOffDay: true, name: '公司活动日', nameEn: 'Company day' },
      { date: '2026-03-07', isOffDay: false, name: '公司加班日' },
    ],
  },
].map(copy);

function zodVerdict(value: unknown) {
  const r = WorkCalendarOptionsSchema.safeParse(value, { error: createZodErrorMap('en') });
  if (r.success) return undefined;
  const first = r.error.issues[0];
  return { path: first?.path.map(String), message: first?.message };
}

function shapeVerdict(value: unknown) {
  const found = findShapeIssue(CALENDAR_OPTIONS_SHAPE, value);
  return found === undefined ? undefined : { path: found.path.map(String), message: found.message };
}

function pathsOf(value: unknown, at: readonly string[] = []): string[][] {
  const out = [[...at]];
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, k]));
  }
  return out;
}

/** Wrong and edge values, and values that break a year's rules where they land. */
const junk = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    true,
    false,
    0,
    1948,
    1949,
    2027,
    2027.5,
    10000,
    Number.NaN,
    '',
    ' ',
    'x',
    '待填',
    '（待填）国办发明电',
    '2026-12-31',
    '2026-12-19',
    '2027-01-01',
    '2027-01-04',
    '2027-01-05',
    '2027-02-29',
    '2027-13-01',
    '2015-09-03',
    '2011-12-31',
    '2015-05-13',
    '国办发明电〔2014〕28号',
    '国发明电〔2015〕1号',
    'https://www.gov.cn/zhengce/x.htm',
    'https://example.com/x.htm',
    'http://sh.gov.cn',
    '元旦',
    '公司年会',
    [],
    {},
    new Date(0),
    { date: '2027-01-01', isOffDay: true, name: '元旦' },
    { date: '2027-01-05', isOffDay: false, name: '元旦' },
  ),
  fc.integer({ min: -5, max: 3000 }),
  fc.string({ maxLength: 4 }),
);

type Edit = { readonly op: 'drop' | 'set' | 'add'; readonly pick: number; readonly value: unknown };

function damage(base: object, edits: readonly Edit[]): unknown {
  let root: unknown = copy(base);
  for (const e of edits) {
    const paths = pathsOf(root);
    const path = paths[e.pick % paths.length] as string[];
    if (path.length === 0) {
      if (e.op === 'set') root = e.value;
      continue;
    }
    const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], root);
    if (typeof parent !== 'object' || parent === null) continue;
    const key = path.at(-1) as string;
    const p = parent as Record<string, unknown>;
    if (e.op === 'drop') {
      if (Array.isArray(p)) p.splice(Number(key), 1);
      else delete p[key];
    } else if (e.op === 'set') p[key] = e.value;
    else if (typeof p[key] === 'object' && p[key] !== null)
      (p[key] as Record<string, unknown>).extra = e.value;
  }
  return root;
}

const edit = fc.record({
  op: fc.constantFrom<Edit['op']>('drop', 'set', 'set', 'set', 'add'),
  pick: fc.nat(),
  value: junk,
});

/** The code, path and message createWorkCalendar throws. */
/** The refusal of these options by createWorkCalendar, its path as strings, or undefined. */
function refusal(options: unknown) {
  return refusalSummary(() => createWorkCalendar(options as never), { pathAsStrings: true });
}

describe("createWorkCalendar's options check (issue 14)", () => {
  it('LAW-COVERAGE: good options pass both the hand-written shape and the zod schema', () => {
    for (const b of BASES) {
      expect(shapeVerdict(b)).toBeUndefined();
      expect(zodVerdict(b)).toBeUndefined();
    }
  });

  it('LAW-WORKDAY: damaged options get the same first issue, path and message from the shape as from the zod schema', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BASES),
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        (base, edits) => {
          const value = damage(base, edits);
          expect(shapeVerdict(value)).toEqual(zodVerdict(value));
        },
      ),
      { numRuns: 1500 },
    );
  }, 120_000);

  it("LAW-WORKDAY: each rule of a year's notice file, refused by createWorkCalendar at the path and with the message zod gives", () => {
    const y = () =>
      copy(INVENTED_NOTICE_2027) as unknown as {
        notices: Record<string, unknown>[];
        days: Record<string, unknown>[];
      };
    const variants: ((year: ReturnType<typeof y>) => void)[] = [
      (v) => {
        // a day listed twice
        v.days[1] = { ...v.days[0] };
      },
      (v) => {
        // a makeup Tuesday
        v.days[0] = { date: '2027-01-05', isOffDay: false, name: '元旦' };
      },
      (v) => {
        // a weekday off unnamed
        v.days[0] = { date: '2027-01-01', isOffDay: true, name: ' ' };
      },
      (v) => {
        // no nameEn
        v.days[0] = { date: '2027-01-01', isOffDay: true, name: '公司年会' };
      },
      (v) => {
        // an unknown notice
        v.days[0] = { ...v.days[0], notice: '国发明电〔2027〕1号' };
      },
      (v) => {
        // outside the year
        v.days[0] = { date: '2026-06-01', isOffDay: true, name: '元旦' };
      },
      (v) => {
        (v.notices[0] as Record<string, unknown>).title = '国务院办公厅关于部分节假日安排的通知';
      },
      (v) => {
        (v.notices[0] as Record<string, unknown>).issuedOn = '2027-01-01';
      },
      (v) => {
        (v.notices[0] as Record<string, unknown>).number = '（待填）';
      },
      (v) => {
        // a notice listed twice
        v.notices[1] = { ...v.notices[0] };
      },
      (v) => {
        (v.notices[0] as Record<string, unknown>).url = 'https://example.com/notice.htm';
      },
    ];
    for (const change of variants) {
      const year = y();
      change(year);
      const options = { years: [year] };
      const expected = zodVerdict(options);
      expect(expected).toBeDefined();
      expect(refusal(options)).toEqual({
        code: 'INVALID_CALENDAR',
        path: expected?.path,
        message: `${expected?.path?.join('.')}: ${expected?.message}`,
      });
    }
    expect(refusal({ years: [{ ...copy(INVENTED_NOTICE_2027), notices: [] }] })).toEqual({
      code: 'INVALID_CALENDAR',
      path: ['years', '0', 'notices'],
      message: 'years.0.notices: Too small: expected array to have >=1 items',
    });
  });
});
