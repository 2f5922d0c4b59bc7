import type { SnapshotFrom } from 'xstate';
import { InvalidArgumentError, RealtyCrmError } from '../core/errors.js';
import type { ComplaintMachine } from './complaintMachine.js';
import { COMPLAINT_MACHINE_VERSION, type ComplaintMachineContext } from './complaintMachineTypes.js';

/**
 * A stored complaint snapshot does not fit the machine it is restored into: another
 * machine version, or a machine of another policy. Code `SNAPSHOT_VERSION_MISMATCH`.
 *
 * @rule CMP-FLOW
 * @example
 * ```ts
 * try { restoreComplaintSnapshot(complaintMachine, stored); } catch (e) {
 *   if (e instanceof ComplaintSnapshotMismatchError) migrate(stored, e.found);
 * }
 * ```
 */
export class ComplaintSnapshotMismatchError extends RealtyCrmError {
  /** What the machine expects: its machine version and policy id. */
  readonly expected: { readonly machineVersion: number; readonly policyId: string };
  /** What the snapshot carries. */
  readonly found: { readonly machineVersion: unknown; readonly policyId: unknown };

  constructor(
    expected: ComplaintSnapshotMismatchError['expected'],
    found: ComplaintSnapshotMismatchError['found'],
  ) {
    super(
      'SNAPSHOT_VERSION_MISMATCH',
      `The stored complaint snapshot has machine version ${String(found.machineVersion)} and policy ` +
        `${String(found.policyId)}; this machine is version ${expected.machineVersion} of policy ` +
        `${expected.policyId}. Migrate the snapshot, or restore it into a machine of its own version and policy.`,
    );
    this.expected = expected;
    this.found = found;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Restores a stored complaint snapshot (the JSON string, or its parsed value) into a
 * snapshot of `machine`, for `transition(machine, snapshot, event)` or
 * `createActor(machine, { snapshot })`. It checks first that the snapshot was made by
 * this machine version and policy, and throws a {@link ComplaintSnapshotMismatchError}
 * (code `SNAPSHOT_VERSION_MISMATCH`) where xstate would restore into an error state; a
 * value that is no complaint snapshot, or names a state the machine does not have,
 * throws an `InvalidArgumentError` (`INVALID_ARGUMENT`).
 *
 * @rule CMP-FLOW
 * @example
 * ```ts
 * const stored = JSON.stringify(snapshot); // kept in the app's database
 * const restored = restoreComplaintSnapshot(complaintMachine, stored);
 * const [next] = transition(complaintMachine, restored, { type: 'clock.tick', now: '2026-10-10T00:00:00+08:00' });
 * ```
 */
export function restoreComplaintSnapshot(
  machine: ComplaintMachine,
  json: unknown,
): SnapshotFrom<ComplaintMachine> {
  let value: unknown = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (cause) {
      throw new InvalidArgumentError(['json'], `not JSON: ${String(cause)}`);
    }
  }
  if (!isRecord(value) || !isRecord(value.context)) {
    throw new InvalidArgumentError(['json'], 'expected a complaint snapshot { value, context, ... }');
  }
  const context = value.context;
  const policyId: unknown = machine.root.meta?.policyId;
  if (context.machineVersion !== COMPLAINT_MACHINE_VERSION || context.policyId !== policyId) {
    throw new ComplaintSnapshotMismatchError(
      { machineVersion: COMPLAINT_MACHINE_VERSION, policyId: String(policyId) },
      { machineVersion: context.machineVersion, policyId: context.policyId },
    );
  }
  const state = value.value;
  if (typeof state !== 'string' || !Object.hasOwn(machine.root.states, state)) {
    throw new InvalidArgumentError(
      ['json', 'value'],
      `no state ${JSON.stringify(state)} in the complaint machine`,
    );
  }
  return machine.resolveState({ value: state, context: context as ComplaintMachineContext });
}
