import { type ComplaintMachine, complaintMachine } from '../complaints/complaintMachine.js';
import { COMPLAINT_MACHINE_VERSION } from '../complaints/complaintMachineTypes.js';
import { restoreComplaintSnapshot } from '../complaints/restoreComplaintSnapshot.js';
import type { StoredMachine } from './types.js';

/**
 * The complaint machine as the store holds it: the machine (the default one, or one made
 * by `createComplaintMachine({ policy, calendar })`), its version and its restore. A new
 * machine of the package is added to a store the same way: `{ machine, version:
 * <MACHINE>_VERSION, restore: restore<Machine>Snapshot }` under a name of its own.
 *
 * @rule CMP-FLOW
 * @example
 * ```ts
 * const store = createMachineStore({ query, machines: { complaint: createComplaintStoredMachine(createComplaintMachine({ policy: aoyuan2014 })) } });
 * ```
 */
export function createComplaintStoredMachine(
  machine: ComplaintMachine = complaintMachine,
): StoredMachine<ComplaintMachine> {
  return { machine, version: COMPLAINT_MACHINE_VERSION, restore: restoreComplaintSnapshot };
}
