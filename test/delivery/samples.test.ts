import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { renderDeliverySamples, SAMPLE_DELIVERY } from '../../scripts/generateDeliverySamples.js';
import { createTableRowReader } from '../../src/cli/createTableRowReader.js';
import {
  assessDeliveryRiskCheck,
  DELIVERY_REPAIR_DISCIPLINES,
  DeliveryRiskCheckSchema,
  HOUSEHOLD_DELIVERY_FIELD_TABLE,
  type HouseholdDelivery,
  HouseholdDeliverySchema,
  OpeningRiskCheckSchema,
} from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (p: string) => readFileSync(`${ROOT}${p}`, 'utf8');
const households = JSON.parse(read('examples/households.sample.json')) as HouseholdDelivery[];

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const schema = (name: string) => ajv.compile(JSON.parse(read(`schemas/${name}.schema.json`)));

describe('the sample delivery batch (examples/)', () => {
  it('DLV-SUMMARY: the committed files are what scripts/generateDeliverySamples.ts writes', () => {
    for (const [path, text] of Object.entries(renderDeliverySamples())) expect(read(path), path).toBe(text);
  });

  it('DLV-SUMMARY: the CSV holds the same households as the JSON (descriptions aside)', () => {
    const [header, ...rows] = read('examples/households.sample.csv').trimEnd().split('\r\n');
    const names = (header as string).split(',');
    expect(rows.length).toBe(households.length);
    const readRow = createTableRowReader(HOUSEHOLD_DELIVERY_FIELD_TABLE, 'en');
    rows.forEach((line, i) => {
      const cells = line.split(',');
      const row = Object.fromEntries(names.map((n, k) => [n, cells[k] ?? '']).filter(([, v]) => v !== ''));
      const { value, problems } = readRow(row);
      expect(problems).toEqual([]);
      const h = households[i] as HouseholdDelivery;
      const plain = { ...h, repairItems: h.repairItems.map((r) => ({ discipline: r.discipline })) };
      const sorted = (x: { repairItems: { discipline: string }[] }) =>
        [...x.repairItems].map((r) => r.discipline).sort();
      expect({ ...(value as object), repairItems: sorted(value as never) }).toEqual({
        ...plain,
        repairItems: sorted(plain),
      });
    });
  });

  it('DLV-MODE: the batch holds what a summary meets: not eligible, never inspected, sporadic deliveries, refusals with keys taken later, every discipline', () => {
    expect(households.length).toBe(360);
    expect(households.some((h) => !h.eligible)).toBe(true);
    expect(households.some((h) => h.eligible && h.firstInspectedOn === undefined)).toBe(true);
    expect(
      households.some((h) => h.mode === 'sporadic' && (h.firstInspectedOn as string) > SAMPLE_DELIVERY.to),
    ).toBe(true);
    expect(
      households.some((h) => h.keysTakenAtFirstInspection === false && h.keysTakenOn !== undefined),
    ).toBe(true);
    expect(
      households.some((h) => h.keysTakenAtFirstInspection === false && h.keysTakenOn === undefined),
    ).toBe(true);
    const seen = new Set(households.flatMap((h) => h.repairItems.map((r) => r.discipline)));
    expect([...seen].sort()).toEqual([...DELIVERY_REPAIR_DISCIPLINES].sort());
    expect(households.some((h) => h.keysTakenOn === SAMPLE_DELIVERY.from)).toBe(true);
    expect(households.some((h) => h.keysTakenOn === SAMPLE_DELIVERY.to)).toBe(true);
  });

  it('DLV-SUMMARY: ajv, reading schemas/household-delivery.schema.json, agrees with zod on every sample and on bad records', () => {
    const validate = schema('household-delivery');
    for (const h of households) expect(validate(h)).toBe(true);
    const bad = [
      { ...households[0], repairItems: [{ discipline: 'roof' }] },
      { ...households[0], firstInspectedOn: '2026/10/12' },
      { ...households[0], repairItems: [{ discipline: 'civil', closedOn: '2026-10-1' }] },
      { ...households[0], eligible: 'yes' },
      { ...households[0], extra: 1 },
    ];
    for (const b of bad) {
      expect(validate(b), JSON.stringify(b)).toBe(false);
      expect(HouseholdDeliverySchema.safeParse(b).success).toBe(false);
    }
    expect(schema('household-delivery-batch')(households)).toBe(true);
  });

  it('DLV-RISK-SCOPE: the sample risk check is valid in ajv and zod, and ready on the delivery day: its major risks are rectified or planned for', () => {
    const checks = JSON.parse(read('examples/delivery-risk-check.sample.json')) as unknown[];
    const validate = schema('delivery-risk-check');
    for (const c of checks) {
      expect(validate(c)).toBe(true);
      const parsed = DeliveryRiskCheckSchema.parse(c);
      expect(assessDeliveryRiskCheck(parsed, { now: '2026-10-09T18:00:00+08:00' }).ready).toBe(true);
      const early = assessDeliveryRiskCheck(parsed, { now: '2026-09-25T09:00:00+08:00' });
      expect(early.blocking.map((f) => f.id)).toEqual(['GC-02']);
    }
    const item = {
      id: 'X',
      class: 'design-changes',
      result: 'failed',
      dispositions: [{ kind: 'rectified', on: '2026-9-1' }],
    };
    const bad = { projectId: 'P', firstDelivery: false, items: [item] };
    expect(validate(bad)).toBe(false);
    expect(DeliveryRiskCheckSchema.safeParse(bad).success).toBe(false);
  });

  it('DLV-OPENING: the opening check schema file and zod agree', () => {
    const validate = schema('opening-risk-check');
    const ok = {
      projectId: 'P-9',
      newCompany: true,
      newProject: true,
      firstOpening: true,
      reportingCadence: 'weekly',
      aspectsChecked: ['advertising'],
      findings: [{ id: 'F', aspect: 'advertising', foundOn: '2026-04-21' }],
    };
    expect(validate(ok)).toBe(true);
    expect(OpeningRiskCheckSchema.safeParse(ok).success).toBe(true);
    const bad = { ...ok, reportingCadence: 'monthly' };
    expect(validate(bad)).toBe(false);
    expect(OpeningRiskCheckSchema.safeParse(bad).success).toBe(false);
  });
});
