/**
 * Hostile and broken input (issue 15): the CLI stays bounded and honest: one line and exit
 * status 2 for what cannot be read, a record-size limit with its own message, no stack
 * trace whatever happens, a closed standard output is a failure, a reader that stops early
 * ends the run.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { cli, cliBundle, FIXTURES, NOW, ROOT } from './_cli.js';

const dir = mkdtempSync(join(tmpdir(), 'realty-crm-hostile-'));
const record = (i: number) =>
  JSON.stringify({
    id: `C-${i}`,
    projectId: 'P-1',
    householdId: `H-${i}`,
    complainantId: `U-${i}`,
    issue: 'roof-leak',
    category: 'engineering-quality',
    receivedAt: '2026-11-02T09:30:00+08:00',
    channel: 'visit',
  });

describe('the record-size limit', () => {
  it('CMP-CATEGORY: a JSON line of 20 MB is one unreadable record with its own message; the lines around it are read', async () => {
    const file = join(dir, 'huge-line.jsonl');
    writeFileSync(file, `${record(1)}\n{"id":"${'x'.repeat(20 * 1024 * 1024)}"}\n${record(2)}\n`);
    const r = await cli(['validate', file, '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      '(record): the record is larger than the limit of 1,048,576 characters (see --max-record-size): not read\n  1 record: #1 (line 2)\n',
    );
    expect(r.out).toMatch(/\n2 valid, 1 invalid record\n$/);
    const larger = await cli(['validate', file, '--max-record-size', '32m']);
    expect(larger.code).toBe(1);
    expect(larger.out).toContain('id');
  });

  it('CMP-CATEGORY: a CSV or JSON array record over the limit stops the run in one line (its structure cannot be trusted past it)', async () => {
    const csv = join(dir, 'huge.csv');
    writeFileSync(csv, `id,projectId\nC-1,${'y'.repeat(3 * 1024 * 1024)}\nC-2,P-1\n`);
    const a = await cli(['validate', csv]);
    expect(a.code).toBe(2);
    expect(a.err).toMatch(
      /^realty-crm: .*huge\.csv: the record at line 2 is larger than the limit of 1,048,576 characters \(--max-record-size\): the file cannot be read as records\n$/,
    );
    const json = join(dir, 'huge.json');
    writeFileSync(json, `[${record(1)},{"summary":"${'z'.repeat(3 * 1024 * 1024)}"}]`);
    const b = await cli(['validate', json]);
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/record 1 \(from line 1\) is larger than the limit/);
  });

  it('CMP-CATEGORY: --max-record-size takes 1k to 256m; anything else is exit 2', async () => {
    for (const bad of ['0', '12', '1g', 'lots', '300m']) {
      const r = await cli(['validate', `${FIXTURES}times.jsonl`, '--max-record-size', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.err, bad).toMatch(
        /^realty-crm: --max-record-size: expected a size from 1k to 256m characters/,
      );
    }
  });
});

describe('what cannot be read', () => {
  it('CMP-CATEGORY: a column the record does not have is reported once per file, with the field it most likely means', async () => {
    const file = join(dir, 'typo.csv');
    writeFileSync(
      file,
      `id,projectId,householdId,complainantId,issue,category,recievedAt,channel\n${Array.from({ length: 50 }, (_, i) => `C-${i},P-1,H-${i},U-${i},roof-leak,engineering-quality,2026-11-02 09:30,visit`).join('\n')}\n`,
    );
    const r = await cli(['validate', file, '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.out).toBe(
      [
        'receivedAt: Invalid input: expected string, received undefined',
        '  50 records, such as #0 (line 2), #1 (line 3), #2 (line 4), …',
        'columns not read (no such field): recievedAt (did you mean receivedAt?)',
        '0 valid, 50 invalid records',
        '',
      ].join('\n'),
    );
  });

  it('CMP-CATEGORY: --encoding reads what detection would not; an unknown encoding is exit 2', async () => {
    const gbk = await cli([
      'validate',
      `${FIXTURES}crm-export-gbk.csv`,
      '--encoding',
      'gbk',
      '--locale',
      'en',
    ]);
    expect(gbk.code).toBe(1);
    expect(gbk.out).toMatch(/\n6 valid, 2 invalid records\n$/);
    const wrong = await cli(['validate', `${FIXTURES}crm-export-gbk.csv`, '--encoding', 'utf-8']);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/is not valid UTF-8 text near byte \d+: give its encoding with --encoding/);
    const unknown = await cli(['validate', `${FIXTURES}crm-export-gbk.csv`, '--encoding', 'klingon']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe("realty-crm: --encoding: unknown encoding 'klingon' (try utf-8 or gb18030)\n");
  });

  it('CMP-CATEGORY: an old .xls workbook, a JSON object for an array, and text after the array are one line each', async () => {
    const xls = join(dir, 'old.xls.csv');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    const object = join(dir, 'object.json');
    writeFileSync(object, record(1));
    const trailing = join(dir, 'trailing.json');
    writeFileSync(trailing, `[${record(1)}] [`);
    const cases: [string, RegExp][] = [
      [xls, /is an old Excel \.xls workbook: save it as \.xlsx/],
      [
        object,
        /a \.json file holds an array of records \(\[\.\.\.\]\); one record per line is JSON Lines \(\.jsonl\)/,
      ],
      [trailing, /text after the array/],
    ];
    for (const [file, message] of cases) {
      const r = await cli(['triage', file, '--now', NOW]);
      expect(r.code, file).toBe(2);
      expect(r.err.trim().split('\n'), file).toHaveLength(1);
      expect(r.err, file).toMatch(message);
    }
  });

  it('CMP-CATEGORY: an error no one planned for is one line without a stack trace, never the JavaScript error', async () => {
    let err = '';
    const code = await runCli(['validate', `${FIXTURES}times.jsonl`], {
      stdout: {
        write: () => {
          throw new TypeError("Cannot read properties of undefined (reading 'x')");
        },
      },
      stderr: {
        write: (s: string) => {
          err += s;
          return true;
        },
      },
    });
    expect(code).toBe(2);
    expect(err).toBe(
      'realty-crm: an internal error stopped the run (TypeError); please report it with the command you ran (REALTY_CRM_DEBUG=1 shows the details)\n',
    );
  });
});

describe('standard output', () => {
  it('CMP-CATEGORY: a closed standard output (>&-) is exit 2 with one line, not a lost output and exit 0', async () => {
    const main = await cliBundle();
    const r = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${main}" validate "${FIXTURES}times.jsonl" >&-`],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'realty-crm: standard output is closed (>&-), so the output would be lost: redirect it to a file, or to /dev/null to discard it on purpose\n',
    );
    // Sent to /dev/null on purpose, the run goes on (exit 1: the file has invalid records).
    const ok = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${main}" validate "${FIXTURES}times.jsonl" > /dev/null`],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(ok.status).toBe(1);
    expect(ok.stderr).toBe('');
  });

  it('CMP-SEV-DETECT: a reader that stops early (| head -1) ends the run quietly, exit 0', async () => {
    const main = await cliBundle();
    const file = join(dir, 'many.jsonl');
    writeFileSync(file, `${Array.from({ length: 20_000 }, (_, i) => record(i)).join('\n')}\n`);
    const r = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${main}" triage "${file}" --now ${NOW} --format csv | head -1; echo "status \${PIPESTATUS[0]}"`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.stdout).toBe(
      'id,category,level,majorGroup,role,unit,replyBy,replyOverdue,callbackBy,callbackOverdue,closeBy,closeOverdue,rules\nstatus 0\n',
    );
    expect(r.stderr).toBe('');
  });
});
