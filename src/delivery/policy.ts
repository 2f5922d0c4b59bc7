/**
 * The delivery settings that differ between policies, and the default: the Sino-Ocean 2008
 * rules (SOL 房屋交付管理, 房屋交付风险检查, 项目开盘风险检查), which the presets module
 * names `sinoOcean2008`. Every value carries its citation (convention 14): the source
 * section, or that it is borrowed from another preset, or the library's own default, or a
 * company's override.
 *
 * @module
 */

import type { PeriodLength } from '../calendar/periodLength.js';
import { isPlainObject } from '../core/checks.js';
import { deepFreeze } from '../core/deepFreeze.js';
import { InvalidArgumentError } from '../core/errors.js';
import type { LocalizedText } from '../core/reason.js';
import type { DeliveryBeforeMilestoneId, HqCheckDepartment } from './types.js';

/** Where a policy value comes from (convention 14). */
export type CitationBasis = 'source' | 'borrowed' | 'library-default' | 'company';

/** A policy value's citation: its basis and the section (or preset, or company) it comes from. */
export interface Citation {
  readonly basis: CitationBasis;
  /** The source section (`SOL 房屋交付管理 3`), the preset borrowed from, the library, or the company policy's id. */
  readonly source: string;
  /** Why, in both languages: what the source leaves open and how the library's default reads it. */
  readonly note?: LocalizedText;
}

/** A duty due a period before the delivery day (`LAW-BEFORE`), with its citation. */
export interface BeforeRule {
  /** How long before: `{ months: 2 }`, `{ months: 1, days: 15 }` (1.5 months), `{ days: 7 }`. */
  readonly before: PeriodLength;
  readonly cite: Citation;
}

/** A region where the owners' pre-inspection applies: an id and its names, matched against the caller's `region`. */
export interface PreInspectionRegion extends LocalizedText {
  /** A lowercase ASCII id, e.g. `beijing`. */
  readonly id: string;
}

/** The delivery settings of a policy. */
export interface DeliveryPolicy {
  /** The preset or company policy this is (for reasons). */
  readonly id: string;
  /** Every milestone counted back from the delivery day: how long before, and the citation. */
  readonly milestones: Readonly<Record<DeliveryBeforeMilestoneId, BeforeRule>>;
  /** `DLV-PREP`: the owners are phoned from the `fromDay`-th to the `toDay`-th day after the notice pack is mailed. */
  readonly ownerCalls: {
    readonly fromDay: number;
    readonly toDay: number;
    /**
     * How "第2-3日" is read: calendar days (the source's words; a window may fall on a
     * holiday) or working days (the calls are made on the company's working days).
     */
    readonly counting: 'calendar-days' | 'working-days';
    readonly cite: Citation;
  };
  /** `DLV-PREP`: at least this many rehearsals before a project's first delivery. */
  readonly rehearsals: { readonly minimum: number; readonly cite: Citation };
  /** `DLV-SUMMARY`: the summary is due this many working days after the centralized delivery ends. */
  readonly summary: { readonly workingDays: number; readonly cite: Citation };
  /** `DLV-STEPS`: where the owners' pre-inspection (业主预验收) applies. */
  readonly preInspection: {
    /** Every project, none, or the projects of the listed regions. */
    readonly scope: 'all' | 'none' | 'listed-regions';
    readonly regions: readonly PreInspectionRegion[];
    readonly cite: Citation;
  };
  /** `DLV-RISK-HQ`: the HQ departments of the joint check of a subsidiary's first delivery. */
  readonly riskCheck: {
    readonly jointCheckDepartments: readonly HqCheckDepartment[];
    readonly cite: Citation;
  };
  /** `DLV-OPENING`: the sales-opening risk check. */
  readonly opening: {
    /** The preparation meeting: how long before its anchor. */
    readonly preparationMeeting: BeforeRule;
    /**
     * What the meeting is counted back from: the risk assessment (SOL's words: 开盘风险评估前2周)
     * or the opening itself (RULES.md's reading). Both readings are a setting (convention 14).
     */
    readonly preparationMeetingBefore: 'risk-assessment' | 'opening';
    /** Days between two weekly reports of open findings. */
    readonly weeklyReportEveryDays: number;
    readonly cite: Citation;
  };
}

const SOL = (source: string): Citation => ({ basis: 'source', source: `SOL ${source}` });
const own = (zh: string, en: string): Citation => ({
  basis: 'library-default',
  source: 'realty-crm-rules',
  note: { 'zh-CN': zh, en },
});

/**
 * The Sino-Ocean 2008 delivery rules (SOL), the library's default: the plan 2 months before
 * delivery; the risk team 1.5 months before; the self-check and the HQ check 1 month
 * before, the report at least 30 days before; area measurement, the title agency and the
 * documents 1 month before; the notice pack 7 days before, the owners phoned on the 2nd-3rd
 * day after; cleaning, keys, packs and site dressing 3 days before; at least 2 rehearsals
 * for a first delivery; the handover inspection at least 15 days before (the 2010 Measures);
 * the summary within 5 working days of the centralized delivery's end; the owners'
 * pre-inspection for Beijing projects only.
 *
 * @rule DLV-PLAN
 * @rule DLV-RISK-TEAM
 * @rule DLV-RISK-REPORT
 * @rule DLV-RISK-HQ
 * @rule DLV-PREP
 * @rule DLV-HANDOVER-LAW
 * @rule DLV-SUMMARY
 * @rule DLV-STEPS
 * @rule DLV-OPENING
 */
export const SINO_OCEAN_2008_DELIVERY_POLICY: DeliveryPolicy = deepFreeze({
  id: 'sinoOcean2008',
  milestones: {
    'delivery-plan': { before: { months: 2 }, cite: SOL('房屋交付管理 3 Step1') },
    'risk-team': { before: { months: 1, days: 15 }, cite: SOL('房屋交付风险检查 2(1)') },
    'risk-self-check': { before: { months: 1 }, cite: SOL('房屋交付管理 Step2') },
    'risk-report': { before: { days: 30 }, cite: SOL('房屋交付风险检查 2(3)') },
    'hq-check': { before: { months: 1 }, cite: SOL('房屋交付风险检查 3') },
    'owner-pre-inspection': {
      before: { months: 1 },
      cite: own(
        'SOL未规定日期：本库取交付前1个月（与项目自查同日），以便工程部门在交付前整改业主提出的问题',
        'SOL sets no day: the library takes 1 month before, with the self-check, so that engineering can fix what owners find before delivery',
      ),
    },
    'area-measurement': { before: { months: 1 }, cite: SOL('房屋交付管理 第一部分 1') },
    'title-agency': { before: { months: 1 }, cite: SOL('房屋交付管理 第一部分 3') },
    documents: { before: { months: 1 }, cite: SOL('房屋交付管理 第一部分 4') },
    'handover-inspection': {
      before: { days: 15 },
      cite: { basis: 'source', source: '物业承接查验办法 (2010) 第五条' },
    },
    'notice-pack-mailed': { before: { days: 7 }, cite: SOL('房屋交付管理 第一部分 6') },
    'cleaning-keys-packs': { before: { days: 3 }, cite: SOL('房屋交付管理 第一部分 10') },
    'site-dressing': { before: { days: 3 }, cite: SOL('房屋交付管理 第一部分 11') },
    rehearsals: {
      before: { days: 1 },
      cite: own(
        'SOL未规定演练日期：本库取交付日前的最后一个工作日',
        'SOL gives no day for the rehearsals: the library takes the last working day before delivery',
      ),
    },
    'pre-inspection-repairs': { before: { days: 1 }, cite: SOL('房屋交付管理 Step3 (在房屋交付前整改完毕)') },
  },
  ownerCalls: { fromDay: 2, toDay: 3, counting: 'calendar-days', cite: SOL('房屋交付管理 第一部分 6') },
  rehearsals: { minimum: 2, cite: SOL('房屋交付管理 第一部分 9') },
  summary: { workingDays: 5, cite: SOL('房屋交付管理 Step6') },
  preInspection: {
    scope: 'listed-regions',
    regions: [{ id: 'beijing', 'zh-CN': '北京', en: 'Beijing' }],
    cite: SOL('房屋交付管理 Step3 (目前仅使用于北京地区)'),
  },
  riskCheck: {
    jointCheckDepartments: ['customer-relations', 'quality', 'contracts', 'project'],
    cite: SOL('房屋交付风险检查 交付风险检查流程及要求 1'),
  },
  opening: {
    preparationMeeting: { before: { weeks: 2 }, cite: SOL('项目开盘风险检查 评估过程') },
    preparationMeetingBefore: 'risk-assessment',
    weeklyReportEveryDays: 7,
    cite: SOL('项目开盘风险检查 评估过程 (开盘风险评估前2周; 定期以周报甚至日报形式反馈)'),
  },
});

/** A policy as the delivery functions take it: the delivery settings, or a whole policy that carries them. */
export type DeliveryPolicyInput = DeliveryPolicy | { readonly delivery: DeliveryPolicy };

/** The delivery settings of a policy input; the default when absent. @internal */
export function resolveDeliveryPolicy(input: unknown, path: readonly (string | number)[]): DeliveryPolicy {
  if (input === undefined) return SINO_OCEAN_2008_DELIVERY_POLICY;
  if (isPlainObject(input)) {
    const slice = 'delivery' in input ? input.delivery : input;
    if (isPlainObject(slice) && isPlainObject(slice.milestones) && isPlainObject(slice.ownerCalls)) {
      return slice as unknown as DeliveryPolicy;
    }
  }
  throw new InvalidArgumentError(
    path,
    'expected a policy (a preset such as sinoOcean2008, or createPolicy(...)) or its delivery settings',
    'INVALID_POLICY',
  );
}

/**
 * The same settings with every citation marked as borrowed from `from` (a preset whose
 * source says nothing of delivery takes another's and says so). @internal
 */
export function borrowDeliveryPolicy(base: DeliveryPolicy, id: string): DeliveryPolicy {
  const borrow = (c: Citation): Citation => ({
    basis: 'borrowed',
    source: `${base.id}: ${c.source}`,
    ...(c.note === undefined ? {} : { note: c.note }),
  });
  const milestones = Object.fromEntries(
    Object.entries(base.milestones).map(([k, r]) => [k, { before: r.before, cite: borrow(r.cite) }]),
  ) as DeliveryPolicy['milestones'];
  return deepFreeze({
    id,
    milestones,
    ownerCalls: { ...base.ownerCalls, cite: borrow(base.ownerCalls.cite) },
    rehearsals: { ...base.rehearsals, cite: borrow(base.rehearsals.cite) },
    summary: { ...base.summary, cite: borrow(base.summary.cite) },
    preInspection: { ...base.preInspection, cite: borrow(base.preInspection.cite) },
    riskCheck: { ...base.riskCheck, cite: borrow(base.riskCheck.cite) },
    opening: {
      ...base.opening,
      preparationMeeting: {
        before: base.opening.preparationMeeting.before,
        cite: borrow(base.opening.preparationMeeting.cite),
      },
      cite: borrow(base.opening.cite),
    },
  });
}

/**
 * A merged policy's delivery settings with the citation of every value a company overrode
 * (without giving a citation of its own) set to `{ basis: 'company', source: id }`, so that
 * a reason never credits SOL with a company's number. @internal
 */
export function citeDeliveryOverrides(
  merged: DeliveryPolicy,
  overrides: unknown,
  id: string,
): DeliveryPolicy {
  const company: Citation = { basis: 'company', source: id };
  if (!isPlainObject(overrides)) return { ...merged, id };
  const touched = (o: unknown) =>
    isPlainObject(o) && Object.keys(o).some((k) => k !== 'cite') && !('cite' in o);
  const milestones = { ...merged.milestones } as Record<string, BeforeRule>;
  if (isPlainObject(overrides.milestones)) {
    for (const [k, o] of Object.entries(overrides.milestones)) {
      const m = milestones[k];
      if (m !== undefined && touched(o)) milestones[k] = { ...m, cite: company };
    }
  }
  const out: Record<string, unknown> = { ...merged, id, milestones };
  for (const key of ['ownerCalls', 'rehearsals', 'summary', 'preInspection', 'riskCheck'] as const) {
    if (touched(overrides[key])) out[key] = { ...merged[key], cite: company };
  }
  const opening = overrides.opening;
  if (isPlainObject(opening)) {
    let o = { ...merged.opening };
    if (touched(opening.preparationMeeting))
      o = { ...o, preparationMeeting: { ...o.preparationMeeting, cite: company } };
    if (Object.keys(opening).some((k) => k !== 'cite' && k !== 'preparationMeeting') && !('cite' in opening))
      o = { ...o, cite: company };
    out.opening = o;
  }
  return out as unknown as DeliveryPolicy;
}

/** A citation in words: `SOL 房屋交付管理 3`, `borrowed from ...`, `library default: ...`. @internal */
export function describeCitation(cite: Citation): LocalizedText {
  switch (cite.basis) {
    case 'source':
      return { 'zh-CN': `出处：${cite.source}`, en: `source: ${cite.source}` };
    case 'borrowed':
      return {
        'zh-CN': `借用 ${cite.source}${cite.note === undefined ? '' : `（${cite.note['zh-CN']}）`}`,
        en: `borrowed from ${cite.source}${cite.note === undefined ? '' : ` (${cite.note.en})`}`,
      };
    case 'library-default':
      return {
        'zh-CN': `本库默认值${cite.note === undefined ? '' : `：${cite.note['zh-CN']}`}`,
        en: `the library's own default${cite.note === undefined ? '' : `: ${cite.note.en}`}`,
      };
    case 'company':
      return { 'zh-CN': `公司政策 ${cite.source} 的设定`, en: `set by the company policy ${cite.source}` };
  }
}
