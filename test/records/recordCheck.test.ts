/**
 * The cheap record check of a field table accepts no more than the record's zod schema:
 * what it passes, the CLI and triageComplaints trust without asking the schema.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ComplaintSchema } from '../../src/complaints/schemas.js';
import { COMPLAINT_FIELD_TABLE } from '../../src/complaints/tables/fields.js';
import { createRecordCheck } from '../../src/records/createRecordCheck.js';
import { createRecordImporter } from '../../src/records/createRecordImporter.js';
import type { FieldRow } from '../../src/records/fieldTable.js';

const check = createRecordCheck(COMPLAINT_FIELD_TABLE);

/** Good values of a field, mostly, and near misses (the values a check must refuse). */
function arbitraryOf(row: FieldRow): fc.Arbitrary<unknown> {
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
    '2026-02-30T10:00:00+08:00',
  );
  const codes = (row.vocabulary ?? []).map((e) => e.id);
  const [good, near] = ((): [fc.Arbitrary<unknown>, fc.Arbitrary<unknown>] => {
    switch (row.value) {
      case 'id':
        return [
          fc.oneof(fc.string({ minLength: 1, maxLength: 5 }), fc.constant('x'.repeat(200))),
          fc.constant('x'.repeat(201)),
        ];
      case 'text':
        return [fc.string({ maxLength: 5 }), fc.constant('y'.repeat(10_001))];
      case 'enum':
        return [fc.constantFrom(...codes), fc.constant('roof')];
      case 'enum-list':
        return [fc.array(fc.constantFrom(...codes), { maxLength: 3 }), fc.constant([codes[0], 'roof'])];
      case 'boolean':
        return [fc.boolean(), fc.constant('true')];
      case 'amount':
        return [
          fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constant(-0)),
          fc.constantFrom(-0.01, Number.POSITIVE_INFINITY),
        ];
      case 'count':
        return [fc.integer({ min: 0, max: 100 }), fc.constantFrom(-1, 2.5, 2 ** 60)];
      case 'instant':
        return [
          fc.constantFrom('2026-11-02T09:30:00+08:00', '2026-11-02T01:30:00.123Z'),
          fc.constantFrom('2026-11-02 09:30', '2026-11-02T09:30+08:00', '2026-11-02'),
        ];
      case 'day-or-instant':
        return [
          fc.constantFrom('2026-06-30', '2026-06-30T00:00:00+08:00'),
          fc.constantFrom('2026-06-31', '2026/6/30'),
        ];
      case 'phone':
        return [
          fc.constantFrom('13812345678', '19912345678', '010-65529988', '0571-8702123', '0571-87021234-806'),
          fc.constantFrom('+86 138-1234-5678', '12012345678', '65529988', '010-6552998', '4008001234'),
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

const rows = Object.values(COMPLAINT_FIELD_TABLE);
const record = fc
  .record(Object.fromEntries(rows.map((row) => [row.id, arbitraryOf(row)])), {
    requiredKeys: rows.filter((r) => r.required).map((r) => r.id),
  })
  .chain((r) =>
    fc.oneof(
      { weight: 9, arbitrary: fc.constant(r as Record<string, unknown>) },
      { weight: 1, arbitrary: fc.constant({ ...r, unknownKey: 1 } as Record<string, unknown>) },
    ),
  );

describe('the record check and the schema', () => {
  it('CMP-CATEGORY: a record the check passes, the schema passes (the check accepts no more)', () => {
    let passed = 0;
    fc.assert(
      fc.property(record, (r) => {
        if (!check.isValid(r)) return;
        passed++;
        expect(ComplaintSchema.safeParse(r).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // The property is not empty: good records exist among the generated ones.
    expect(passed).toBeGreaterThan(0);
  });

  it("CMP-CATEGORY: the import's own check of a canonical record agrees with the schema both ways on good-looking records", () => {
    const importer = createRecordImporter(COMPLAINT_FIELD_TABLE);
    fc.assert(
      fc.property(record, (r) => {
        const imported = importer.readObject(r);
        if (imported.checked === true) expect(ComplaintSchema.safeParse(r).success).toBe(true);
        if (ComplaintSchema.safeParse(r).success && imported.changed === false)
          expect(imported.checked).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('CMP-CATEGORY: the check names the first bad field, without quoting personal data', () => {
    const good = {
      id: 'C-1',
      projectId: 'P-1',
      householdId: 'H-1',
      complainantId: '张三 13800138000',
      issue: 'roof-leak',
      category: 'engineering-quality',
      receivedAt: '2026-11-02T09:30:00+08:00',
      channel: 'visit',
    };
    expect(check.findProblem(good)).toBeUndefined();
    expect(check.findProblem({ ...good, category: 'roof' })).toEqual({
      field: 'category',
      message: expect.stringMatching(/^expected one of engineering-quality, .*, got "roof"$/),
    });
    const { complainantId: _, ...missing } = good;
    expect(check.findProblem(missing)).toEqual({ field: 'complainantId', message: 'required, and missing' });
    const p = check.findProblem({ ...good, receivedAt: '张三 13800138000' });
    expect(p?.field).toBe('receivedAt');
    expect(p?.message).not.toContain('13800138000');
  });
});
