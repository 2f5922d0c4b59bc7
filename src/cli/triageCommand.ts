import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { toInstantMs } from '../calendar/days.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import { createGroupComplaintDetector, type GroupFinding } from '../complaints/detectGroupComplaints.js';
import { parseComplaint } from '../complaints/parseComplaint.js';
import type { Complaint } from '../complaints/schemas.js';
import { COMPLAINT_CATEGORIES, SEVERITY_LEVELS } from '../complaints/types.js';
import type { Locale } from '../core/reason.js';
import { PRESETS } from '../presets/index.js';
import { parsePolicy } from '../presets/parsePolicy.js';
import type { Policy } from '../presets/types.js';
import { createProgress, createWriter } from './output.js';
import {
  checkReadable,
  formatOf,
  type InputFormat,
  openInput,
  readRecords,
  UnreadableInputError,
} from './readRecords.js';
import type { CliIo } from './runCli.js';
import { sniffStdin } from './stdin.js';
import { triageComplaint } from './triageComplaint.js';
import { footer, header, type Invalid, row } from './triageOutput.js';

/** The options of `realty-crm triage`. */
export interface TriageOptions {
  readonly now: string;
  /** The working-day calendar (`--calendar` notice files on top of the built-in years); the built-in one when absent. */
  readonly calendar?: WorkCalendar;
  readonly policy: string;
  readonly format: 'table' | 'json' | 'csv';
  readonly locale: Locale;
}

/** Reads `--policy`: a preset id or a policy.json file. */
export function readPolicyOption(value: string): Policy {
  if (Object.hasOwn(PRESETS, value)) return PRESETS[value as keyof typeof PRESETS];
  if (!value.endsWith('.json')) {
    throw new UnreadableInputError(
      `--policy must be one of ${Object.keys(PRESETS).join(', ')} or a .json file, got '${value}'`,
    );
  }
  checkReadable(value);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(value, 'utf8'));
  } catch (error) {
    throw new UnreadableInputError(`${value} is not valid JSON: ${(error as Error).message}`);
  }
  return parsePolicy(data);
}

const groupKey = (projectId: string, issue: string) => `${projectId}\u0000${issue}`;

/**
 * `realty-crm triage FILE`: every valid complaint with its category, follow-up role and
 * handling unit, deadlines with overdue flags at `--now`, and its severity with the group
 * findings of the whole file folded in; then the group findings and a summary. Two passes
 * over the file (groups first, then the complaints), each streamed for JSON Lines and CSV;
 * stdin is spooled to a temporary file for the second pass.
 */
export async function runTriageCommand(
  path: string | undefined,
  options: TriageOptions,
  io: CliIo,
  stdin: Readable,
): Promise<number> {
  if (path === undefined)
    throw new UnreadableInputError('give the complaints file to triage (or - for stdin)');
  const policy = readPolicyOption(options.policy);
  try {
    toInstantMs(options.now, ['--now']);
  } catch (error) {
    throw new UnreadableInputError(`--now: ${(error as Error).message.replace(/^--now: /, '')}`);
  }
  checkReadable(path);

  let file = path;
  let format: InputFormat;
  let spool: string | undefined;
  if (path === '-') {
    const sniffed = await sniffStdin(stdin);
    format = formatOf('-', sniffed.firstChar);
    spool = mkdtempSync(join(tmpdir(), 'realty-crm-'));
    file = join(spool, `stdin.${format}`);
    await pipeline(sniffed.stream, createWriteStream(file));
  } else {
    format = formatOf(path);
  }
  try {
    return await triageFile(file, format, policy, options, io, stdin);
  } finally {
    if (spool !== undefined) rmSync(spool, { recursive: true, force: true });
  }
}

async function triageFile(
  file: string,
  format: InputFormat,
  policy: Policy,
  options: TriageOptions,
  io: CliIo,
  stdin: Readable,
): Promise<number> {
  const { now, locale } = options;
  const progress = createProgress(io, locale === 'en' ? 'reading' : '读取');
  // Pass 1: validate, and count the groups.
  const detector = createGroupComplaintDetector({ now, policy });
  const invalid: Invalid[] = [];
  let invalidRecords = 0;
  let count = 0;
  for await (const r of readRecords(openInput(file, stdin), format)) {
    progress.tick(++count);
    const where = r.line === undefined ? { index: r.index } : { index: r.index, line: r.line };
    if (r.readError !== undefined) {
      invalidRecords++;
      invalid.push({ ...where, path: '', message: r.readError });
      continue;
    }
    const parsed = parseComplaint(r.value, { locale });
    if (!parsed.success) {
      invalidRecords++;
      for (const issue of parsed.error.issues)
        invalid.push({ ...where, path: issue.path.map(String).join('.'), message: issue.message });
      continue;
    }
    detector.add(parsed.data, r.index);
  }
  const groups = detector.findings();
  const byKey = new Map<string, GroupFinding>();
  for (const g of groups) byKey.set(groupKey(g.projectId, g.issue), g);

  // Pass 2: triage each valid complaint, streamed out.
  const write = createWriter(io.stdout);
  const summary = {
    valid: 0,
    invalid: invalidRecords,
    byCategory: Object.fromEntries(COMPLAINT_CATEGORIES.map((c) => [c, 0])) as Record<string, number>,
    byLevel: Object.fromEntries(SEVERITY_LEVELS.map((l) => [l, 0])) as Record<string, number>,
    majorGroups: groups.filter((g) => g.majorGroup).length,
    overdue: { reply: 0, callback: 0, close: 0 },
    fallbackUsed: 0,
  };
  await header(write, options, policy.id);
  let first = true;
  count = 0;
  for await (const r of readRecords(openInput(file, stdin), format)) {
    progress.tick(++count);
    if (r.readError !== undefined) continue;
    const parsed = parseComplaint(r.value, { locale });
    if (!parsed.success) continue;
    const c: Complaint = parsed.data;
    const t = triageComplaint(c, byKey.get(groupKey(c.projectId, c.issue)), now, policy, options.calendar);
    summary.valid++;
    (summary.byCategory[t.category] as number)++;
    summary.byLevel[t.level] = (summary.byLevel[t.level] as number) + 1;
    if (t.overdue.reply) summary.overdue.reply++;
    if (t.overdue.callback === true) summary.overdue.callback++;
    if (t.overdue.close === true) summary.overdue.close++;
    if (t.replyBy.fallbackUsed || t.callbackBy?.fallbackUsed === true || t.closeBy?.fallbackUsed === true)
      summary.fallbackUsed++;
    await row(write, t, options, first);
    first = false;
  }
  progress.done();
  await footer(write, groups, invalid, summary, options, io);
  return 0;
}
