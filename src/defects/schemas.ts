/**
 * The defect record (缺陷反馈联系单), as a zod schema: the boundary where defects from
 * files, forms and other systems are checked before the decision functions trust them.
 *
 * @module
 */

import * as z from 'zod';
import { InstantStringSchema } from '../calendar/schemas.js';
import { DEFECT_FIELD_TABLE, type DefectFieldRow } from './tables/fields.js';
import { DEFECT_DISCIPLINES, DEFECT_SOURCES } from './types.js';

/** The English `about` of a field of the field table, for the schema's descriptions. */
function about(...path: string[]): string {
  const row = (DEFECT_FIELD_TABLE as Readonly<Record<string, DefectFieldRow | undefined>>)[path.join('.')];
  return row === undefined ? path.join('.') : `${row.label['zh-CN']}: ${row.description.en}`;
}

const id = () => z.string().min(1).max(200);
const key = () => z.string().regex(/\S/).max(200);
const text = () => z.string().regex(/\S/).max(10_000);

/**
 * A description in Chinese, English or both: at least one, and neither blank. Chinese
 * matters most for recurrence matching (`DEF-RECUR`).
 *
 * @rule DEF-WHAT
 * @rule DEF-RECUR
 * @example
 * ```ts
 * DefectDescriptionSchema.safeParse({ zh: '空调百叶过密' }).success; // true
 * DefectDescriptionSchema.safeParse({}).success; // false: neither zh nor en
 * ```
 */
export const DefectDescriptionSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      zh: text().optional().describe(about('description', 'zh')),
      en: text().optional().describe(about('description', 'en')),
    })
    .refine((d) => d.zh !== undefined || d.en !== undefined, { params: { key: 'defectDescription' } })
    .describe('A Chinese and/or English description: at least one of zh, en'))();

/**
 * A defect record (缺陷反馈联系单, `DEF-WHAT`): which project and phase, where it was found
 * (`DEF-SOURCE`), its discipline, location and component keys, its description in Chinese
 * and/or English, whether it is major (reported to HQ at once, `DEF-FLOW`), when it was
 * reported, and the households it affects when known.
 *
 * @rule DEF-WHAT
 * @rule DEF-SOURCE
 * @rule DEF-FLOW
 * @example
 * ```ts
 * DefectSchema.safeParse({
 *   id: 'D-1', project: 'P-1', phase: '1', source: 'patrol', discipline: 'hvac',
 *   description: { zh: '空调百叶过密' }, major: false, reportedAt: '2026-03-02T10:00:00+08:00',
 * }).success; // true
 * ```
 */
export const DefectSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: id().describe(about('id')),
    project: id().describe(about('project')),
    phase: id().describe(about('phase')),
    source: z.enum(DEFECT_SOURCES).describe(`DEF-SOURCE. ${about('source')}`),
    discipline: z.enum(DEFECT_DISCIPLINES).describe(about('discipline')),
    location: key().optional().describe(about('location')),
    component: key().optional().describe(about('component')),
    description: DefectDescriptionSchema,
    major: z.boolean().describe(`DEF-FLOW. ${about('major')}`),
    reportedAt: InstantStringSchema.describe(about('reportedAt')),
    householdsAffected: z.number().int().min(0).optional().describe(about('householdsAffected')),
  }))();

/** A defect record (the output of {@link DefectSchema}). */
export type Defect = z.infer<typeof DefectSchema>;

/** A defect's description: Chinese, English or both. */
export type DefectDescription = z.infer<typeof DefectDescriptionSchema>;
