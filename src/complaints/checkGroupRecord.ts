/**
 * The checks of one record given to the group detector (convention 13), at
 * `[index, field]`: a test per field that allocates nothing, and the library's checks, with
 * their paths and messages, only for a record that fails one.
 *
 * @internal
 * @module
 */

import {
  describeType,
  expectArray,
  expectBoolean,
  expectNumber,
  expectOneOf,
  isPlainObject,
} from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { expectId } from './checkInputs.js';
import type { GroupComplaintRecord } from './detectGroupComplaints.js';
import { CRISIS_SIGNALS, RECORD_KINDS } from './types.js';

/** An id as `expectId` takes it: a string of 1 to 200 characters. */
const isId = (v: unknown): boolean => typeof v === 'string' && v.length > 0 && v.length <= 200;
const isFlag = (v: unknown): boolean => v === undefined || typeof v === 'boolean';
const KINDS: ReadonlySet<unknown> = new Set(RECORD_KINDS);
const SIGNALS: ReadonlySet<unknown> = new Set(CRISIS_SIGNALS);

/** An array of known crisis signals, without holes. */
function knownSignals(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let k = 0; k < v.length; k++) if (!(k in v) || !SIGNALS.has(v[k])) return false;
  return true;
}

/**
 * The cheap checks of one record of a batch (convention 13), at `[index, field]`: a test
 * per field that allocates nothing, and the library's checks (with their messages) only for
 * a record that fails one.
 */
export function checkGroupRecord(c: GroupComplaintRecord, i: number): void {
  const comp = c.compensationClaimed;
  const signals = c.crisisSignals;
  if (
    isId(c.projectId) &&
    isId(c.householdId) &&
    isId(c.complainantId) &&
    isId(c.issue) &&
    (c.kind === undefined || KINDS.has(c.kind)) &&
    isFlag(c.lawsuitFiled) &&
    isFlag(c.mediaExposed) &&
    isFlag(c.demandsReturnOrLargeCompensation) &&
    (comp === undefined || (typeof comp === 'number' && comp >= 0 && comp < Number.POSITIVE_INFINITY)) &&
    (signals === undefined || knownSignals(signals))
  ) {
    return;
  }
  refuseGroupRecord(c, i);
}

export function notARecord(c: unknown, i: number): never {
  throw new InvalidArgumentError([i], `expected a complaint record, got ${describeType(c)}`);
}

/** The checks again, with their paths and messages: the first that fails throws. */
function refuseGroupRecord(c: GroupComplaintRecord, i: number): void {
  if (!isPlainObject(c)) notARecord(c, i);
  for (const k of ['projectId', 'householdId', 'complainantId', 'issue'] as const) expectId(c[k], [i, k]);
  if (c.kind !== undefined) expectOneOf(c.kind, RECORD_KINDS, [i, 'kind']);
  for (const k of ['lawsuitFiled', 'mediaExposed', 'demandsReturnOrLargeCompensation'] as const) {
    if (c[k] !== undefined) expectBoolean(c[k], [i, k]);
  }
  if (c.compensationClaimed !== undefined)
    expectNumber(c.compensationClaimed, [i, 'compensationClaimed'], { min: 0 });
  const signals = c.crisisSignals;
  if (signals !== undefined) {
    const list = expectArray(signals, [i, 'crisisSignals']);
    for (let k = 0; k < list.length; k++) expectOneOf(list[k], CRISIS_SIGNALS, [i, 'crisisSignals', k]);
  }
}
