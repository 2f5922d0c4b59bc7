import {
  describeCode,
  expectBoolean,
  expectOptional,
  expectPlainObject,
  expectString,
} from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Decision } from '../core/reason.js';
import { type DeliveryPolicyInput, describeCitation, resolveDeliveryPolicy } from './policy.js';

/** The facts {@link needsOwnerPreInspection} decides on. */
export interface OwnerPreInspectionFacts {
  /** The caller's own answer: the project holds (or does not hold) an owners' pre-inspection. Wins over the policy. */
  readonly preInspection?: boolean | undefined;
  /** The project's region (`beijing`, `北京`, `北京市`, `Beijing`), matched against the policy's regions. */
  readonly region?: string | undefined;
}

/** The options of {@link needsOwnerPreInspection}. */
export interface OwnerPreInspectionOptions {
  /** The policy; `sinoOcean2008` (Beijing projects only) when absent. */
  readonly policy?: DeliveryPolicyInput;
}

/** Whether the owners' pre-inspection step applies, and why. */
export type OwnerPreInspectionDecision = Decision<{ readonly required: boolean }>;

const normalize = (s: string) => s.trim().toLowerCase().replace(/市$/, '');

/**
 * Whether the owners' pre-inspection (业主预验收, step 3 of `DLV-STEPS`) applies to a project:
 * the caller's own `preInspection` when given; otherwise the policy's scope, `all`, `none`,
 * or the projects of its listed regions (SOL: "目前仅使用于北京地区", Beijing only). The
 * region is data of the policy, never a city written into a function: a company that holds
 * pre-inspections in Tianjin too says so in its policy. A machine's guard calls this.
 *
 * @rule DLV-STEPS
 * @throws {InvalidArgumentError} `facts` is not an object, `preInspection` is not a boolean or `region` not a string.
 * @example
 * ```ts
 * needsOwnerPreInspection({ region: '北京市' }).required; // true
 * needsOwnerPreInspection({ region: 'shanghai' }).required; // false: sinoOcean2008 lists Beijing only
 * needsOwnerPreInspection({ region: 'shanghai', preInspection: true }).required; // true: the caller's answer wins
 * ```
 */
export function needsOwnerPreInspection(
  facts: OwnerPreInspectionFacts,
  options?: OwnerPreInspectionOptions,
): OwnerPreInspectionDecision {
  const f = expectPlainObject(facts, ['facts']);
  const given = expectOptional(f.preInspection, ['facts', 'preInspection'], expectBoolean);
  const region = expectOptional(f.region, ['facts', 'region'], (v, p) =>
    expectString(v, p, { maxLength: 100 }),
  );
  const policy = resolveDeliveryPolicy(options?.policy, ['options', 'policy']);
  const scope = policy.preInspection;
  const cite = describeCitation(scope.cite);
  const names = scope.regions.map((r) => r['zh-CN']).join('、');
  const namesEn = scope.regions.map((r) => r.en).join(', ');
  const facts_ = {
    policy: policy.id,
    scope: scope.scope,
    regions: scope.regions.map((r) => r.id),
    region: region ?? null,
    preInspection: given ?? null,
  };
  if (given !== undefined) {
    return {
      required: given,
      reasons: [
        createReason('DLV-STEPS', facts_, {
          'zh-CN': given ? '调用方确认本项目组织业主预验收' : '调用方确认本项目不组织业主预验收',
          en: given
            ? "The caller says the project holds an owners' pre-inspection"
            : "The caller says the project holds no owners' pre-inspection",
        }),
      ],
    };
  }
  let required: boolean;
  let message: { 'zh-CN': string; en: string };
  switch (scope.scope) {
    case 'all':
      required = true;
      message = {
        'zh-CN': `政策${policy.id}要求所有项目组织业主预验收（${cite['zh-CN']}）`,
        en: `Policy ${policy.id} holds an owners' pre-inspection for every project (${cite.en})`,
      };
      break;
    case 'none':
      required = false;
      message = {
        'zh-CN': `政策${policy.id}不设业主预验收步骤（${cite['zh-CN']}）`,
        en: `Policy ${policy.id} has no owners' pre-inspection step (${cite.en})`,
      };
      break;
    case 'listed-regions': {
      const wanted = region === undefined ? undefined : normalize(region);
      const hit = scope.regions.find(
        (r) => wanted === r.id || wanted === normalize(r['zh-CN']) || wanted === r.en.toLowerCase(),
      );
      required = hit !== undefined;
      message =
        region === undefined
          ? {
              'zh-CN': `未给出项目所在地区；政策${policy.id}仅对${names}地区项目组织业主预验收（${cite['zh-CN']}），本项目跳过该步骤`,
              en: `No region given; policy ${policy.id} holds owners' pre-inspections for ${namesEn} projects only (${cite.en}): skipped`,
            }
          : required
            ? {
                'zh-CN': `项目位于${hit?.['zh-CN']}，政策${policy.id}要求组织业主预验收（${cite['zh-CN']}）`,
                en: `The project is in ${hit?.en}: policy ${policy.id} holds an owners' pre-inspection (${cite.en})`,
              }
            : {
                'zh-CN': `政策${policy.id}仅对${names}地区项目组织业主预验收（${cite['zh-CN']}），本项目所在地区不在其列，跳过该步骤`,
                en: `Policy ${policy.id} holds owners' pre-inspections for ${namesEn} projects only (${cite.en}); this project's region is not listed: skipped`,
              };
      break;
    }
    default:
      throw new InvalidArgumentError(
        ['options', 'policy', 'preInspection', 'scope'],
        `expected all, none or listed-regions, got ${describeCode((scope as { scope: unknown }).scope)}`,
        'INVALID_POLICY',
      );
  }
  return { required, reasons: [createReason('DLV-STEPS', facts_, message)] };
}
