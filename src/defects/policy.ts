/**
 * The defect settings that differ between policies, and the default: the Sino-Ocean 2008
 * rules (SOL 缺陷管理), which the presets module names `sinoOcean2008`. It lives here so
 * that every defect function can default to it without importing presets.
 *
 * @module
 */

import * as z from 'zod';
import { describeType } from '../core/checks.js';
import { deepFreeze } from '../core/deepFreeze.js';
import { InvalidArgumentError } from '../core/errors.js';
import type { LocalizedText } from '../core/reason.js';
import { findShapeIssue } from '../core/shapeCheck.js';
import { atLeast, type Threshold } from '../core/thresholds.js';
import { DEFECT_POLICY_SHAPE } from './policyShape.js';

/**
 * Where a preset's value comes from (DESIGN convention 14): its `source` section, the same
 * section `borrowed` from another source (the preset's own source sets none), or the
 * `library-default`.
 */
export interface DefectSettingSource {
  readonly kind: 'source' | 'borrowed' | 'library-default';
  /** The section cited (`SOL 缺陷信息上报`), `null` for the library's own default. */
  readonly section: string | null;
  /** What the section says, or why the library chose the value, in both languages. */
  readonly note: LocalizedText;
}

/**
 * How much a key that both sides have and that differs lowers a recurrence score
 * (`DEF-RECUR`): the score is multiplied by `1 - penalty x (1 - the keys' similarity)`, so
 * a penalty of 0.5 halves the score of two different components. Keys that agree lower
 * nothing and raise nothing: the description's shared n-grams are usually the component's
 * name already, and counting it twice would make any defect of the same component a
 * recurrence.
 */
export interface RecurrenceKeyPenalties {
  /** A different component (0-1). */
  readonly component: number;
  /** A different discipline (0-1): disciplines are classified differently by different people, so mild. */
  readonly discipline: number;
  /** A different location (0-1). */
  readonly location: number;
}

/** The defect settings of a policy. */
export interface DefectPolicy {
  /** The preset or company policy this is (for reasons and reports). */
  readonly id: string;
  /** The per-phase defect handbook (`DEF-HANDBOOK`). */
  readonly handbook: {
    /** Cases a handbook holds at least: 不应少于30个, `atLeast(30)`. */
    readonly minimumCases: Threshold;
    /** The window after the phase's centralized delivery after which it is owed, in months (`LAW-WINDOW`). */
    readonly monthsAfterCentralizedDelivery: number;
    /** Calendar days of grace after the first day it is owed; 0 in every preset. */
    readonly gracePeriodDays: number;
  };
  /** The monthly defect report to HQ (`DEF-HANDBOOK`): its nominal day, moved back over rest days (`LAW-BEFORE`). */
  readonly monthlyReport: { readonly lastDay: 'month-end' | number };
  /** Recurrence matching (`DEF-RECUR`). */
  readonly recurrence: {
    /** The score (0-1) at which a handbook case is a match. */
    readonly threshold: number;
    /** Character n-grams two texts must share to be similar at all (fewer when a text has fewer). */
    readonly minSharedGrams: number;
    readonly keyPenalties: RecurrenceKeyPenalties;
  };
  /** Where each value comes from (DESIGN convention 14). */
  readonly sources: {
    readonly handbookMinimumCases: DefectSettingSource;
    readonly handbookWindow: DefectSettingSource;
    readonly handbookGracePeriod: DefectSettingSource;
    readonly monthlyReport: DefectSettingSource;
    readonly recurrence: DefectSettingSource;
  };
}

const RECURRENCE_DEFAULT: DefectSettingSource = {
  kind: 'library-default',
  section: null,
  note: {
    'zh-CN':
      'SOL要求发现与手册案例相同的新缺陷（缺陷管理 目的），但未规定如何比较。重复发生的缺陷要对责任部门考核（缺陷管理 利用与考核），因此默认从严：0.8时，SOL的案例换一种写法（加楼号、多一个字或少一个字）能被找出，而相近但不同的问题（同一部件的另一种毛病）不会；0.5用于更宽的初筛',
    en: "SOL asks that a new defect matching a handbook case be caught (缺陷管理 目的) and sets no measure. A recurrence counts against the responsible department (缺陷管理 利用与考核), so the default leans to precision: at 0.8 SOL's cases are found in other wordings (a building prefix, a character more or less) and their near misses are not, the same component with another fault included; 0.5 screens more widely",
  },
};

/**
 * The Sino-Ocean 2008 defect rules (SOL 缺陷信息上报), the library's default: the phase's
 * handbook of at least 30 cases owed once 3 months have passed after its centralized
 * delivery, with no grace period; the monthly report at month end; recurrence matched at a
 * score of 0.8 (the library's own setting: SOL names no measure).
 *
 * @rule DEF-HANDBOOK
 * @rule DEF-RECUR
 * @example
 * ```ts
 * SINO_OCEAN_2008_DEFECT_POLICY.handbook.minimumCases; // { kind: 'at-least', value: 30 }
 * SINO_OCEAN_2008_DEFECT_POLICY.recurrence.threshold; // 0.8
 * ```
 */
export const SINO_OCEAN_2008_DEFECT_POLICY: DefectPolicy = deepFreeze({
  id: 'sinoOcean2008',
  handbook: { minimumCases: atLeast(30), monthsAfterCentralizedDelivery: 3, gracePeriodDays: 0 },
  monthlyReport: { lastDay: 'month-end' },
  recurrence: {
    threshold: 0.8,
    minSharedGrams: 2,
    keyPenalties: { component: 0.5, discipline: 0.05, location: 0.2 },
  },
  sources: {
    handbookMinimumCases: {
      kind: 'source',
      section: 'SOL 缺陷信息上报',
      note: {
        'zh-CN': '每个项目每期提交的缺陷反馈手册中缺陷案例的数量不应少于30个',
        en: 'no fewer than 30 cases per phase',
      },
    },
    handbookWindow: {
      kind: 'source',
      section: 'SOL 缺陷信息上报',
      note: {
        'zh-CN': '在每期房屋集中交付3个月以后提交',
        en: "submitted once 3 months have passed after each phase's centralized delivery",
      },
    },
    handbookGracePeriod: {
      kind: 'library-default',
      section: null,
      note: { 'zh-CN': 'SOL未规定宽限期：0日', en: 'SOL sets no grace period: 0 days' },
    },
    monthlyReport: {
      kind: 'source',
      section: 'SOL 缺陷信息上报',
      note: {
        'zh-CN': '在每月底将项目缺陷信息收集汇总后上报',
        en: "the project's defects reported at month end",
      },
    },
    recurrence: RECURRENCE_DEFAULT,
  },
});

/**
 * The defect settings for a preset whose source has no defect rules (AOY, GEN): SOL's
 * values, each marked as borrowed. @internal
 */
export function borrowSinoOceanDefectPolicy(id: string, sourceName: string): DefectPolicy {
  const s = SINO_OCEAN_2008_DEFECT_POLICY.sources;
  const borrowed = (x: DefectSettingSource): DefectSettingSource =>
    x.kind === 'source'
      ? {
          kind: 'borrowed',
          section: x.section,
          note: {
            'zh-CN': `${x.note['zh-CN']}（${sourceName}未规定缺陷管理规则，借用远洋的规定）`,
            en: `${x.note.en} (${sourceName} sets no defect rules: Sino-Ocean's, borrowed)`,
          },
        }
      : x;
  return deepFreeze({
    ...SINO_OCEAN_2008_DEFECT_POLICY,
    id,
    sources: {
      handbookMinimumCases: borrowed(s.handbookMinimumCases),
      handbookWindow: borrowed(s.handbookWindow),
      handbookGracePeriod: s.handbookGracePeriod,
      monthlyReport: borrowed(s.monthlyReport),
      recurrence: s.recurrence,
    },
  });
}

/** A policy as functions take it: the defect settings, or a whole policy that carries them. */
export type DefectPolicyInput = DefectPolicy | { readonly defects: DefectPolicy };

/** Defect settings already checked (by identity). */
const trusted = /* @__PURE__ */ new WeakSet<object>();

/**
 * The defect settings of a policy input; the default when absent. Settings seen for the
 * first time are checked whole against the hand-written {@link DEFECT_POLICY_SHAPE} (no
 * zod on a decision function's path, issue 14), then remembered, so a hand-made or damaged
 * policy is an `InvalidArgumentError` (code `INVALID_POLICY`) at `options.policy...`, never
 * a wrong date or a plain `TypeError` later.
 *
 * @internal
 */
export function resolveDefectPolicy(input: DefectPolicyInput | undefined): DefectPolicy {
  if (input === undefined || input === SINO_OCEAN_2008_DEFECT_POLICY) return SINO_OCEAN_2008_DEFECT_POLICY;
  const path: (string | number)[] = ['options', 'policy'];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidArgumentError(
      path,
      `expected a policy (a preset such as sinoOcean2008, or createPolicy's result), got ${describeType(input)}`,
      'INVALID_POLICY',
    );
  }
  const hasSlice = Object.hasOwn(input, 'defects');
  const slice: unknown = hasSlice ? (input as { defects: unknown }).defects : input;
  if (typeof slice === 'object' && slice !== null && trusted.has(slice)) return slice as DefectPolicy;
  const issue = findShapeIssue(DEFECT_POLICY_SHAPE, slice);
  if (issue !== undefined) {
    throw new InvalidArgumentError(
      [...path, ...(hasSlice ? ['defects'] : []), ...issue.path],
      `${issue.message} (make a policy with createPolicy)`,
      'INVALID_POLICY',
    );
  }
  trusted.add(slice as object);
  return slice as DefectPolicy;
}

const SettingSourceSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.enum(['source', 'borrowed', 'library-default']),
    section: z.string().min(1).nullable(),
    note: z.strictObject({ 'zh-CN': z.string().min(1), en: z.string().min(1) }),
  }))();

const penalty = () => z.number().min(0).max(1);

/**
 * The defect settings, validated: unknown keys, a threshold outside (0, 1], a key penalty
 * outside [0, 1] or a negative grace period are path-addressed errors.
 *
 * @example
 * ```ts
 * DefectPolicySchema.safeParse({ ...SINO_OCEAN_2008_DEFECT_POLICY, recurrence: { threshold: 0 } }).success; // false
 * ```
 */
export const DefectPolicySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().min(1),
    handbook: z.strictObject({
      minimumCases: z.strictObject({
        kind: z.enum(['at-least', 'more-than', 'at-most', 'less-than']),
        value: z.number().int().min(0),
      }),
      monthsAfterCentralizedDelivery: z.number().int().min(1).max(120),
      gracePeriodDays: z.number().int().min(0).max(366),
    }),
    monthlyReport: z.strictObject({
      lastDay: z.union([z.literal('month-end'), z.number().int().min(1).max(31)]),
    }),
    recurrence: z.strictObject({
      threshold: z.number().gt(0).max(1),
      minSharedGrams: z.number().int().min(1).max(10),
      keyPenalties: z.strictObject({ component: penalty(), discipline: penalty(), location: penalty() }),
    }),
    sources: z.strictObject({
      handbookMinimumCases: SettingSourceSchema,
      handbookWindow: SettingSourceSchema,
      handbookGracePeriod: SettingSourceSchema,
      monthlyReport: SettingSourceSchema,
      recurrence: SettingSourceSchema,
    }),
  }))();
