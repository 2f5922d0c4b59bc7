/**
 * Writes the JSON Schema files of the record kinds (`schemas/*.schema.json`) from their zod
 * schemas, so that teams outside TypeScript (a Java or Python back end, the data platform)
 * validate the same records the same way.
 *
 *   npm run schemas              writes schemas/
 *   npm run schemas -- --check   exits 1, naming the file, when a committed file is stale
 *
 * zod's `toJSONSchema` cannot see our custom refinements (a real `YYYY-MM-DD` day, an ISO
 * instant with an offset), so they would come out as a bare `{ "type": "string" }`. Each
 * string property is probed through zod itself and, where it is an instant or a day-or-
 * instant, given a `pattern` and a `format`; a string property that zod restricts in a way
 * the JSON Schema does not say stops the generator rather than being silently widened.
 */

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as z from 'zod';
import { HolidayYearSchema } from '../src/calendar/schemas.js';
import { ComplaintSchema } from '../src/complaints/schemas.js';
import type { RuleId } from '../src/core/rules.js';
import { CustomerSchema } from '../src/customers/schemas.js';
import { DefectSchema } from '../src/defects/schemas.js';
import {
  DeliveryRiskCheckSchema,
  HouseholdDeliverySchema,
  OpeningRiskCheckSchema,
} from '../src/delivery/schemas.js';
import { RepairOrderSchema } from '../src/warranty/schemas.js';

/** Where the schemas are published (their `$id` base). */
export const SCHEMA_BASE_URL = 'https://realty-crm-rules.dev/schemas/';

/**
 * An instant as the JSON Schema states it: RFC 3339 `date-time` (the profile of ISO 8601
 * every JSON Schema validator knows), with seconds and an offset, `Z` or `±hh:mm`.
 * ECMA-262 syntax without flags or `\d` (which matches non-ASCII digits in Python), so that
 * Java, Python and JavaScript validators read it alike.
 */
export const INSTANT_PATTERN =
  '^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$';
/** A calendar day `YYYY-MM-DD` (the `format: date` checks that the day exists: no 02-30). */
export const DAY_PATTERN = '^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$';
const DAY_OR_INSTANT_PATTERN = `^(?:${DAY_PATTERN.slice(1, -1)}|${INSTANT_PATTERN.slice(1, -1)})$`;

const INSTANT_NOTE =
  'Written as RFC 3339 date-time, with seconds and an offset (Z or ±hh:mm), e.g. 2026-10-09T09:30:00+08:00 or 2026-10-09T01:30:00Z.';
const DAY_NOTE = 'Written as a day YYYY-MM-DD (an Asia/Shanghai calendar day).';
const DAY_OR_INSTANT_NOTE =
  'Written as a day YYYY-MM-DD (an Asia/Shanghai calendar day) or an RFC 3339 date-time with seconds and an offset.';

/** One record kind and how its JSON Schema is described. */
interface RecordKindSchema {
  /** The file stem: `complaint` gives `complaint.schema.json` and `complaint-batch.schema.json`. */
  readonly name: string;
  readonly schema: z.ZodObject;
  readonly title: string;
  readonly description: string;
  /** The rules whose fields the record carries, named in the description. */
  readonly rules: readonly RuleId[];
  /**
   * String fields whose zod check the JSON Schema can only approach (a check character, a
   * phone's blocks): the pattern it states, and a note saying what only the library checks.
   */
  readonly checkedStrings?: Readonly<Record<string, { readonly pattern: string; readonly note: string }>>;
  /** States what zod's generator cannot see (a refinement across fields), on the generated schema. */
  readonly patch?: (schema: JsonObject) => void;
}

/** The record kinds, one schema file each (and one batch file each). */
const RECORD_KINDS: readonly RecordKindSchema[] = [
  {
    name: 'complaint',
    schema: ComplaintSchema,
    title: 'Complaint record (投诉登记)',
    description:
      'A complaint record of realty-crm-rules: who complained, about what, when and by which channel, with the optional facts that routing, deadlines, severity and closure use. Suggestions (建议) and enquiries (咨询) use the same form (kind). Unknown keys are rejected; instants carry an offset.',
    rules: [
      'CMP-CATEGORY',
      'CMP-CHANNEL',
      'CMP-ROUTE-PHASE',
      'CMP-SEV-CRISIS',
      'CMP-SEV-MAJOR-COMP',
      'CMP-SEV-MAJOR-LEGAL',
      'CMP-SEV-MAJOR-CLAIM',
      'CMP-SEV-HOT-RISK',
      'CMP-SEV-HOT-COLLECTIVE',
      'CMP-SEV-HOT-STALE',
      'CMP-SEV-DETECT',
      'CMP-DL-REPLY',
      'CMP-DL-CALLBACK',
      'CMP-CLOSE',
      'CUS-PHONE',
      'CUS-PRIVACY',
    ],
    checkedStrings: {
      contactPhone: {
        pattern:
          '^(?:1[3-9][0-9]{9}|0(?:10|2[0-9])-[2-9][0-9]{7}(?:-[0-9]{1,6})?|0[3-9][0-9]{2}-[2-9][0-9]{6,7}(?:-[0-9]{1,6})?)$',
        note: 'A mobile number as 11 digits, or a landline as area code, hyphen, local number (and hyphen, extension). Personal information: masked in every output of the package',
      },
    },
  },
  {
    name: 'household-delivery',
    schema: HouseholdDeliverySchema,
    title: 'Household delivery record (户交付记录)',
    description:
      "A household's delivery record of realty-crm-rules: eligibility, the first handover inspection, whether the keys were taken there (收楼) or refused and why, and the repair items by discipline; the input of the delivery summary's figures. Days are YYYY-MM-DD Asia/Shanghai days. Cross-field rules (keys not before the inspection, items only for an inspected household) are checked by parseHouseholdDelivery.",
    rules: ['DLV-SUMMARY', 'DLV-MODE'],
  },
  {
    name: 'delivery-risk-check',
    schema: DeliveryRiskCheckSchema,
    title: 'Delivery risk check (交付风险检查)',
    description:
      'A delivery risk check of realty-crm-rules: the team, the self-check, the report to HQ, the HQ check and the checklist items in the four classes, each failed item with its dispositions. Item ids are unique (checked by parseDeliveryRiskCheck).',
    rules: ['DLV-RISK-SCOPE', 'DLV-RISK-TEAM', 'DLV-RISK-REPORT', 'DLV-RISK-HQ'],
  },
  {
    name: 'opening-risk-check',
    schema: OpeningRiskCheckSchema,
    title: 'Sales-opening risk check (开盘风险检查)',
    description:
      "A sales-opening risk check of realty-crm-rules: whether it is a new company's new project's first opening, the five aspects checked, the preparation meeting, the findings with the days they were found and closed, and the reports sent.",
    rules: ['DLV-OPENING'],
  },
  {
    name: 'repair-order',
    schema: RepairOrderSchema,
    title: 'Repair order (维修任务记录表)',
    description:
      'A repair order of realty-crm-rules: the home, when and what was reported, its warranty component, the facts of the on-site survey, of the warranty clocks and of the contractor (structural safety, the agreed visit time, a failure and its replacement), the charges of a paid repair, the steps of the repair flow and of compensation. Only id, projectId, householdId and receivedAt are required. Unknown keys are rejected; instants carry an offset; days are YYYY-MM-DD. Steps out of order (completedAt before receivedAt) are refused by the zod schema, which JSON Schema cannot state.',
    rules: [
      'WAR-FLOW',
      'WAR-ONSITE',
      'WAR-APPOINT',
      'WAR-CONTRACTOR',
      'WAR-COMP',
      'WAR-PHASE',
      'LAW-WARRANTY-MIN',
      'LAW-WARRANTY-BUYER',
      'LAW-WARRANTY-SEASON',
      'LAW-WARRANTY-REPLACE',
    ],
  },
  {
    name: 'customer',
    schema: CustomerSchema,
    title: 'Customer record (客户档案)',
    description:
      "A customer record of realty-crm-rules: every item AOY 4.1.2 lists for a customer file, the project that holds it, and the days its review and retention count from. Personal information: store and show it as PIPL and the customers guide say (masked in every output of the package). Unknown keys are rejected. Checked by the library and not by this schema: the identity number's check character, birth date and region, the landline's local-number rules, ranges in order (lower end not above upper end), otherIdType and otherIdNumber given together, no day before createdOn.",
    rules: ['CUS-FIELDS', 'CUS-ID', 'CUS-PHONE', 'CUS-PRIVACY', 'CUS-REVIEW', 'CUS-RETENTION', 'CUS-PIPL'],
    checkedStrings: {
      idNumber: {
        pattern: '^(?:[0-9]{17}[0-9X]|[0-9]{15})$',
        note: 'This pattern states the shape only: the check character (ISO 7064 MOD 11-2), the birth date and the province are checked by parseCustomer',
      },
      phone: {
        pattern:
          '^(?:1[3-9][0-9]{9}|0(?:10|2[0-9])-[2-9][0-9]{7}(?:-[0-9]{1,6})?|0[3-9][0-9]{2}-[2-9][0-9]{6,7}(?:-[0-9]{1,6})?)$',
        note: 'A mobile number as 11 digits, or a landline as area code, hyphen, local number (and hyphen, extension)',
      },
    },
  },
  {
    name: 'defect',
    schema: DefectSchema,
    title: 'Defect record (缺陷反馈联系单)',
    description:
      'A defect record of realty-crm-rules: the project and phase, where it was found (source), its discipline, location and component keys, its description in Chinese and/or English (at least one, neither blank), whether it is major (reported to HQ at once) and when it was reported, with the households it affects when known. Unknown keys are rejected; instants carry an offset.',
    rules: ['DEF-WHAT', 'DEF-SOURCE', 'DEF-FLOW', 'DEF-RECUR'],
    patch: (schema) => {
      // DefectDescriptionSchema's refinement, at least one of zh and en: the object is closed to
      // those two keys, so at least one property.
      const description = (schema.properties as JsonObject).description as JsonObject;
      description.minProperties = 1;
    },
  },
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The order keys are written in; any other key follows, sorted. */
const KEY_ORDER = [
  '$schema',
  '$id',
  '$ref',
  'title',
  'description',
  'type',
  'enum',
  'const',
  'format',
  'pattern',
  'anyOf',
  'minLength',
  'maxLength',
  'minimum',
  'exclusiveMinimum',
  'maximum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'items',
  'properties',
  'required',
  'additionalProperties',
  '$defs',
];
const RANK = new Map(KEY_ORDER.map((k, i) => [k, i]));
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The same value with keys in a stable order: schema keywords by KEY_ORDER, the rest sorted;
 * the keys of `properties` and `$defs` keep their (schema) order, which is the record's.
 */
function ordered(value: Json, keepOrder = false): Json {
  if (Array.isArray(value)) return value.map((v) => ordered(v));
  if (!isObject(value)) return value;
  const keys = Object.keys(value);
  if (!keepOrder) {
    keys.sort((a, b) => {
      const ra = RANK.get(a) ?? KEY_ORDER.length;
      const rb = RANK.get(b) ?? KEY_ORDER.length;
      return ra - rb || byCodeUnits(a, b);
    });
  }
  const out: JsonObject = {};
  for (const k of keys) {
    out[k] = ordered(value[k] as Json, !keepOrder && (k === 'properties' || k === '$defs'));
  }
  return out;
}

/** What a string property of the zod schema is, found by asking zod. */
type StringShape = 'plain' | 'instant' | 'day' | 'day-or-instant' | 'other';

function probeString(schema: z.ZodType): StringShape {
  const ok = (s: string) => schema.safeParse(s).success;
  if (ok('any text')) return 'plain';
  const instant = ok('2026-10-09T09:30:00+08:00') && ok('2026-10-09T01:30:00Z');
  const noOffset = ok('2026-10-09T09:30:00');
  const day = ok('2026-10-09');
  if (instant && !noOffset && day && !ok('2026-02-30')) return 'day-or-instant';
  if (instant && !noOffset && !day) return 'instant';
  if (day && !instant && !noOffset && !ok('2026-02-30') && !ok('2026-1-9')) return 'day';
  return 'other';
}

function describeWith(existing: Json | undefined, note: string): string {
  return typeof existing === 'string' && existing.length > 0 ? `${existing}. ${note}` : note;
}

/** The zod schema under optional, nullable and default wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema as z.ZodType & { def: { type: string; innerType?: z.ZodType } };
  while (
    (s.def.type === 'optional' || s.def.type === 'nullable' || s.def.type === 'default') &&
    s.def.innerType
  )
    s = s.def.innerType as typeof s;
  return s;
}

/**
 * States a field's custom string refinements in its JSON Schema, at any depth: objects'
 * properties and arrays' items are walked, so a day inside a list of items gets its pattern
 * too.
 */
function annotate(field: z.ZodType, prop: JsonObject, where: string): void {
  const inner = unwrap(field) as z.ZodType & {
    def: { type: string; element?: z.ZodType };
    shape?: Record<string, z.ZodType>;
  };
  if (inner.def.type === 'array' && inner.def.element !== undefined && isObject(prop.items)) {
    annotate(inner.def.element, prop.items, `${where}[]`);
    return;
  }
  if (inner.def.type === 'object' && inner.shape !== undefined && isObject(prop.properties)) {
    for (const [k, f] of Object.entries(inner.shape)) {
      const p = prop.properties[k];
      if (isObject(p)) annotate(f, p, `${where}.${k}`);
    }
    return;
  }
  if (prop.type !== 'string' || prop.enum !== undefined || prop.pattern !== undefined) return;
  const shapeOf = probeString(field);
  if (shapeOf === 'instant') {
    prop.format = 'date-time';
    prop.pattern = INSTANT_PATTERN;
    prop.description = describeWith(prop.description, INSTANT_NOTE);
  } else if (shapeOf === 'day') {
    prop.format = 'date';
    prop.pattern = DAY_PATTERN;
    prop.description = describeWith(prop.description, DAY_NOTE);
  } else if (shapeOf === 'day-or-instant') {
    prop.pattern = DAY_OR_INSTANT_PATTERN;
    prop.anyOf = [{ format: 'date' }, { format: 'date-time' }];
    prop.description = describeWith(prop.description, DAY_OR_INSTANT_NOTE);
  } else if (shapeOf === 'other') {
    throw new Error(
      `${where}: zod restricts this string in a way the JSON Schema does not state; teach scripts/generateSchemas.ts its pattern`,
    );
  }
}

/**
 * The JSON Schema of one record kind: zod's draft 2020-12 input schema, its custom string
 * refinements stated as `pattern` and `format`, with `$id`, `title` and `description`.
 */
export function buildRecordSchema(kind: RecordKindSchema): JsonObject {
  const generated = z.toJSONSchema(kind.schema, { target: 'draft-2020-12', io: 'input' }) as JsonObject;
  const properties = generated.properties;
  if (!isObject(properties)) throw new Error(`${kind.name}: expected an object schema with properties`);
  const shape = kind.schema.shape as Record<string, z.ZodType>;
  for (const [key, field] of Object.entries(shape)) {
    const prop = properties[key];
    if (!isObject(prop)) throw new Error(`${kind.name}.${key}: missing from the generated JSON Schema`);
    const taught = kind.checkedStrings?.[key];
    if (taught !== undefined && prop.type === 'string') {
      prop.pattern = taught.pattern;
      prop.description = describeWith(prop.description, taught.note);
      continue;
    }
    annotate(field, prop, `${kind.name}.${key}`);
  }
  kind.patch?.(generated);
  const { $schema, ...rest } = generated;
  return ordered({
    $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
    $id: `${SCHEMA_BASE_URL}${kind.name}.schema.json`,
    title: kind.title,
    description: `${kind.description} Rules: ${kind.rules.join(', ')} (see RULES.md). Generated from the zod schema by scripts/generateSchemas.ts: do not edit.`,
    ...rest,
  }) as JsonObject;
}

/** The batch schema of one record kind: an array of records, self-contained (the record schema under `$defs`). */
export function buildBatchSchema(kind: RecordKindSchema, record: JsonObject): JsonObject {
  const { $schema, $id: _id, title: _title, ...body } = record;
  return ordered({
    $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
    $id: `${SCHEMA_BASE_URL}${kind.name}-batch.schema.json`,
    title: `${kind.title}: batch`,
    description: `An array of ${kind.name} records, each as ${kind.name}.schema.json states it (embedded under $defs). Generated by scripts/generateSchemas.ts: do not edit.`,
    type: 'array',
    items: { $ref: `#/$defs/${kind.name}` },
    $defs: { [kind.name]: body },
  }) as JsonObject;
}

/** A gov.cn web address, as the holiday notice file's `url` states it. */
export const GOV_CN_URL_PATTERN = '^https?://([A-Za-z0-9-]+[.])*gov[.]cn([/?#][^ ]*)?$';
/** A string with at least one character that is not white space. */
const NOT_BLANK_PATTERN = '[^ \\t\\r\\n]';

/**
 * The JSON Schema of one year's State Council holiday notice (`holiday-year.schema.json`),
 * from `HolidayYearSchema`: the shape, with the days and addresses stated as patterns. The
 * rules across fields (a day inside its year, listed once, a makeup day on a weekend, ...)
 * are said in the description: `parseHolidayYear` and the CLI's `--calendar` check them.
 */
export function buildHolidayYearSchema(): JsonObject {
  const generated = z.toJSONSchema(HolidayYearSchema, { target: 'draft-2020-12', io: 'input' }) as JsonObject;
  const props = generated.properties as JsonObject;
  const item = (key: string): JsonObject =>
    ((props[key] as JsonObject).items as JsonObject).properties as JsonObject;
  const notice = item('notices');
  const day = item('days');
  const set = (target: JsonObject, key: string, extra: JsonObject) => {
    const prop = target[key];
    if (!isObject(prop) || prop.type !== 'string')
      throw new Error(`holiday-year.${key}: expected a string property`);
    Object.assign(prop, extra);
  };
  const dayNote = 'A real calendar day YYYY-MM-DD (Asia/Shanghai).';
  set(notice, 'number', {
    pattern: NOT_BLANK_PATTERN,
    description: "The notice's number, e.g. 国办发明电〔2025〕7号.",
  });
  set(notice, 'title', {
    pattern: NOT_BLANK_PATTERN,
    description:
      "The notice's title; the first notice's names the year, e.g. 国务院办公厅关于2026年部分节假日安排的通知.",
  });
  set(notice, 'url', {
    format: 'uri',
    pattern: GOV_CN_URL_PATTERN,
    description: 'Where the notice is published on gov.cn.',
  });
  set(notice, 'issuedOn', {
    format: 'date',
    pattern: DAY_PATTERN,
    description: `The day the notice was issued. ${dayNote}`,
  });
  set(day, 'date', { format: 'date', pattern: DAY_PATTERN, description: dayNote });
  set(day, 'name', {
    description:
      'The holiday the day belongs to, as the notice names it (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节, ...).',
  });
  set(day, 'nameEn', {
    description: 'The English name; required where the name is not one the built-in notices use.',
  });
  set(day, 'notice', {
    description:
      "The number of the notice that sets the day, where the year has more than one; the first notice's when absent.",
  });
  (props.days as JsonObject).description =
    'Every day off (including the weekend days inside a holiday block) and every makeup working day (isOffDay: false) the notices set.';
  (props.$schema as JsonObject).description = 'The address of this JSON Schema, for editors.';
  (props.$comment as JsonObject).description = 'A note on where the file comes from.';
  const { $schema, ...rest } = generated;
  return ordered({
    $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
    $id: `${SCHEMA_BASE_URL}holiday-year.schema.json`,
    title: 'One year of the State Council holiday notice (国务院办公厅关于某年部分节假日安排的通知)',
    description:
      "One year's State Council General Office holiday notice as JSON, the shape of the built-in year files of realty-crm-rules, to add a year published after a release (parseHolidayYear, createWorkCalendar({ years }), the CLI's --calendar). Beyond this shape, parseHolidayYear checks: every day lies in the year or in the last days of the December before (from 12-20); no day is listed twice; a makeup working day falls on a Saturday or Sunday; every day names its holiday, with nameEn where the name is not a built-in one; a day's notice is one of the year's; each notice is issued before the first day it sets; the first notice's title names the year. Rules: LAW-WORKDAY, LAW-COVERAGE (see RULES.md). Generated from the zod schema by scripts/generateSchemas.ts: do not edit.",
    ...rest,
  }) as JsonObject;
}

const toText = (value: Json): string => `${JSON.stringify(value, null, 2)}\n`;

/** Every schema file, by file name (`complaint.schema.json`, `complaint-batch.schema.json`, ...), as written. */
export function renderSchemas(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const kind of RECORD_KINDS) {
    const record = buildRecordSchema(kind);
    files[`${kind.name}.schema.json`] = toText(record);
    files[`${kind.name}-batch.schema.json`] = toText(buildBatchSchema(kind, record));
  }
  files['holiday-year.schema.json'] = toText(buildHolidayYearSchema());
  return files;
}

/** The repository root: the nearest folder up from the working directory with this package's package.json. */
export function findRepoRoot(from = process.cwd()): string {
  let dir = from;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (
      existsSync(pkg) &&
      (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'realty-crm-rules'
    ) {
      return dir;
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`not inside the realty-crm-rules repository: ${from}`);
    dir = up;
  }
}

/** `npm run schemas` writes `schemas/`; `npm run schemas -- --check` exits 1 when a committed file is stale. */
export function main(args: readonly string[]): void {
  const check = args.includes('--check');
  const dir = join(findRepoRoot(), 'schemas');
  const files = renderSchemas();
  if (check) {
    const problems: string[] = [];
    for (const [name, text] of Object.entries(files)) {
      const path = join(dir, name);
      if (!existsSync(path)) problems.push(`schemas/${name} is missing`);
      else if (readFileSync(path, 'utf8') !== text) problems.push(`schemas/${name} is stale`);
    }
    if (existsSync(dir)) {
      for (const name of readdirSync(dir)) {
        if (name.endsWith('.json') && !(name in files))
          problems.push(`schemas/${name} is not generated (remove it)`);
      }
    }
    if (problems.length > 0) {
      process.stderr.write(`${problems.join('\n')}\nRun \`npm run schemas\` and commit the result.\n`);
      process.exitCode = 1;
      return;
    }
    process.stdout.write(`schemas/ is up to date (${Object.keys(files).length} files)\n`);
    return;
  }
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  process.stdout.write(
    `wrote ${Object.keys(files)
      .map((n) => `schemas/${n}`)
      .join(', ')}\n`,
  );
}
