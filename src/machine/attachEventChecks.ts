/**
 * Where a machine's events are checked: before xstate sees them. xstate 5 has no hook
 * between an event's arrival and its guards; an error thrown in a guard comes out wrapped
 * in a plain `Error("Unable to evaluate guard ...")`, one thrown in an `assign` action
 * comes out unchanged but only after the guards ran. So the kit wraps the machine's own
 * `transition` (which both the pure `transition()` and an actor call), `microstep` and
 * `getTransitionData` (behind `snapshot.can`): the check runs first, a bad event throws
 * its `RealtyCrmError` before any guard or action, and a good one reaches the machine
 * rebuilt from its schema.
 *
 * @internal
 * @module
 */

import type { AnyEventObject, AnyStateMachine } from 'xstate';
import type { EventChecker } from './checkEvents.js';

type Snapshot = { readonly context: unknown };

/** The options of {@link attachEventChecks}. */
export interface AttachOptions {
  /**
   * The error the machine's context factory throws when it gets no input. Given, an
   * undefined input gets a copy of the error snapshot the machine made the first time
   * (`status: 'error'` with this error), without running the factory again: xstate's
   * pure `transition()` builds an inert actor that computes an initial snapshot without
   * input on every call, and a throw there cost more than the transition itself.
   */
  readonly missingInput?: Error;
}

/**
 * Makes `machine` check every event with `check` before it acts on it, and returns it.
 * What a caller sees:
 *
 * - the pure `transition(machine, snapshot, event)` throws the check's error (an
 *   `InvalidArgumentError`, code `INVALID_EVENT`, path under `event`); the caller's
 *   snapshot is untouched;
 * - an actor given a bad event goes to `status: 'error'` with that error (xstate's rule
 *   for an error in a transition): an app that keeps actors checks an event first with the
 *   machine's `parse*Event` function;
 * - `snapshot.can(event)` is `false` for a bad event;
 * - `machine.provide(...)` returns a machine that checks the same way;
 * - with `options.missingInput`, a machine started without input is an error snapshot
 *   with that error, made once (see {@link AttachOptions}).
 *
 * @example
 * ```ts
 * const machine = attachEventChecks(setup({ ... }).createMachine({ ... }), createEventChecker({ ... }));
 * transition(machine, snapshot, { type: 'clock.tick', now: 'tomorrow' }); // throws INVALID_EVENT at ['event', 'now']
 * ```
 */
export function attachEventChecks<M extends AnyStateMachine>(
  machine: M,
  check: EventChecker<never>,
  options: AttachOptions = {},
): M {
  const run = check as EventChecker<unknown>;
  const transition = machine.transition.bind(machine);
  const microstep = machine.microstep.bind(machine);
  const getTransitionData = machine.getTransitionData.bind(machine);
  const getInitialSnapshot = machine.getInitialSnapshot.bind(machine);
  const provide = machine.provide.bind(machine);
  // The error snapshot of a missing input, made once by the machine itself (its context
  // factory throws `options.missingInput`), then copied: see AttachOptions.
  let missing: object | undefined;
  Object.defineProperties(machine, {
    getInitialSnapshot: {
      configurable: true,
      value: (scope: unknown, input: unknown) => {
        if (input !== undefined || options.missingInput === undefined) {
          return getInitialSnapshot(scope as never, input as never);
        }
        missing ??= getInitialSnapshot(scope as never, undefined as never) as object;
        return { ...missing, children: {}, historyValue: {} };
      },
    },
    transition: {
      configurable: true,
      value: (snapshot: Snapshot, event: AnyEventObject, scope: unknown) =>
        transition(snapshot as never, run(snapshot.context, event) as never, scope as never),
    },
    microstep: {
      configurable: true,
      value: (snapshot: Snapshot, event: AnyEventObject, scope: unknown) =>
        microstep(snapshot as never, run(snapshot.context, event) as never, scope as never),
    },
    getTransitionData: {
      configurable: true,
      value: (snapshot: Snapshot, event: AnyEventObject) => {
        let checked: AnyEventObject;
        try {
          checked = run(snapshot.context, event);
        } catch {
          return [];
        }
        return getTransitionData(snapshot as never, checked as never);
      },
    },
    provide: {
      configurable: true,
      value: (implementations: never) => attachEventChecks(provide(implementations) as M, check, options),
    },
  });
  return machine;
}
