/**
 * The cheap record check of the repair order's and the customer's field tables accepts no
 * more than the record's zod schema (what it passes, the CLI trusts without the schema),
 * and the import's own check of a canonical record agrees with the schema both ways: the
 * property test of recordCheck.test.ts, for each flat record kind.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { CustomerSchema } from '../../src/customers/schemas.js';
import { CUSTOMER_RECORD_FIELD_TABLE } from '../../src/customers/tables/recordFieldTable.js';
import { createRecordCheck } from '../../src/records/createRecordCheck.js';
import { createRecordImporter } from '../../src/records/createRecordImporter.js';
import type { FieldRow, FieldTable } from '../../src/records/fieldTable.js';
import { RepairOrderSchema } from '../../src/warranty/schemas.js';
import { REPAIR_ORDER_FIELD_TABLE } from '../../src/warranty/tables/repairOrderFieldTable.js';

const junk = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  ' ',
  0,
  -1,
  Number.NaN,
  true,
  [],
  {},
  '2026-02-30',
);

/** Values of a field as the schema would see them: mostly good, some near misses, some junk. */
function arbitraryOf(row: FieldRow): fc.Arbitrary<unknown> {
  const codes = (row.vocabulary ?? []).map((e) => e.id);
  const [good, near] = ((): [fc.Arbitrary<unknown>, fc.Arbitrary<unknown>] => {
    if (row.id === 'phone')
      return [
        fc.constantFrom('13812345678', '010-65529988', '0571-8702123'),
        fc.constantFrom('+86 138 1234 5678', '1381234567', '138-1234-5678', '12345678901'),
      ];
    if (row.id === 'idNumber')
      return [fc.constant('11010519491231002X'), fc.constantFrom('110105194912310021', '11010519491231002x')];
    switch (row.value) {
      case 'id':
        return [
          fc.oneof(fc.string({ minLength: 1, maxLength: 5 }), fc.constant('x'.repeat(200))),
          fc.constant('x'.repeat(201)),
        ];
      case 'text': {
        const max = row.maxLength ?? 10_000;
        return [
          fc.oneof(fc.string({ minLength: row.minLength ?? 0, maxLength: 5 }), fc.constant('y'.repeat(max))),
          fc.constantFrom('y'.repeat(max + 1), ''),
        ];
      }
      case 'enum':
        return [fc.constantFrom(...codes), fc.constant('roof')];
      case 'enum-list':
        return [fc.array(fc.constantFrom(...codes), { maxLength: 6 }), fc.constant([codes[0], 'roof'])];
      case 'boolean':
        return [fc.boolean(), fc.constant('true')];
      case 'amount':
        return [
          fc.oneof(
            fc.double({ min: 0, max: 2e5, noNaN: true }),
            fc.constantFrom(0, -0, 100_000, 100_000.01, 1e12, 1e12 + 1),
          ),
          fc.constantFrom(-0.01, Number.POSITIVE_INFINITY),
        ];
      case 'count':
        return [
          fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(1000, 1001, 10_000, 10_001)),
          fc.constantFrom(-1, 2.5, 2 ** 60),
        ];
      case 'instant':
        return [
          fc.constantFrom(
            '2026-11-02T09:30:00+08:00',
            '2026-11-03T09:30:00+08:00',
            '2026-11-02T01:29:59.999Z',
            '2026-11-05T17:00:00+08:00',
          ),
          fc.constantFrom('2026-11-02 09:30', '2026-11-02T09:30+08:00', '2026-11-02'),
        ];
      case 'day':
      case 'day-or-instant':
        return [
          fc.constantFrom('2025-06-30', '2026-06-30', '2026-12-31'),
          fc.constantFrom('2026-06-31', '2026/6/30', '2026-06-30T00:00:00+08:00'),
        ];
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

const ABSENT = Symbol('absent');

/**
 * Records of a table: the required fields drawn, each optional one present one time in
 * three (a record of many fields with few present passes the check often enough for the
 * property to bite on every rule across fields), sometimes an unknown key.
 */
function recordsOf(table: FieldTable): fc.Arbitrary<Record<string, unknown>> {
  const rows = Object.values(table);
  const fields = Object.fromEntries(
    rows.map((row) => [
      row.id,
      row.required
        ? arbitraryOf(row)
        : fc.oneof({ weight: 2, arbitrary: fc.constant(ABSENT) }, { weight: 1, arbitrary: arbitraryOf(row) }),
    ]),
  );
  return fc.record(fields).chain((drawn) => {
    const r = Object.fromEntries(Object.entries(drawn).filter(([, v]) => v !== ABSENT));
    return fc.oneof(
      { weight: 9, arbitrary: fc.constant(r) },
      { weight: 1, arbitrary: fc.constant({ ...r, unknownKey: 1 }) },
    );
  });
}

const KINDS: readonly (readonly [string, string, FieldTable, z.ZodType])[] = [
  ['WAR-FLOW', 'repair order', REPAIR_ORDER_FIELD_TABLE, RepairOrderSchema],
  ['CUS-FIELDS', 'customer', CUSTOMER_RECORD_FIELD_TABLE, CustomerSchema],
];

describe.each(KINDS)('the record check and the schema of a %s kind (%s)', (rule, _kind, table, schema) => {
  const check = createRecordCheck(table);
  const records = recordsOf(table);

  it(`${rule}: a record the check passes, the schema passes (the check accepts no more)`, () => {
    let passed = 0;
    fc.assert(
      fc.property(records, (r) => {
        if (!check.isValid(r)) return;
        passed++;
        expect(schema.safeParse(r).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(passed).toBeGreaterThan(0);
  });

  it(`${rule}: the import's own check of a canonical record agrees with the schema both ways`, () => {
    const importer = createRecordImporter(table);
    let agreed = 0;
    fc.assert(
      fc.property(records, (r) => {
        const imported = importer.readObject(r);
        const ok = schema.safeParse(r).success;
        if (imported.checked === true) expect(ok).toBe(true);
        if (ok && imported.changed === false) {
          expect(imported.checked).toBe(true);
          agreed++;
        }
      }),
      { numRuns: 2000 },
    );
    expect(agreed).toBeGreaterThan(0);
  });
});
