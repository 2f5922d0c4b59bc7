import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderSchemas } from '../../scripts/generateSchemas.js';
import { DEFECT_DISCIPLINES, DEFECT_SOURCES, DefectSchema } from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8');
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validateRecord = ajv.compile(JSON.parse(read('schemas/defect.schema.json')));
const validateBatch = ajv.compile(JSON.parse(read('schemas/defect-batch.schema.json')));
const samples = JSON.parse(read('examples/defects.sample.json')) as Record<string, unknown>[];

const byAjv = (r: unknown) => validateRecord(r) === true;
const byZod = (r: unknown) => DefectSchema.safeParse(r).success;

describe('schemas/defect.schema.json', () => {
  it('DEF-WHAT: the committed defect schemas are what the generator writes', () => {
    const rendered = renderSchemas();
    for (const name of ['defect.schema.json', 'defect-batch.schema.json']) {
      expect(read(`schemas/${name}`), name).toBe(rendered[name]);
    }
  });

  it('DEF-WHAT: ajv and DefectSchema accept the samples, and the batch schema the whole file', () => {
    for (const r of samples) expect([byAjv(r), byZod(r)]).toEqual([true, true]);
    expect(validateBatch(samples)).toBe(true);
  });

  it('DEF-SOURCE: ajv and DefectSchema give the same verdict on records with a field broken or removed', () => {
    const base = samples[0] as Record<string, unknown>;
    const value = fc.oneof(
      fc.constant(undefined),
      fc.constantFrom('', '  ', 'hotline', 'roofing', '2026-03-02 10:00', '2026-02-30T10:00:00+08:00'),
      fc.constantFrom(...DEFECT_SOURCES, ...DEFECT_DISCIPLINES),
      fc.constantFrom({}, { zh: '' }, { zh: ' ' }, { en: 'ok' }, { zh: '漏水', fr: 'x' }, [], null),
      fc.integer({ min: -2, max: 3 }),
      fc.double(),
      fc.boolean(),
    );
    const keys = [...Object.keys(DefectSchema.shape), 'extra'];
    fc.assert(
      fc.property(fc.constantFrom(...keys), value, (key, v) => {
        const r: Record<string, unknown> = { ...base };
        if (v === undefined) delete r[key];
        else r[key] = v;
        expect(byAjv(r)).toBe(byZod(r));
      }),
      { numRuns: 600 },
    );
  });

  it('DEF-WHAT: a description needs zh or en in both validators', () => {
    const base = samples[0] as Record<string, unknown>;
    for (const description of [{}, { zh: '空调百叶过密' }, { en: 'AC louvres' }, { zh: '\t' }]) {
      const r = { ...base, description };
      expect(byAjv(r), JSON.stringify(description)).toBe(byZod(r));
    }
    expect(byAjv({ ...base, description: {} })).toBe(false);
  });
});
