import type { ComplaintPolicy } from '../complaints/policy.js';
import type { LocalizedText } from '../core/reason.js';
import type { CustomerPolicy } from '../customers/policy.js';
import type { DefectPolicy } from '../defects/policy.js';
import type { DeliveryPolicy } from '../delivery/policy.js';
import type { WarrantyPolicy } from '../warranty/policy.js';

/**
 * A policy: a named set of every module's settings. A preset reproduces one source
 * rulebook; a company's policy is a preset plus overrides ({@link createPolicy}). Every
 * function of every module takes it as `{ policy }`.
 */
export interface Policy {
  /** A stable id, e.g. `sinoOcean2008`. */
  readonly id: string;
  /** Its name in both languages. */
  readonly name: LocalizedText;
  /** The source rulebook(s) it reproduces (see `seeds/README.md`): SOL, AOY, GEN, or a company's own. */
  readonly source: string;
  /** The complaint settings (`CMP-*`). */
  readonly complaints: ComplaintPolicy;
  /** The house-delivery settings (`DLV-*`), each value with its citation. */
  readonly delivery: DeliveryPolicy;
  /** The warranty and repair settings (`WAR-*`, `LAW-WARRANTY-BUYER`). */
  readonly warranty: WarrantyPolicy;
  /** The customer-file settings (`CUS-*`). */
  readonly customers: CustomerPolicy;
  /** The defect settings (`DEF-*`). */
  readonly defects: DefectPolicy;
}

/** Everything of a policy a company may override: any subset, at any depth. */
export type PolicyOverrides = DeepPartial<Omit<Policy, 'id'>> & { readonly id?: string };

type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { readonly [K in keyof T]?: DeepPartial<T[K]> | null }
    : T;
