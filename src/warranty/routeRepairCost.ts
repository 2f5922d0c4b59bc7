import { expectBoolean, expectKnownKeys, expectOneOf, expectPlainObject } from '../core/checks.js';
import { createReason, type Decision } from '../core/reason.js';
import { COST_BEARER_LABELS, DEFECT_CAUSE_LABELS } from './tables/labels.js';
import { type CostBearer, DEFECT_CAUSES, type DefectCause } from './types.js';

/** The facts of {@link routeRepairCost}. */
export interface RepairCostFacts {
  /** The item is within its warranty (as {@link computeWarrantyExpiry} tells). */
  readonly inWarranty: boolean;
  /** What caused the defect, as the survey found it. */
  readonly cause: DefectCause;
}

/** Who bears a repair's cost (`LAW-WARRANTY-REPLACE`). */
export type RepairCostRoute = Decision<{
  /** The original contractor, the owner, the third party that caused it, or to be decided after the survey. */
  readonly bearer: CostBearer;
  /** The owner pays: a paid repair, whose charges are stated and accepted before work starts (`WAR-APPOINT`). */
  readonly paidByOwner: boolean;
}>;

/**
 * Who bears a repair's cost (`LAW-WARRANTY-REPLACE`: "the repair costs are borne by the
 * party responsible for the defect", 房屋建筑工程质量保修办法): within the warranty, the
 * original contractor for a construction defect; the owner for damage by their own use;
 * the third party that caused it. Out of warranty the owner pays (a paid repair,
 * `WAR-APPOINT`), unless a third party caused it. Unclear responsibility is settled on site
 * first (`WAR-ONSITE`).
 *
 * @rule LAW-WARRANTY-REPLACE
 * @rule WAR-APPOINT
 * @rule WAR-ONSITE
 * @throws {InvalidArgumentError} an unknown cause, a flag that is not a boolean.
 * @example
 * ```ts
 * routeRepairCost({ inWarranty: true, cause: 'construction' }).bearer; // 'contractor'
 * routeRepairCost({ inWarranty: false, cause: 'construction' }).bearer; // 'owner'
 * ```
 */
export function routeRepairCost(facts: RepairCostFacts): RepairCostRoute {
  const f = expectPlainObject(facts, ['facts']);
  expectKnownKeys(f, ['inWarranty', 'cause'], []);
  const inWarranty = expectBoolean(f.inWarranty, ['inWarranty']);
  const cause = expectOneOf(f.cause, DEFECT_CAUSES, ['cause']);
  let bearer: CostBearer;
  if (cause === 'third-party') bearer = 'third-party';
  else if (!inWarranty || cause === 'owner-use') bearer = 'owner';
  else if (cause === 'construction') bearer = 'contractor';
  else bearer = 'to-be-determined';
  const b = COST_BEARER_LABELS[bearer];
  const c = DEFECT_CAUSE_LABELS[cause];
  const reason =
    bearer === 'to-be-determined'
      ? createReason(
          'WAR-ONSITE',
          { inWarranty, cause, bearer },
          {
            'zh-CN': '保修期内责任界限不清：须物业工程管理部陪同现场踏勘界定责任后，再定费用承担方',
            en: 'In warranty with unclear responsibility: the cost is decided once the joint survey on site has settled it',
          },
        )
      : createReason(
          'LAW-WARRANTY-REPLACE',
          { inWarranty, cause, bearer },
          {
            'zh-CN': `${inWarranty ? '保修期内' : '已过保修期'}，原因：${c['zh-CN']}：维修费用由${b['zh-CN']}承担`,
            en: `${inWarranty ? 'In warranty' : 'Out of warranty'}, caused by ${c.en}: the cost is borne by ${b.en}`,
          },
        );
  return { bearer, paidByOwner: bearer === 'owner', reasons: [reason] };
}
