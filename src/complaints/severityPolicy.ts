/**
 * What the severity judgement reads of a policy (its id, its severity settings and their
 * sources), and the default's: a module of its own, so that `assessComplaintSeverity`
 * alone ships the Sino-Ocean 2008 severity settings without the rest of the policy
 * (issue 14). `SINO_OCEAN_2008_COMPLAINT_POLICY` takes its severity settings from here.
 *
 * @internal
 * @module
 */

import { deepFreeze } from '../core/deepFreeze.js';
import type { SettingSource } from '../core/settingSource.js';
import { atLeast, moreThan } from '../core/thresholds.js';
import type { ComplaintPolicy } from './policy.js';
import { type SeveritySettingKey, SINO_OCEAN_2008_SEVERITY_SOURCES } from './sinoOcean2008Sources.js';

/** The part of the complaint settings a severity judgement reads; every `ComplaintPolicy` is one. @internal */
export interface SeverityPolicy {
  readonly id: string;
  readonly severity: ComplaintPolicy['severity'];
  readonly sources: Readonly<Record<SeveritySettingKey, SettingSource>>;
}

/**
 * The Sino-Ocean 2008 severity settings (SOL 投诉管理 3(2)): the default policy's
 * `severity`.
 *
 * @rule CMP-SEV-MAJOR-COMP
 * @rule CMP-SEV-MAJOR-COUNT
 * @rule CMP-SEV-GROUP
 * @rule CMP-SEV-HOT-REPEAT
 * @rule CMP-SEV-HOT-COLLECTIVE
 * @rule CMP-SEV-HOT-STALE
 * @internal
 */
export const SINO_OCEAN_2008_SEVERITY: ComplaintPolicy['severity'] = /* @__PURE__ */ deepFreeze({
  majorCompensationPerHouseholdYuan: /* @__PURE__ */ moreThan(20_000),
  majorSameIssueHouseholds: /* @__PURE__ */ atLeast(20),
  majorGroupHouseholds: /* @__PURE__ */ atLeast(10),
  majorGroupReading: 'complaining-together',
  majorGroupWindowHours: 72,
  hotRepeatComplainants: /* @__PURE__ */ atLeast(3),
  hotRepeatWindowDays: 30,
  hotCollectiveComplainants: /* @__PURE__ */ atLeast(3),
  hotStaleAfterDays: 7,
});

/**
 * What the severity judgement reads of the default policy: its id, its severity settings
 * and their sources (a value read by property in a module-level initializer would keep the
 * whole default policy in every bundle: built from the parts instead).
 *
 * @internal
 */
export const SINO_OCEAN_2008_SEVERITY_POLICY: SeverityPolicy = /* @__PURE__ */ Object.freeze({
  id: 'sinoOcean2008',
  severity: SINO_OCEAN_2008_SEVERITY,
  sources: SINO_OCEAN_2008_SEVERITY_SOURCES,
});
