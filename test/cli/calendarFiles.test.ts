/**
 * The CLI's `--calendar notice.json` (issue 16): a notice file on triage, validate and
 * calendar, the output naming it; `calendar --coverage`; the one warning line when `--now` is
 * within 45 days of the last covered day.
 *
 * @rule LAW-COVERAGE
 */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import {
  INVENTED_NOTICE_2027_NUMBER,
  INVENTED_NOTICE_2027_PATH,
} from '../calendar/fixtures/inventedNotice2027.js';

const NOTICE_2026 = fileURLToPath(new URL('../calendar/fixtures/notice-2026.json', import.meta.url));
const TEMPLATE = fileURLToPath(new URL('../../docs/holiday-notice-2027.template.json', import.meta.url));
const F2027 = INVENTED_NOTICE_2027_PATH;

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(
    args,
    {
      stdout: {
        write: (s: string) => {
          out += s;
          return true;
        },
      },
      stderr: {
        write: (s: string) => {
          err += s;
          return true;
        },
      },
      stdin: Readable.from([]),
    },
    () => new Date('2026-06-01T10:00:00+08:00'),
  );
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'realty-crm-calendar-'));
const complaintFile = join(dir, 'c.json');
writeFileSync(
  complaintFile,
  JSON.stringify([
    {
      id: 'C-1228',
      projectId: 'P-1',
      householdId: 'H-1',
      complainantId: 'U-1',
      issue: 'roof-leak',
      category: 'engineering-quality',
      receivedAt: '2026-12-28T10:00:00+08:00',
      channel: 'hotline-400',
    },
  ]),
);

describe('realty-crm calendar with --calendar', () => {
  it('LAW-COVERAGE: 2026-12-28 + 5 working days with a supplied 2027 notice: the deadline it implies, the notice named', async () => {
    const r = await cli([
      'calendar',
      '2026-12-28',
      '--add-working-days',
      '5',
      '--explain',
      '--calendar',
      F2027,
    ]);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(
      `日历：内置2008-2026年；2027年取自invented-notice-2027.json（${INVENTED_NOTICE_2027_NUMBER}，2026-11-20发布）；覆盖2007-12-29至2027-12-31`,
    );
    expect(lines[1]).toBe('2026-12-28 -> 2027-01-05  (届满 2027-01-05T16:00:00.000Z)');
    expect(r.out).toContain(
      `[LAW-WORKDAY] 元旦放假（2027-01-01至2027-01-03，${INVENTED_NOTICE_2027_NUMBER}），不计工作日`,
    );
  });

  it('LAW-COVERAGE: without the notice the coverage error names 2027 and both ways out; with --fallback the result says it is an estimate', async () => {
    const bare = await cli(['calendar', '2026-12-28', '--add-working-days', '5']);
    expect(bare.code).toBe(2);
    expect(bare.out).toBe('');
    expect(bare.err).toBe(
      'realty-crm: the working-day calendar does not cover 2027 (needed 2027-01-01): no State Council notice for it is built in or given. Give its notice with --calendar notice.json, or pass --fallback to count weekends only (an estimate).\n',
    );
    const est = await cli([
      'calendar',
      '2026-12-28',
      '--add-working-days',
      '5',
      '--fallback',
      '--explain',
      '--locale',
      'en',
    ]);
    expect(est.code).toBe(0);
    expect(est.out).toContain('2026-12-28 -> 2027-01-04');
    expect(est.out).toContain(
      '[LAW-COVERAGE] The calendar does not cover 2027-01-01 to 2027-01-04 (no holiday notice): counted weekends only, so the result is an estimate',
    );
  });

  it('LAW-WORKDAY: the 2026 notice as a file replaces the built-in year and gives the same days (National Day 10-01..10-07, 10-10 worked)', async () => {
    const r = await cli([
      'calendar',
      '2026-10-01',
      '2026-10-10',
      '--calendar',
      NOTICE_2026,
      '--locale',
      'en',
    ]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual([
      'calendar: built-in 2008-2025; 2026 from notice-2026.json (国办发明电〔2025〕7号, issued 2025-11-04, replacing the built-in year); covers 2007-12-29 to 2026-12-31',
      '2026-10-01  holiday (National Day, 国办发明电〔2025〕7号)',
      '2026-10-10  makeup working day (National Day, 国办发明电〔2025〕7号)',
      '',
    ]);
  });

  it('LAW-COVERAGE: a bad notice file stops the command with its problems at their paths (exit 2)', async () => {
    const r = await cli(['calendar', '2026-12-28', '--calendar', TEMPLATE, '--locale', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^realty-crm: --calendar holiday-notice-2027\.template\.json: not a valid holiday notice: notices\.0\.issuedOn: expected a real day written YYYY-MM-DD; days\.0\.date: /,
    );
    expect(r.err).toMatch(/; and \d+ more\n$/);
    const missing = await cli(['calendar', '2026-12-28', '--calendar', join(dir, 'nope.json')]);
    expect(missing).toMatchObject({
      code: 2,
      err: `realty-crm: --calendar: no such file: ${join(dir, 'nope.json')}\n`,
    });
    const notJson = join(dir, 'bad.json');
    writeFileSync(notJson, '{ "year": 2027,');
    expect((await cli(['calendar', '2026-12-28', '--calendar', notJson])).err).toMatch(
      /^realty-crm: --calendar bad\.json: not valid JSON/,
    );
    const twice = await cli(['calendar', '2026-12-28', '--calendar', F2027, '--calendar', F2027]);
    expect(twice.err).toBe(
      "realty-crm: --calendar: invented-notice-2027.json and invented-notice-2027.json are both 2027's notice\n",
    );
  });

  it('LAW-COVERAGE: calendar --coverage prints the first and last covered day, and with --now the days remaining and one warning line', async () => {
    const r = await cli(['calendar', '--coverage', '--now', '2026-11-30']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 2)).toEqual([
      '覆盖：2007-12-29 至 2026-12-31（通知年份 2008-2026）',
      '剩余：31天（今天 2026-11-30）',
    ]);
    expect(r.err.split('\n').filter((l) => l !== '')).toEqual([
      'realty-crm: 警告: 日历覆盖至2026-12-31，距今天2026-11-30仅剩31天（45天以内）：国务院办公厅发布2027年节假日安排通知后，请及时加入（parseHolidayYear 或命令行 --calendar）',
    ]);
    const far = await cli(['calendar', '--coverage', '--now', '2026-11-15', '--locale', 'en']);
    expect(far.out).toContain('remaining: 46 days after 2026-11-15');
    expect(far.err).toBe('');
    const json = JSON.parse(
      (await cli(['calendar', '--coverage', '--calendar', F2027, '--format', 'json'])).out,
    );
    expect(json).toMatchObject({ firstDay: '2007-12-29', lastDay: '2027-12-31', daysRemaining: null });
  });
});

describe('realty-crm triage and validate with --calendar', () => {
  it('LAW-COVERAGE: triage counts a 2027 deadline on the supplied notice and names it; without it the deadline is marked an estimate', async () => {
    const withNotice = await cli([
      'triage',
      complaintFile,
      '--policy',
      'aoyuan2014',
      '--now',
      '2026-12-29T10:00:00+08:00',
      '--format',
      'json',
      '--calendar',
      F2027,
    ]);
    expect(withNotice.code).toBe(0);
    const j = JSON.parse(withNotice.out);
    expect(j.complaints[0].replyBy).toMatchObject({ lastDay: '2027-01-05', fallbackUsed: false });
    expect(JSON.stringify(j.complaints[0].replyBy.reasons)).toContain(INVENTED_NOTICE_2027_NUMBER);
    expect(withNotice.err).toContain(`2027年取自invented-notice-2027.json（${INVENTED_NOTICE_2027_NUMBER}`);
    expect(withNotice.err).not.toContain('警告');

    const without = await cli([
      'triage',
      complaintFile,
      '--policy',
      'aoyuan2014',
      '--now',
      '2026-12-29T10:00:00+08:00',
      '--format',
      'json',
    ]);
    const k = JSON.parse(without.out);
    expect(k.complaints[0].replyBy).toMatchObject({ lastDay: '2027-01-04', fallbackUsed: true });
    expect(k.summary.fallbackUsed).toBe(1);
    // One warning line: 2026-12-29 is 2 days before the last covered day.
    expect(without.err.split('\n').filter((l) => l.includes('警告'))).toHaveLength(1);
  });

  it('LAW-COVERAGE: validate takes --calendar too, checks the notice files and names them', async () => {
    const ok = await cli(['validate', complaintFile, '--calendar', F2027, '--locale', 'en']);
    expect(ok.code).toBe(0);
    expect(ok.err).toContain('calendar: built-in 2008-2026; 2027 from invented-notice-2027.json');
    const bad = await cli(['validate', complaintFile, '--calendar', TEMPLATE]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(
      /^realty-crm: --calendar holiday-notice-2027\.template\.json: 不是有效的节假日安排通知/,
    );
  });
});
