/**
 * The running counts of the group detector ({@link createGroupComplaintDetector}), kept
 * compact: memory per complaint is a few bytes in typed arrays, not entries of a Map or
 * Set per (project, issue) pair (issue 15: a triage of 10^6 records stays under 200 MB).
 *
 * - every household id is numbered once for the whole run (one Map of distinct ids);
 * - each (project, issue) keeps, per complaint counted, its receipt instant (`Float64Array`,
 *   exact), its household number (`Int32Array`) and whether it is open or open and major
 *   (`Uint8Array`), grown by doubling;
 * - the distinct households, open households and open major households of a group, and
 *   the households complaining together (`mostTogether`), are counted from these arrays
 *   once, when the findings are asked for.
 *
 * @internal
 * @module
 */

import { mostTogether } from './mostTogether.js';

/** A complaint still open at `now`. */
export const OPEN = 1;
/** A complaint still open at `now` and major by its own facts. */
export const OPEN_MAJOR = 2;

/** The complaints counted for one (project, issue). */
export interface GroupLog {
  readonly projectId: string;
  readonly issue: string;
  /** Distinct complainants with a complaint in the repeat window (few: only recent ones). */
  readonly complainants: Set<string>;
  /** Complaints counted. */
  n: number;
  times: Float64Array;
  homes: Int32Array;
  open: Uint8Array;
}

/** A new, empty log. */
export function createGroupLog(projectId: string, issue: string): GroupLog {
  return {
    projectId,
    issue,
    complainants: new Set(),
    n: 0,
    times: new Float64Array(4),
    homes: new Int32Array(4),
    open: new Uint8Array(4),
  };
}

/** Adds one complaint to a log: its receipt instant, household number and open flags. */
export function logComplaint(g: GroupLog, time: number, home: number, open: number): void {
  const n = g.n;
  if (n === g.times.length) {
    const times = new Float64Array(n * 2);
    times.set(g.times);
    g.times = times;
    const homes = new Int32Array(n * 2);
    homes.set(g.homes);
    g.homes = homes;
    const flags = new Uint8Array(n * 2);
    flags.set(g.open);
    g.open = flags;
  }
  g.times[n] = time;
  g.homes[n] = home;
  g.open[n] = open;
  g.n = n + 1;
}

/** The counts of a log, as the detector's findings read them. */
export interface LogCounts {
  readonly households: number;
  readonly openHouseholds: number;
  readonly openMajorHouseholds: number;
  readonly householdsTogether: number;
}

/**
 * Counts logs one after another: scratch arrays sized to the run's distinct households,
 * made once and reused, stamped with the log's turn instead of cleared.
 */
export function createLogCounter(householdCount: number, togetherMs: number): (g: GroupLog) => LogCounts {
  const seen = new Int32Array(householdCount);
  const localOf = new Int32Array(householdCount);
  const openSeen = new Int32Array(householdCount);
  const majorSeen = new Int32Array(householdCount);
  let turn = 0;
  return (g) => {
    turn++;
    const n = g.n;
    // Each household numbered 0, 1, ... in the order first seen in this log, as a Map of the
    // log's own would number it: mostTogether sees the same numbers either way.
    const local = new Int32Array(n);
    let households = 0;
    let openHouseholds = 0;
    let openMajorHouseholds = 0;
    for (let k = 0; k < n; k++) {
      const h = g.homes[k] as number;
      if (seen[h] !== turn) {
        seen[h] = turn;
        localOf[h] = households++;
      }
      local[k] = localOf[h] as number;
      const flags = g.open[k] as number;
      if ((flags & OPEN) !== 0 && openSeen[h] !== turn) {
        openSeen[h] = turn;
        openHouseholds++;
      }
      if ((flags & OPEN_MAJOR) !== 0 && majorSeen[h] !== turn) {
        majorSeen[h] = turn;
        openMajorHouseholds++;
      }
    }
    const householdsTogether = mostTogether(
      { times: g.times.subarray(0, n), homes: local, households: { size: households } },
      togetherMs,
    );
    return { households, openHouseholds, openMajorHouseholds, householdsTogether };
  };
}
