/**
 * `assessComplaintSeverity` on a complaint record checks the record once and its options as
 * `toSeverityFacts` does, in the same order (issue 14 took the second check of the record
 * out of the bundle): the same results and the same first error as the adapter then the
 * facts.
 *
 * @rule CMP-SEV-GROUP
 */

import { describe, expect, it } from 'vitest';
import {
  assessComplaintSeverity,
  type Complaint,
  detectGroupComplaints,
  parseComplaint,
  toSeverityFacts,
} from '../../src/index.js';
import { refusalCodePath } from '../_lib/refusal.js';

const record: Complaint = (() => {
  const r = parseComplaint({
    id: 'C-2026-0101',
    projectId: 'P-SH-02',
    householdId: 'H-SH02-01-0101',
    complainantId: 'U-9',
    issue: 'window-seal',
    category: 'engineering-quality',
    receivedAt: '2026-11-02T10:00:00+08:00',
    channel: 'hotline-400',
  });
  if (!r.success) throw new Error('fixture');
  return r.data;
})();
const now = '2026-11-05T10:00:00+08:00';
const findingOf = (households: number) => {
  const [finding] = detectGroupComplaints(
    Array.from({ length: households }, (_, k) => ({ ...record, id: `C-${k}`, householdId: `H-${k}` })),
    { now },
  );
  if (finding === undefined) throw new Error('fixture');
  return finding;
};

describe('CMP-SEV-GROUP severity of a record with its group finding', () => {
  it('CMP-SEV-GROUP: 9 households together are not a major group, 10 are; the same as the adapter then the facts', () => {
    for (const [households, majorGroup] of [
      [9, false],
      [10, true],
    ] as const) {
      const group = findingOf(households);
      const direct = assessComplaintSeverity(record, { now, group });
      expect(direct.majorGroup).toBe(majorGroup);
      expect(direct).toEqual(assessComplaintSeverity(toSeverityFacts(record, { now, group })));
    }
  });

  it('CMP-SEV-GROUP: a bad now is the first error, before a finding of another issue; then the finding; then a bad count', () => {
    const group = findingOf(10);
    expect(
      refusalCodePath(() =>
        assessComplaintSeverity(record, { now: 'soon', group: { ...group, issue: 'lift' } }),
      ),
    ).toEqual(['INVALID_ARGUMENT', ['options', 'now']]);
    expect(
      refusalCodePath(() => assessComplaintSeverity(record, { now, group: { ...group, issue: 'lift' } })),
    ).toEqual(['INVALID_ARGUMENT', ['options', 'group']]);
    expect(
      refusalCodePath(() => assessComplaintSeverity(record, { now, group: { ...group, households: -1 } })),
    ).toEqual(['INVALID_ARGUMENT', ['options', 'group', 'households']]);
    expect(
      refusalCodePath(() =>
        assessComplaintSeverity({ ...record, channel: 'fax' } as unknown as Complaint, { now: 'soon' }),
      ),
    ).toEqual(['INVALID_ARGUMENT', ['channel']]);
  });
});
