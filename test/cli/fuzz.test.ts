/**
 * Fuzzing the data door (issue 8): no input makes the CLI print a stack trace or a raw
 * JavaScript error, and nothing given to the library's import path throws anything but a
 * RealtyCrmError. 10^4 runs each in the suite; `npm run test:fuzz` runs 10^5 (FUZZ_RUNS).
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseComplaint } from '../../src/complaints/parseComplaint.js';
import { COMPLAINT_FIELD_TABLE } from '../../src/complaints/tables/fields.js';
import { triageComplaints } from '../../src/complaints/triageComplaints.js';
import { RealtyCrmError } from '../../src/core/errors.js';
import { createRecordIntake } from '../../src/records/createRecordIntake.js';
import { parseFieldMapping } from '../../src/records/fieldMapping.js';
import { readTime } from '../../src/records/readTime.js';
import { cli, NOW } from './_cli.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

/** Words exports are made of: headers, codes, Chinese labels, times, numbers, JSON and CSV punctuation. */
const WORDS = [
  ...Object.values(COMPLAINT_FIELD_TABLE).flatMap((r) => [r.id, r.label['zh-CN'], ...r.headers.slice(0, 2)]),
  '工程质量',
  '400热线',
  '微信',
  '是',
  '否',
  'TRUE',
  'Y',
  '25,000',
  '2.5万',
  '￥25000',
  '-1+1',
  '=SUM(1)',
  '2025-10-09 10:00',
  '2025/10/9 10:00:00',
  '2026-02-30T10:00:00+08:00',
  '2026-11-02T09:30:00+08:00',
  '45939.4',
  '{',
  '}',
  '[',
  ']',
  '"',
  '""',
  ',',
  '\t',
  '\r\n',
  '\n',
  ':',
  'null',
  'true',
  '1e400',
  '\uFEFF',
  '\u0000',
  '\\',
];
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...WORDS),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    ),
    {
      maxLength: 40,
    },
  )
  .map((parts) => parts.join(''));
const bytes = fc.oneof(
  text.map((t) => Buffer.from(t)),
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
  text.map((t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)])),
  text.map((t) => Buffer.from(t, 'utf16le')),
);

const STACK = /^\s+at .+[:(]\d+|^(?:Type|Range|Reference|Syntax)Error\b|^Error:|node:internal/m;

describe('the CLI on any input', () => {
  it('CMP-CATEGORY: any bytes on standard input: exit 0, 1 or 2, every error one realty-crm line, never a stack trace', async () => {
    const formats = fc.constantFrom(
      ['triage', '-', '--now', NOW],
      ['triage', '-', '--now', NOW, '--format', 'json'],
      ['triage', '-', '--now', NOW, '--format', 'csv', '--naive-times', 'reject'],
      ['validate', '-'],
      ['validate', '-', '--format', 'json', '--locale', 'en'],
      ['validate', '-', '--max-record-size', '1k'],
    );
    await fc.assert(
      fc.asyncProperty(bytes, formats, async (input, args) => {
        const r = await cli(args, input);
        expect([0, 1, 2]).toContain(r.code);
        expect(r.err).toMatch(/^(realty-crm[:：][^\n]*\n)*$/);
        expect(r.out).not.toMatch(STACK);
        expect(r.err).not.toMatch(STACK);
        if (r.code === 2) expect(r.err.split('\n').filter((l) => l !== '')).toHaveLength(1);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it('CMP-CATEGORY: any arguments: exit 0, 1 or 2 and no stack trace', async () => {
    const arg = fc.oneof(
      fc.constantFrom(
        'triage',
        'validate',
        'calendar',
        'schema',
        '--now',
        '--format',
        '--map',
        '--encoding',
        '--sheet',
        '--kind',
        '--locale',
        '--naive-times',
        '--max-record-size',
        '--summary-only',
        '-',
        'json',
        'csv',
        'gbk',
        'examples/complaints.sample.csv',
        'test/fixtures/imports/crm-export.xlsx',
        '2026-11-20',
      ),
      fc.string({ maxLength: 8 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(arg, { maxLength: 6 }), async (args) => {
        const r = await cli(args, '');
        expect([0, 1, 2]).toContain(r.code);
        expect(`${r.out}${r.err}`).not.toMatch(STACK);
      }),
      { numRuns: Math.min(RUNS, 2000) },
    );
  }, 600_000);
});

describe("the library's import path on any input", () => {
  const onlyLibraryErrors = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(RealtyCrmError);
    }
  };
  const value = fc.oneof(
    fc.anything({
      maxDepth: 2,
      maxKeys: 4,
      withBigInt: true,
      withDate: true,
      withNullPrototype: true,
      withSparseArray: true,
    }),
    fc.constantFrom(...WORDS),
    text,
    fc.date(),
    fc.double(),
  );

  it('CMP-CATEGORY: headers, rows and objects of anything: the import, its check and parse throw nothing but a RealtyCrmError', () => {
    const intakes = {
      reject: createRecordIntake(
        { fields: COMPLAINT_FIELD_TABLE, parse: parseComplaint },
        { locale: 'en', naiveTimes: 'reject' },
      ),
      'asia-shanghai': createRecordIntake(
        { fields: COMPLAINT_FIELD_TABLE, parse: parseComplaint },
        { locale: 'zh-CN', naiveTimes: 'asia-shanghai' },
      ),
    } as const;
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 8 }),
        fc.array(value, { maxLength: 9 }),
        fc.oneof(
          fc.dictionary(fc.oneof(fc.constantFrom(...WORDS), fc.string()), value, { maxKeys: 6 }),
          value,
        ),
        fc.constantFrom('reject', 'asia-shanghai'),
        (header, row, object, naive) => {
          const intake = intakes[naive];
          onlyLibraryErrors(() => intake.importer.readHeader(header));
          onlyLibraryErrors(() => {
            const r = intake.importer.readRow(row, 'cell');
            if (r !== undefined) intake.take(r);
          });
          onlyLibraryErrors(() => intake.take(intake.importer.readObject(object)));
          onlyLibraryErrors(() => parseComplaint(object, { naiveTimes: naive }));
          onlyLibraryErrors(() => readTime(row[0], true, naive));
          onlyLibraryErrors(() => parseFieldMapping(object, COMPLAINT_FIELD_TABLE));
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);

  it('CMP-SEV-DETECT: triageComplaints of anything throws nothing but a RealtyCrmError', () => {
    const good = {
      id: 'C-1',
      projectId: 'P-1',
      householdId: 'H-1',
      complainantId: 'U-1',
      issue: 'x',
      category: 'other',
      receivedAt: '2026-11-02T09:30:00+08:00',
      channel: 'visit',
    };
    const record = fc.oneof(
      fc.constant(good),
      fc
        .dictionary(fc.constantFrom(...Object.keys(COMPLAINT_FIELD_TABLE)), value)
        .map((d) => ({ ...good, ...d })),
      value,
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.array(record, { maxLength: 5 }), value),
        fc.oneof(
          fc.record({
            now: fc.oneof(fc.constant(NOW), value),
            fallback: fc.oneof(fc.constant('weekends-only'), value),
          }),
          value,
        ),
        (records, options) => {
          onlyLibraryErrors(() => triageComplaints(records as never, options as never));
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);
});
