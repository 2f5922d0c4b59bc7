import type { InstantInput } from '../calendar/days.js';
import { describeType, expectNumber, isPlainObject } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import type { SeverityFacts } from './assessComplaintSeverity.js';
import { checkComplaintRecord } from './checkComplaintRecord.js';
import { expectKnownKeys, expectOptions, instantMs } from './checkInputs.js';
import type { GroupFinding } from './detectGroupComplaints.js';
import type { Complaint } from './schemas.js';

/** The options of {@link toSeverityFacts}. */
export interface ToSeverityFactsOptions {
  /** The moment of judgement (for `CMP-SEV-HOT-STALE`). */
  readonly now?: InstantInput;
  /** The group finding of the record's project and issue ({@link detectGroupComplaints}): its counts are folded in. */
  readonly group?: GroupFinding;
}

/**
 * The severity facts of a complaint record (what `parseComplaint` returns), for
 * {@link assessComplaintSeverity} (DESIGN convention 13: a record reaches a decision by an
 * adapter, never by field names the caller maps by hand): `compensationClaimed` becomes
 * `compensationPerHousehold`, the receipt and resolution times and the record's own flags
 * carry over, `now` comes from the options. With `group`, the issue's counts
 * (`CMP-SEV-MAJOR-COUNT`, `CMP-SEV-HOT-REPEAT`, `CMP-SEV-GROUP`) are folded in, for a
 * complaint only (a suggestion or an enquiry counts in no group). `delayOnCompanySide` is
 * left out when the record does not say, so that the one default applies
 * (`DEFAULT_DELAY_ON_COMPANY_SIDE`). The record is checked; a finding of another project or
 * issue is an error.
 *
 * @rule CMP-SEV-MAJOR-COMP
 * @rule CMP-SEV-HOT-STALE
 * @rule CMP-SEV-DETECT
 * @example
 * ```ts
 * toSeverityFacts({ ...record, compensationClaimed: 25000 }, { now: '2026-11-20T10:00:00+08:00' });
 * // { compensationPerHousehold: 25000, receivedAt: record.receivedAt, now: '2026-11-20T10:00:00+08:00' }
 * ```
 */
export function toSeverityFacts(record: Complaint, options?: ToSeverityFactsOptions): SeverityFacts {
  const { record: r } = checkComplaintRecord(record);
  const opts = expectOptions(options);
  if (opts !== undefined) expectKnownKeys(opts, ['now', 'group'], ['options']);
  const now = opts?.now as InstantInput | undefined;
  if (now !== undefined) instantMs(now, ['options', 'now']);
  const group = opts?.group === undefined ? undefined : checkGroup(opts.group, r);
  return mapSeverityFacts(r, now, group);
}

/**
 * The mapping of {@link toSeverityFacts}, without its checks: for a record and a group
 * finding already checked (`triageComplaints` checks each record once, against the field
 * table). One mapping, read by both.
 *
 * @internal
 */
export function mapSeverityFacts(
  r: Complaint,
  now: InstantInput | undefined,
  group: GroupFinding | undefined,
): SeverityFacts {
  const isComplaint = r.kind === undefined || r.kind === 'complaint';
  const facts: { -readonly [K in keyof SeverityFacts]: SeverityFacts[K] } = { receivedAt: r.receivedAt };
  if (r.compensationClaimed !== undefined) facts.compensationPerHousehold = r.compensationClaimed;
  if (r.lawsuitFiled !== undefined) facts.lawsuitFiled = r.lawsuitFiled;
  if (r.mediaExposed !== undefined) facts.mediaExposed = r.mediaExposed;
  if (r.demandsReturnOrLargeCompensation !== undefined) {
    facts.demandsReturnOrLargeCompensation = r.demandsReturnOrLargeCompensation;
  }
  if (r.mayLeadToLawsuitOrMedia !== undefined) facts.mayLeadToLawsuitOrMedia = r.mayLeadToLawsuitOrMedia;
  if (r.collectiveComplainants !== undefined) facts.collectiveComplainants = r.collectiveComplainants;
  if (r.crisisSignals !== undefined) facts.crisisSignals = r.crisisSignals;
  if (r.resolvedAt !== undefined) facts.resolvedAt = r.resolvedAt;
  if (r.delayOnCompanySide !== undefined) facts.delayOnCompanySide = r.delayOnCompanySide;
  if (now !== undefined) facts.now = now;
  if (group !== undefined && isComplaint) {
    facts.householdsWithSameIssue = group.households;
    facts.distinctComplainantsWithin30Days = group.complainantsWithin30Days;
    facts.simultaneousMajorHouseholds = group.majorHouseholds;
    facts.householdsComplainingTogether = group.householdsTogether;
  }
  return facts;
}

/**
 * A group finding for a checked record: an object of the record's own project and issue,
 * with whole counts >= 0; errors at `options.group`.
 *
 * @internal
 */
export function checkGroup(value: unknown, r: Complaint): GroupFinding {
  if (!isPlainObject(value)) {
    throw new InvalidArgumentError(
      ['options', 'group'],
      `expected a group finding, got ${describeType(value)}`,
    );
  }
  if (value.projectId !== r.projectId || value.issue !== r.issue) {
    throw new InvalidArgumentError(
      ['options', 'group'],
      "the finding of another project or issue: pass the finding of the record's own projectId and issue",
    );
  }
  for (const k of [
    'households',
    'complainantsWithin30Days',
    'majorHouseholds',
    'householdsTogether',
  ] as const) {
    expectNumber(value[k], ['options', 'group', k], { min: 0, integer: true });
  }
  return value as unknown as GroupFinding;
}
