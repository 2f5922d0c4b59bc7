import type { InstantInput } from '../calendar/days.js';
import { checkComplaintRecord } from './checkComplaintRecord.js';
import { expectKnownKeys, expectOptions, instantMs } from './checkInputs.js';
import type { ComplaintDeadlineInput } from './computeComplaintDeadlines.js';
import { readContactInfo } from './readContactInfo.js';
import type { Complaint } from './schemas.js';

/**
 * The deadline input of a complaint record (what `parseComplaint` returns), for
 * {@link computeComplaintDeadlines} (DESIGN convention 13): the receipt, the times of what
 * was done (`repliedAt`, `handlingCompletedAt`, `calledBackAt`, `closedAt`), and whether a
 * callback is owed at all (`hasContactInfo`, `anonymous`, `replyLetterOnly`), with `now`
 * from the options. The record is checked first. An explicit `hasContactInfo` wins; without
 * it, a `contactPhone` means contact information was left (`hasContactInfo: true`); with
 * neither, the flag is left out and the deadlines' default (`true`) applies.
 *
 * @rule CMP-DL-REPLY
 * @rule CMP-DL-CALLBACK
 * @rule CUS-PHONE
 * @example
 * ```ts
 * toDeadlineInput({ ...record, hasContactInfo: false }, { now: '2026-11-20T10:00:00+08:00' });
 * // { receivedAt: record.receivedAt, hasContactInfo: false, now: '2026-11-20T10:00:00+08:00' }
 * toDeadlineInput({ ...record, contactPhone: '13812345678' }).hasContactInfo; // true
 * ```
 */
export function toDeadlineInput(
  record: Complaint,
  options?: { readonly now?: InstantInput },
): ComplaintDeadlineInput {
  const { record: r } = checkComplaintRecord(record);
  const opts = expectOptions(options);
  if (opts !== undefined) expectKnownKeys(opts, ['now'], ['options']);
  const now = opts?.now as InstantInput | undefined;
  if (now !== undefined) instantMs(now, ['options', 'now']);
  const out: { -readonly [K in keyof ComplaintDeadlineInput]: ComplaintDeadlineInput[K] } = {
    receivedAt: r.receivedAt,
  };
  for (const k of ['repliedAt', 'handlingCompletedAt', 'calledBackAt', 'closedAt'] as const) {
    if (r[k] !== undefined) out[k] = r[k];
  }
  const contact = readContactInfo(r);
  if (contact !== undefined) out.hasContactInfo = contact;
  for (const k of ['anonymous', 'replyLetterOnly'] as const) {
    if (r[k] !== undefined) out[k] = r[k];
  }
  if (now !== undefined) out.now = now;
  return out;
}
