import { formatInstant } from '../calendar/days.js';
import { checkComplaintRecord } from './checkComplaintRecord.js';
import type { ComplaintMachineInput } from './complaintMachineTypes.js';
import { readContactInfo } from './readContactInfo.js';
import type { Complaint } from './schemas.js';

/**
 * The complaint machine's input from a complaint record (what `parseComplaint` returns)
 * (DESIGN convention 13): its id, receipt (canonical UTC), category, whether a callback
 * is owed (`hasContactInfo`, `anonymous`, `replyLetterOnly`) and, where the record says,
 * whose side a delay is on. What happened after registration reaches the machine as
 * events, not as input. The record is checked first. An explicit `hasContactInfo` wins;
 * without it, a `contactPhone` means contact information was left.
 *
 * @rule CMP-FLOW
 * @rule CUS-PHONE
 * @example
 * ```ts
 * const [s] = initialTransition(complaintMachine, toComplaintMachineInput(record));
 * s.value; // 'registered'
 * ```
 */
export function toComplaintMachineInput(record: Complaint): ComplaintMachineInput {
  const { record: r, receivedMs } = checkComplaintRecord(record);
  const contact = readContactInfo(r);
  return {
    id: r.id,
    receivedAt: formatInstant(receivedMs),
    category: r.category,
    ...(contact === undefined ? {} : { hasContactInfo: contact }),
    ...(r.anonymous === undefined ? {} : { anonymous: r.anonymous }),
    ...(r.replyLetterOnly === undefined ? {} : { replyLetterOnly: r.replyLetterOnly }),
    ...(r.delayOnCompanySide === undefined ? {} : { delayOnCompanySide: r.delayOnCompanySide }),
  };
}
