/**
 * What detectGroupComplaints refuses at its door, and where: anything that is not an object
 * with an iterator (null, a number, a string, a plain object) is an InvalidArgumentError at
 * `complaints` saying what it got, never a TypeError from the loop. Found unchecked by the
 * mutation run of issue 8.
 */

import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/core/errors.js';
import { detectGroupComplaints, type GroupComplaintRecord } from '../../src/index.js';
import { refusalOf } from '../_lib/refusal.js';

const now = '2026-10-08T10:00:00+08:00';

describe('what group detection refuses', () => {
  it('CMP-SEV-DETECT: null, a number, a string and a plain object are refused at complaints, naming what came', () => {
    for (const [value, got] of [
      [null, 'null'],
      [undefined, 'undefined'],
      [42, 'a number'],
      ['H-0801', 'a string'],
      [{ length: 0 }, 'an object'],
    ] as const) {
      const error = refusalOf(() => detectGroupComplaints(value as never, { now }), InvalidArgumentError);
      expect((error as InvalidArgumentError).path).toEqual(['complaints']);
      expect((error as InvalidArgumentError).message).toBe(
        `complaints: expected an array (or iterable) of complaint records, got ${got}`,
      );
    }
  });

  it('CMP-SEV-DETECT: an empty array and an empty Set give no findings; a Set of records is read like an array', () => {
    expect(detectGroupComplaints([], { now })).toEqual([]);
    expect(detectGroupComplaints(new Set<GroupComplaintRecord>(), { now })).toEqual([]);
    const r: GroupComplaintRecord = {
      id: 'C-1',
      projectId: 'P-1',
      householdId: 'H-0801',
      complainantId: 'U-1',
      issue: 'roof-leak',
      receivedAt: '2026-09-30T10:00:00+08:00',
    };
    expect(detectGroupComplaints(new Set([r]), { now })).toEqual(detectGroupComplaints([r], { now }));
    expect(detectGroupComplaints([r], { now })).toHaveLength(1);
  });
});
