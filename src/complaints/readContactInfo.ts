import type { Complaint } from './schemas.js';

/**
 * Whether a checked complaint record says its complainant left contact information
 * (`CMP-DL-CALLBACK`, `CUS-PHONE`): an explicit `hasContactInfo` wins; else a contact phone
 * (valid, since the record was checked) means `true`; else `undefined`, so that the
 * deciding function's default (`true`) applies as it always has. The adapters that map a
 * record to a decision's input (deadlines, the machine, the triage) all read it here.
 *
 * @internal
 */
export function readContactInfo(
  record: Pick<Complaint, 'hasContactInfo' | 'contactPhone'>,
): boolean | undefined {
  if (record.hasContactInfo !== undefined) return record.hasContactInfo;
  return record.contactPhone === undefined ? undefined : true;
}
