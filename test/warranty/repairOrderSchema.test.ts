/**
 * schemas/repair-order.schema.json, read by ajv (a validator that knows nothing of zod),
 * gives the records the same verdict as RepairOrderSchema, except the order of the steps,
 * which JSON Schema cannot state and its description says so.
 */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { RepairOrderSchema } from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const schema = JSON.parse(readFileSync(`${ROOT}schemas/repair-order.schema.json`, 'utf8')) as Record<
  string,
  unknown
>;
const batch = JSON.parse(readFileSync(`${ROOT}schemas/repair-order-batch.schema.json`, 'utf8')) as Record<
  string,
  unknown
>;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const byAjv = ajv.compile(schema);
const byAjvBatch = ajv.compile(batch);

const ORDER = { id: 'R-1', projectId: 'P-1', householdId: 'H-101', receivedAt: '2026-03-02T09:30:00+08:00' };

describe('the repair-order JSON Schema', () => {
  it('WAR-FLOW: ajv and RepairOrderSchema agree on good and bad records, field by field', () => {
    const records: Record<string, unknown>[] = [
      ORDER,
      { ...ORDER, component: 'heating', city: 'harbin', deliveredOn: '2025-06-30', hiddenWorks: ['pipe'] },
      {
        ...ORDER,
        agreedVisitAt: '2026-03-03T09:00:00Z',
        arrivedAt: '2026-03-03T09:11:00+08:00',
        chargesYuan: 120.5,
      },
      { ...ORDER, component: 'roof' },
      { ...ORDER, deliveredOn: '2025-02-30' },
      { ...ORDER, deliveredOn: '2025-6-30' },
      { ...ORDER, receivedAt: '2026-03-02T09:30:00' },
      { ...ORDER, city: 'shenyang' },
      { ...ORDER, reworkCount: -1 },
      { ...ORDER, hiddenWorks: ['paint'] },
      { ...ORDER, phone: '13800000000' },
      { id: 'R-2' },
    ];
    for (const r of records) {
      expect(byAjv(r), JSON.stringify(r)).toBe(RepairOrderSchema.safeParse(r).success);
    }
    expect(byAjvBatch(records.slice(0, 3))).toBe(true);
    expect(byAjvBatch(records)).toBe(false);
  });

  it('WAR-FLOW: the order of the steps is the zod schema’s alone, and the description says so', () => {
    const outOfOrder = { ...ORDER, completedAt: '2026-03-01T09:30:00+08:00' };
    expect(byAjv(outOfOrder)).toBe(true);
    expect(RepairOrderSchema.safeParse(outOfOrder).success).toBe(false);
    expect(String(schema.description)).toContain('which JSON Schema cannot state');
    expect(schema.required).toEqual(['id', 'projectId', 'householdId', 'receivedAt']);
    expect(schema.additionalProperties).toBe(false);
  });
});
