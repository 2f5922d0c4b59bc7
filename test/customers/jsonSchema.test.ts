/**
 * schemas/customer.schema.json read by ajv, a validator that knows nothing of zod: every
 * record the library accepts, it accepts; what it cannot check (a check character, ranges
 * in order) is said in its descriptions, and only those differ (CUS-FIELDS).
 */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { generateCustomerSamples } from '../../scripts/generateCustomerSamples.js';
import { CUSTOMER_FIELDS, CustomerSchema } from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const schema = JSON.parse(readFileSync(`${ROOT}schemas/customer.schema.json`, 'utf8'));
const batch = JSON.parse(readFileSync(`${ROOT}schemas/customer-batch.schema.json`, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const byAjv = ajv.compile(schema);
const byAjvBatch = ajv.compile(batch);

const minimal = { id: 'K-1', projectId: 'P-1', name: '张三', phone: '13812345678', createdOn: '2025-08-31' };

describe('CUS-FIELDS: the customer JSON Schema', () => {
  it('CUS-FIELDS: every field, closed, the required five, the rules named', () => {
    expect(Object.keys(schema.properties)).toEqual([...CUSTOMER_FIELDS]);
    expect(schema.required).toEqual(['id', 'projectId', 'name', 'phone', 'createdOn']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.description).toMatch(/CUS-FIELDS.*CUS-ID.*CUS-PHONE/);
    expect(schema.properties.idNumber.description).toContain('check character');
    expect(schema.properties.createdOn).toMatchObject({ format: 'date' });
  });

  it('CUS-FIELDS: ajv accepts every sample the library accepts; of the bad ones, it sees the shapes, not the check character', () => {
    const samples = generateCustomerSamples();
    const missedByAjv: string[] = [];
    for (const r of samples) {
      const zod = CustomerSchema.safeParse(r).success;
      const json = byAjv(r) === true;
      if (zod) expect(json, String(r.id)).toBe(true);
      if (!zod && json) missedByAjv.push(String(r.id));
    }
    // A wrong check character, 1999-02-29, min above max, a review before the opening: library only.
    expect(missedByAjv.sort()).toEqual(['K-0901', 'K-0904', 'K-0905', 'K-0906']);
    expect(byAjvBatch(samples.filter((r) => CustomerSchema.safeParse(r).success))).toBe(true);
  });

  it('CUS-PHONE: both refuse a phone not in its stored form, and an identity number with a lower-case x', () => {
    for (const phone of ['+86 13812345678', '138 1234 5678', '010 65529988', '12012345678', '0571-070212']) {
      const r = { ...minimal, phone };
      expect(CustomerSchema.safeParse(r).success, phone).toBe(false);
      expect(byAjv(r), phone).toBe(false);
    }
    for (const phone of ['0571-8702123', '010-65529988-12', '19212345678']) {
      expect(CustomerSchema.safeParse({ ...minimal, phone }).success, phone).toBe(true);
      expect(byAjv({ ...minimal, phone }), phone).toBe(true);
    }
    const x = { ...minimal, idNumber: '11010519491231002x' };
    expect(CustomerSchema.safeParse(x).success).toBe(false);
    expect(byAjv(x)).toBe(false);
  });
});
