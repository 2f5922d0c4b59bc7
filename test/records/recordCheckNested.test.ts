/**
 * The cheap record check of the nested kinds' field tables (household deliveries, defects)
 * accepts no more than their zod schemas, and the import's own check of a canonical record
 * agrees with the schema both ways: nested objects, lists of items, and the cross-field rows
 * (`notBefore`, `requires`, `requiredGroup`) held to what the schemas' refinements say.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DefectSchema } from '../../src/defects/schemas.js';
import { DEFECT_FIELD_TABLE } from '../../src/defects/tables/fields.js';
import {
  DeliveryRiskCheckSchema,
  HouseholdDeliverySchema,
  OpeningRiskCheckSchema,
} from '../../src/delivery/schemas.js';
import { HOUSEHOLD_DELIVERY_FIELD_TABLE } from '../../src/delivery/tables/fields.js';
import { OPENING_RISK_CHECK_FIELD_TABLE } from '../../src/delivery/tables/openingCheckFields.js';
import { DELIVERY_RISK_CHECK_FIELD_TABLE } from '../../src/delivery/tables/riskCheckFields.js';
import { createRecordCheck } from '../../src/records/createRecordCheck.js';
import { createRecordImporter } from '../../src/records/createRecordImporter.js';
import type { FieldRow, FieldTable } from '../../src/records/fieldTable.js';

const junk = fc.constantFrom<unknown>(undefined, null, '', ' ', 0, -1, Number.NaN, true, [], {});

/** Good values of a field, mostly, and near misses (the values a check must refuse). */
function arbitraryOf(row: FieldRow): fc.Arbitrary<unknown> {
  const codes = (row.vocabulary ?? []).map((e) => e.id);
  const [good, near] = ((): [fc.Arbitrary<unknown>, fc.Arbitrary<unknown>] => {
    switch (row.value) {
      case 'id':
        return [
          fc.oneof(fc.string({ minLength: 1, maxLength: 5 }), fc.constant('x'.repeat(200))),
          fc.constant('x'.repeat(201)),
        ];
      case 'text':
        return [
          fc.oneof(fc.string({ maxLength: 5 }), fc.constantFrom(' ', '\t', '空调百叶过密')),
          fc.constant('y'.repeat(10_001)),
        ];
      case 'text-list':
        return [
          fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
          fc.constantFrom(['z'.repeat(501)], Array(51).fill('a')),
        ];
      case 'day-list':
        return [
          fc.array(fc.constantFrom('2026-10-10', '2026-10-12', '2026-10-20'), { maxLength: 3 }),
          fc.constantFrom(['2026-02-30'], ['2026/10/12'], '2026-10-12'),
        ];
      case 'enum-list':
        return [
          fc.oneof(
            { weight: 4, arbitrary: fc.subarray(codes) },
            { weight: 1, arbitrary: fc.array(fc.constantFrom(...codes), { maxLength: 3 }) },
          ),
          fc.constantFrom(['roof'], 'civil', [codes[0], codes[0]]),
        ];
      case 'enum':
        return [fc.constantFrom(...codes), fc.constant('roof')];
      case 'boolean':
        return [fc.boolean(), fc.constant('true')];
      case 'count':
        return [fc.integer({ min: 0, max: 100 }), fc.constantFrom(-1, 2.5, 2 ** 60)];
      case 'instant':
        return [
          fc.constantFrom('2026-03-02T09:30:00+08:00', '2026-03-02T01:30:00.123Z'),
          fc.constantFrom('2026-03-02 09:30', '2026-03-02'),
        ];
      case 'day':
        return [
          fc.constantFrom('2026-10-10', '2026-10-12', '2026-10-20'),
          fc.constantFrom('2026-02-30', '2026/10/12', '2026-10-12T09:00:00+08:00'),
        ];
      case 'records': {
        const item = recordOf(row.items as FieldTable);
        return [
          fc.array(item, { maxLength: 3 }),
          fc.oneof(
            fc.constantFrom([{ discipline: 'roof' }], [{ discipline: 'civil', x: 1 }], ['civil']),
            // The same item twice: refused where the list's items are unique by a key.
            item.map((x) => [x, x]),
          ),
        ];
      }
      default:
        return [junk, junk];
    }
  })();
  return fc.oneof(
    { weight: 60, arbitrary: good },
    { weight: 2, arbitrary: near },
    { weight: 1, arbitrary: junk },
  );
}

/** Records of a table: its fields at their paths (nested objects built), required keys mostly present. */
function recordOf(table: FieldTable): fc.Arbitrary<Record<string, unknown>> {
  const top: Record<string, fc.Arbitrary<unknown>> = {};
  const nested: Record<string, Record<string, fc.Arbitrary<unknown>>> = {};
  const required: string[] = [];
  const nestedRequired: Record<string, string[]> = {};
  for (const row of Object.values(table)) {
    if (row.expands !== undefined) continue;
    const path = row.path ?? [row.id];
    if (path.length === 1) {
      top[row.id] = arbitraryOf(row);
      if (row.required) required.push(row.id);
    } else {
      const [head, leaf] = path as [string, string];
      nested[head] = { ...(nested[head] ?? {}), [leaf]: arbitraryOf(row) };
      if (row.required) nestedRequired[head] = [...(nestedRequired[head] ?? []), leaf];
      const needed = (row.required && row.objectOptional !== true) || row.requiredGroup !== undefined;
      if (needed && !required.includes(head)) required.push(head);
    }
  }
  for (const [head, children] of Object.entries(nested))
    top[head] = fc.oneof(
      {
        weight: 20,
        arbitrary: fc.oneof(
          { weight: 9, arbitrary: fc.record(children, { requiredKeys: nestedRequired[head] ?? [] }) },
          { weight: 1, arbitrary: fc.record(children, { requiredKeys: [] }) },
        ),
      },
      { weight: 1, arbitrary: junk },
    );
  return fc.record(top, { requiredKeys: required });
}

const withUnknown = (a: fc.Arbitrary<Record<string, unknown>>) =>
  a.chain((r) =>
    fc.oneof(
      { weight: 9, arbitrary: fc.constant(r) },
      { weight: 1, arbitrary: fc.constant({ ...r, unknownKey: 1 } as Record<string, unknown>) },
    ),
  );

const kinds = [
  {
    rule: 'DLV-SUMMARY',
    name: 'household delivery',
    table: HOUSEHOLD_DELIVERY_FIELD_TABLE as FieldTable,
    schema: HouseholdDeliverySchema,
  },
  { rule: 'DEF-WHAT', name: 'defect', table: DEFECT_FIELD_TABLE as FieldTable, schema: DefectSchema },
  {
    rule: 'DLV-RISK-HQ',
    name: 'delivery risk check',
    table: DELIVERY_RISK_CHECK_FIELD_TABLE as FieldTable,
    schema: DeliveryRiskCheckSchema,
  },
  {
    rule: 'DLV-OPENING',
    name: 'opening risk check',
    table: OPENING_RISK_CHECK_FIELD_TABLE as FieldTable,
    schema: OpeningRiskCheckSchema,
  },
] as const;

describe.each(kinds)('the record check and the schema: $name', ({ rule, table, schema }) => {
  const check = createRecordCheck(table);
  const record = withUnknown(recordOf(table));

  it(`${rule}: a record the check passes, the schema passes (the check accepts no more)`, () => {
    let passed = 0;
    let refused = 0;
    fc.assert(
      fc.property(record, (r) => {
        if (!check.isValid(r)) {
          refused++;
          return;
        }
        passed++;
        expect(schema.safeParse(r).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // The property is not empty either way: good records and bad ones are both generated.
    expect(passed).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });

  it(`${rule}: the import's own check of a canonical record agrees with the schema both ways`, () => {
    const importer = createRecordImporter(table);
    let agreed = 0;
    fc.assert(
      fc.property(record, (r) => {
        const imported = importer.readObject(r);
        const ok = schema.safeParse(r).success;
        if (imported.checked === true) expect(ok).toBe(true);
        if (ok && imported.changed === false) {
          expect(imported.checked).toBe(true);
          agreed++;
        }
        // And the whole check agrees with the schema both ways on every generated record.
        expect(check.isValid(r)).toBe(ok);
      }),
      { numRuns: 2000 },
    );
    expect(agreed).toBeGreaterThan(50);
  });
});

describe('the record check of nested records', () => {
  const household = createRecordCheck(HOUSEHOLD_DELIVERY_FIELD_TABLE);
  const defect = createRecordCheck(DEFECT_FIELD_TABLE);
  const h = { householdId: 'B3-1201', eligible: true, firstInspectedOn: '2026-10-12', repairItems: [] };
  const d = {
    id: 'D-1',
    project: 'P-1',
    phase: '1',
    source: 'patrol',
    discipline: 'hvac',
    description: { zh: '空调百叶过密' },
    major: false,
    reportedAt: '2026-03-02T10:00:00+08:00',
  };

  it('DLV-SUMMARY: the keys day on the first inspection day passes, the day before is refused (notBefore on days)', () => {
    expect(household.findProblem({ ...h, keysTakenOn: '2026-10-12' })).toBeUndefined();
    expect(household.findProblem({ ...h, keysTakenOn: '2026-10-11' })).toEqual({
      field: 'keysTakenOn',
      message: 'is before firstInspectedOn',
    });
  });

  it('DLV-SUMMARY: a repair item closed before the first inspection is refused at its path in the list', () => {
    const items = [
      { discipline: 'plumbing', closedOn: '2026-10-12' },
      { discipline: 'hvac', closedOn: '2026-10-11' },
    ];
    expect(household.findProblem({ ...h, repairItems: items.slice(0, 1) })).toBeUndefined();
    expect(household.findProblem({ ...h, repairItems: items })).toEqual({
      field: 'repairItems.1.closedOn',
      message: 'is before firstInspectedOn',
    });
    expect(household.findProblem({ ...h, repairItems: [{ discipline: 'roof' }] })?.field).toBe('repairItems');
  });

  it('DLV-SUMMARY: keys given only to an eligible household, and refusal reasons never with keys taken at the first inspection', () => {
    expect(household.findProblem({ ...h, eligible: false, keysTakenOn: '2026-10-12' })).toEqual({
      field: 'keysTakenOn',
      message: 'needs eligible true',
    });
    const taken = { ...h, keysTakenAtFirstInspection: true, keysTakenOn: '2026-10-12' };
    expect(household.findProblem(taken)).toBeUndefined();
    expect(household.findProblem({ ...taken, refusedReasons: ['漏水'] })?.field).toBe('refusedReasons');
    expect(household.findProblem({ ...taken, refusedReasons: [] })).toBeUndefined();
    const { keysTakenOn: _, ...noDay } = taken;
    expect(household.findProblem(noDay)).toEqual({
      field: 'keysTakenAtFirstInspection',
      message: 'needs keysTakenOn given',
    });
  });

  it('DEF-WHAT: a description in Chinese or English passes; neither, or a blank one, is refused at its nested path', () => {
    expect(defect.findProblem(d)).toBeUndefined();
    expect(defect.findProblem({ ...d, description: { en: 'Louvres too dense' } })).toBeUndefined();
    expect(defect.findProblem({ ...d, description: {} })).toEqual({
      field: 'description',
      message: 'needs one of description.zh, description.en',
    });
    expect(defect.findProblem({ ...d, description: { zh: ' ' } })?.field).toBe('description.zh');
    expect(defect.findProblem({ ...d, description: { fr: 'x' } })).toEqual({
      field: 'description.fr',
      message: 'not a field of this record',
    });
    const { description: _, ...none } = d;
    expect(defect.findProblem(none)).toEqual({ field: 'description', message: 'required, and missing' });
  });
});
