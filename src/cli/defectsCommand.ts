import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { InvalidArgumentError } from '../core/errors.js';
import type { Locale } from '../core/reason.js';
import { createDefectHandbookIndex } from '../defects/recurrence/createDefectHandbookIndex.js';
import type { DefectHandbookCase, RecurrenceMatch } from '../defects/recurrence/recurrenceTypes.js';
import { readScoringSettings } from '../defects/recurrence/scoreRecurrence.js';
import { SOL_DEFECT_HANDBOOK } from '../defects/solDefectHandbook.js';
import { DEFECT_FIELD_TABLE } from '../defects/tables/fields.js';
import { RECURRENCE_FIELD_LABELS } from '../defects/tables/labels.js';
import { createTableRowReader } from './createTableRowReader.js';
import { csvCell } from './csv.js';
import { describeJsonError } from './describeJsonError.js';
import { maskQuotedValues } from './maskQuotedValues.js';
import { createWriter } from './output.js';
import { checkReadable, openPlainRecords, UnreadableInputError } from './readRecords.js';
import type { CliIo } from './runCli.js';
import { readPolicyOption } from './triageCommand.js';

/** The options of `realty-crm defects recur`. */
export interface DefectsRecurOptions {
  /** A handbook file (a JSON array of cases), or `sol` for SOL's four old problems. */
  readonly handbook: string | undefined;
  readonly policy: string;
  readonly threshold: string | undefined;
  readonly limit: string | undefined;
  readonly format: 'text' | 'json' | 'csv';
  readonly locale: Locale;
}

function readHandbook(value: string | undefined): { cases: readonly DefectHandbookCase[]; name: string } {
  if (value === undefined)
    throw new UnreadableInputError('give the handbook: --handbook handbook.json (or sol)');
  if (value.toLowerCase() === 'sol') return { cases: SOL_DEFECT_HANDBOOK, name: 'SOL_DEFECT_HANDBOOK' };
  checkReadable(value);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(value, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UnreadableInputError(`${value} is not valid JSON${describeJsonError(error)}`);
  }
  if (!Array.isArray(data))
    throw new UnreadableInputError(`${value} must hold a JSON array of handbook cases`);
  return { cases: data as DefectHandbookCase[], name: value };
}

function readNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n))
    throw new UnreadableInputError(`${flag} expects a number, got '${value}'`);
  return n;
}

interface Result {
  readonly index: number;
  readonly line?: number;
  readonly id: string | null;
  readonly matches: readonly RecurrenceMatch[];
}

const shared = (m: RecurrenceMatch): string[] => {
  const g = m.reasons[0]?.facts.sharedGrams;
  return Array.isArray(g) ? g.map(String) : [];
};

/**
 * `realty-crm defects recur FILE --handbook handbook.json`: each new defect of a JSON, JSON
 * Lines or CSV file (a description, and the id, discipline, component and location it has)
 * against a defect handbook, indexed once (`DEF-RECUR`): the cases it repeats with their
 * scores, the fields that agreed and the shared n-grams. Exit status 1 when a record could
 * not be read or has no usable description, 2 when the file or the handbook cannot be read.
 */
export async function runDefectsRecurCommand(
  path: string | undefined,
  options: DefectsRecurOptions,
  io: CliIo,
  stdin: Readable,
): Promise<number> {
  if (path === undefined) throw new UnreadableInputError('give the file of new defects (or - for stdin)');
  const policy = readPolicyOption(options.policy);
  const threshold = readNumber('--threshold', options.threshold);
  const limit = readNumber('--limit', options.limit);
  const handbook = readHandbook(options.handbook);
  const index = createDefectHandbookIndex(handbook.cases);
  const settings = {
    policy,
    ...(threshold === undefined ? {} : { threshold }),
    ...(limit === undefined ? {} : { limit }),
  };
  readScoringSettings(settings); // the options are checked once, before the file is read
  const usedThreshold = threshold ?? policy.defects.recurrence.threshold;
  const { format, records } = await openPlainRecords(path, stdin, { locale: options.locale });
  const en = options.locale === 'en';
  const readRow = createTableRowReader(DEFECT_FIELD_TABLE, options.locale);
  const write = createWriter(io.stdout);
  const results: Result[] = [];
  const invalid: { index: number; line?: number; path: string; message: string }[] = [];
  let recurrences = 0;
  for await (const r of records) {
    const where = r.line === undefined ? { index: r.index } : { index: r.index, line: r.line };
    if (r.readError !== undefined) {
      invalid.push({ ...where, path: '', message: r.readError });
      continue;
    }
    let record = r.value;
    if (format === 'csv') {
      const converted = readRow(r.value as Record<string, unknown>);
      if (converted.problems.length > 0) {
        // One entry per record, as for a record the recurrence check refuses: its first problem.
        const p = converted.problems[0] as { readonly path: string; readonly message: string };
        invalid.push({ ...where, path: p.path, message: maskQuotedValues(p.message) });
        continue;
      }
      record = converted.value;
    }
    try {
      const found = index.findRecurrences(record as DefectHandbookCase, settings);
      const id = typeof (record as { id?: unknown }).id === 'string' ? (record as { id: string }).id : null;
      if (found.matches.length > 0) recurrences++;
      results.push({ ...where, id, matches: found.matches });
    } catch (error) {
      if (!(error instanceof InvalidArgumentError)) throw error;
      const p = error.path[0] === 'defect' ? error.path.slice(1) : error.path;
      invalid.push({
        ...where,
        path: p.join('.'),
        message: maskQuotedValues(error.message.replace(/^[^:]*: /, '')),
      });
    }
  }
  const summary = {
    records: results.length + invalid.length,
    valid: results.length,
    invalid: invalid.length,
    recurrences,
  };
  if (options.format === 'json') {
    const json = {
      handbook: { source: handbook.name, cases: index.size },
      policy: policy.id,
      threshold: usedThreshold,
      results: results.map((x) => ({
        index: x.index,
        ...(x.line === undefined ? {} : { line: x.line }),
        id: x.id,
        matches: x.matches.map((m) => ({
          caseId: m.caseId,
          score: m.score,
          matchedOn: m.matchedOn,
          sharedGrams: shared(m),
          reason: m.reasons[0]?.message[options.locale] ?? '',
        })),
      })),
      invalid,
      summary,
    };
    await write(`${JSON.stringify(json, null, 2)}\n`);
  } else if (options.format === 'csv') {
    await write('index,id,caseId,score,matchedOn,sharedGrams\n');
    for (const x of results) {
      const rows = x.matches.length === 0 ? [undefined] : x.matches;
      for (const m of rows) {
        const cells = [
          x.index,
          x.id,
          m?.caseId,
          m?.score,
          m?.matchedOn.join('|'),
          m === undefined ? '' : shared(m).join('|'),
        ];
        await write(`${cells.map(csvCell).join(',')}\n`);
      }
    }
  } else {
    await write(
      en
        ? `handbook: ${index.size} cases (${handbook.name}); threshold ${usedThreshold} (${policy.id})\n`
        : `手册：${index.size}个案例（${handbook.name}）；阈值${usedThreshold}（${policy.id}）\n`,
    );
    for (const x of results) {
      const who = `${en ? 'record' : '记录'} ${x.index}${x.id === null ? '' : en ? ` (${x.id})` : `（${x.id}）`}`;
      if (x.matches.length === 0) {
        await write(en ? `${who}: no old problem found\n` : `${who}：未发现老问题\n`);
        continue;
      }
      await write(
        en
          ? `${who}: repeats ${x.matches.length} handbook case(s)\n`
          : `${who}：重复发生的老问题，${x.matches.length}个手册案例\n`,
      );
      for (const m of x.matches) {
        const on = m.matchedOn.map((f) => RECURRENCE_FIELD_LABELS[f][options.locale]).join(en ? ', ' : '、');
        const grams = shared(m).join(en ? ', ' : '、');
        await write(
          en
            ? `  ${m.caseId}  score ${m.score}  on ${on}  shared: ${grams}\n`
            : `  ${m.caseId}  得分${m.score}  依据：${on}  共有片段：${grams}\n`,
        );
      }
    }
  }
  if (options.format !== 'json') {
    const out = options.format === 'csv' ? io.stderr : io.stdout;
    for (const p of invalid) {
      out.write(
        `${en ? 'record' : '记录'} ${p.index}${p.line === undefined ? '' : ` (${en ? 'line' : '行'} ${p.line})`}: ${p.path === '' ? '(record)' : p.path}: ${p.message}\n`,
      );
    }
    if (options.format === 'text') {
      await write(
        en
          ? `${summary.valid} valid, ${summary.invalid} invalid; ${recurrences} repeat an old problem of the handbook\n`
          : `有效记录 ${summary.valid} 条，无效记录 ${summary.invalid} 条；其中 ${recurrences} 条是手册中的老问题\n`,
      );
    }
  }
  return invalid.length > 0 ? 1 : 0;
}
