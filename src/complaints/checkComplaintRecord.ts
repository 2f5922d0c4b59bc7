/**
 * The cheap run-time check of a complaint record (what `parseComplaint` returns) at the
 * doors that take one: the adapters and `assessComplaintSeverity`. Every field the record
 * type declares is checked by type, its times against the receipt, and an unknown field is
 * an error with a did-you-mean: nothing is dropped silently (DESIGN convention 13).
 *
 * @internal
 * @module
 */

import {
  type ArgumentPath,
  expectArray,
  expectBoolean,
  expectNumber,
  expectOneOf,
  expectString,
} from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { expectStoredPhone } from '../core/personal/storedPhone.js';
import {
  expectCategory,
  expectDayOrInstant,
  expectId,
  expectInputObject,
  expectKnownKeys,
  instantMs,
} from './checkInputs.js';
import type { Complaint } from './schemas.js';
import { CALLBACK_OUTCOMES, COMPLAINT_CHANNELS, CRISIS_SIGNALS, RECORD_KINDS } from './types.js';

/** Every field of a complaint record, in the schema's order (a test checks it against `ComplaintSchema`). */
export const COMPLAINT_RECORD_FIELDS = Object.freeze([
  'id',
  'projectId',
  'householdId',
  'complainantId',
  'contactName',
  'contactPhone',
  'issue',
  'category',
  'kind',
  'receivedAt',
  'channel',
  'summary',
  'compensationClaimed',
  'lawsuitFiled',
  'mediaExposed',
  'demandsReturnOrLargeCompensation',
  'mayLeadToLawsuitOrMedia',
  'collectiveComplainants',
  'delayOnCompanySide',
  'crisisSignals',
  'centralizedDeliveryAt',
  'deliveredToOwnerOn',
  'inWarranty',
  'involvesDeveloperCompensation',
  'developerLegacyIssue',
  'hasContactInfo',
  'anonymous',
  'replyLetterOnly',
  'repliedAt',
  'handlingCompletedAt',
  'calledBackAt',
  'callbackOutcome',
  'resolvedAt',
  'closedAt',
] as const);

const BOOLEANS = [
  'lawsuitFiled',
  'mediaExposed',
  'demandsReturnOrLargeCompensation',
  'mayLeadToLawsuitOrMedia',
  'delayOnCompanySide',
  'inWarranty',
  'involvesDeveloperCompensation',
  'developerLegacyIssue',
  'hasContactInfo',
  'anonymous',
  'replyLetterOnly',
] as const;

/** The times of a record that come after its receipt. */
export const LATER_TIMES = [
  'repliedAt',
  'handlingCompletedAt',
  'calledBackAt',
  'resolvedAt',
  'closedAt',
] as const;

/**
 * Checks that `value` is a complaint record and returns it typed, with the epoch ms of its
 * receipt. A time before the receipt (`repliedAt` before `receivedAt`) is an error at the
 * later field's path.
 */
export function checkComplaintRecord(
  value: unknown,
  path: ArgumentPath = [],
): { readonly record: Complaint; readonly receivedMs: number } {
  const r =
    path.length === 0
      ? expectInputObject(value, 'a complaint record (what parseComplaint returns)')
      : expectPlainRecord(value, path);
  expectKnownKeys(r, COMPLAINT_RECORD_FIELDS, path);
  for (const k of ['id', 'projectId', 'householdId', 'complainantId', 'issue'] as const)
    expectId(r[k], [...path, k]);
  if (r.contactName !== undefined)
    expectString(r.contactName, [...path, 'contactName'], { allowEmpty: true, maxLength: 100 });
  if (r.contactPhone !== undefined) expectStoredPhone(r.contactPhone, [...path, 'contactPhone']);
  expectCategory(r.category, [...path, 'category']);
  if (r.kind !== undefined) expectOneOf(r.kind, RECORD_KINDS, [...path, 'kind']);
  const receivedMs = instantMs(r.receivedAt, [...path, 'receivedAt']);
  expectOneOf(r.channel, COMPLAINT_CHANNELS, [...path, 'channel']);
  if (r.summary !== undefined)
    expectString(r.summary, [...path, 'summary'], { allowEmpty: true, maxLength: 10_000 });
  if (r.compensationClaimed !== undefined)
    expectNumber(r.compensationClaimed, [...path, 'compensationClaimed'], { min: 0 });
  if (r.collectiveComplainants !== undefined) {
    expectNumber(r.collectiveComplainants, [...path, 'collectiveComplainants'], { min: 0, integer: true });
  }
  for (const k of BOOLEANS) if (r[k] !== undefined) expectBoolean(r[k], [...path, k]);
  if (r.crisisSignals !== undefined) {
    const signals = expectArray(r.crisisSignals, [...path, 'crisisSignals']);
    for (let i = 0; i < signals.length; i++)
      expectOneOf(signals[i], CRISIS_SIGNALS, [...path, 'crisisSignals', i]);
  }
  if (r.centralizedDeliveryAt !== undefined)
    expectDayOrInstant(r.centralizedDeliveryAt, [...path, 'centralizedDeliveryAt']);
  if (r.deliveredToOwnerOn !== undefined)
    expectDayOrInstant(r.deliveredToOwnerOn, [...path, 'deliveredToOwnerOn']);
  if (r.callbackOutcome !== undefined)
    expectOneOf(r.callbackOutcome, CALLBACK_OUTCOMES, [...path, 'callbackOutcome']);
  checkLaterTimes(r, receivedMs, path);
  return { record: r as unknown as Complaint, receivedMs };
}

/**
 * The later times of a record or an input: each an instant, none before the receipt. (A
 * callback before the latest completion is allowed: a reopened complaint's last callback
 * comes before its new completion.)
 */
export function checkLaterTimes(
  r: Readonly<Record<string, unknown>>,
  receivedMs: number,
  path: ArgumentPath,
  fields: readonly string[] = LATER_TIMES,
): void {
  for (const k of fields) {
    const v = r[k];
    if (v === undefined) continue;
    const ms = instantMs(v, [...path, k]);
    if (ms < receivedMs) {
      throw new InvalidArgumentError(
        [...path, k],
        `is before receivedAt: a complaint is handled after it is received`,
      );
    }
  }
}

function expectPlainRecord(value: unknown, path: ArgumentPath): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const proto = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) return value as Record<string, unknown>;
  }
  throw new InvalidArgumentError(path, 'expected a complaint record (what parseComplaint returns)');
}
