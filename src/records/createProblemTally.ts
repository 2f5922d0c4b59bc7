/**
 * The problems of a file, grouped: one group per field and message, with how many
 * records have it and the first few where it occurs. Memory is bounded whatever the
 * number of bad records (issue 15): a million records with the same bad channel are one
 * group with a count and three examples.
 *
 * @internal
 * @module
 */

/** Where a problem was seen: the record's index and, for JSON Lines and CSV, its line. */
export interface ProblemPlace {
  readonly index: number;
  readonly line?: number;
}

/** One group of problems. */
export interface ProblemGroup {
  /** The field path, `''` for the record as a whole. */
  readonly path: string;
  /** The message (the first seen, in the run's language). */
  readonly message: string;
  /** How many times it occurred. */
  readonly count: number;
  /** The first places it occurred (at most the tally's `examples`). */
  readonly examples: readonly ProblemPlace[];
}

/** A bounded tally of problems. */
export interface ProblemTally {
  /** Counts one problem. */
  add(path: string, message: string, place: ProblemPlace): void;
  /** The groups, in the order first seen; the overflow beyond `maxGroups` counted in a last group. */
  groups(): readonly ProblemGroup[];
  /** Problems counted in all. */
  readonly total: number;
}

/** A place of its own (the caller's object may be larger, or reused). */
const placeOf = (p: ProblemPlace): ProblemPlace =>
  p.line === undefined ? { index: p.index } : { index: p.index, line: p.line };

/** Builds a tally that keeps `examples` places per group and at most `maxGroups` groups. */
export function createProblemTally(options?: {
  readonly examples?: number;
  readonly maxGroups?: number;
}): ProblemTally {
  const examples = options?.examples ?? 3;
  const maxGroups = options?.maxGroups ?? 100;
  const groups = new Map<
    string,
    { path: string; message: string; count: number; examples: ProblemPlace[] }
  >();
  let overflow: { count: number; examples: ProblemPlace[] } | undefined;
  let total = 0;
  return {
    add(path, message, place) {
      total++;
      const key = `${path}\u0000${message}`;
      let g = groups.get(key);
      if (g === undefined) {
        if (groups.size >= maxGroups) {
          overflow ??= { count: 0, examples: [] };
          overflow.count++;
          if (overflow.examples.length < examples) overflow.examples.push(placeOf(place));
          return;
        }
        g = { path, message, count: 0, examples: [] };
        groups.set(key, g);
      }
      g.count++;
      if (g.examples.length < examples) g.examples.push(placeOf(place));
    },
    groups() {
      const out: ProblemGroup[] = [...groups.values()].map((g) => ({ ...g, examples: [...g.examples] }));
      if (overflow !== undefined)
        out.push({
          path: '*',
          message: 'other problems',
          count: overflow.count,
          examples: [...overflow.examples],
        });
      return out;
    },
    get total() {
      return total;
    },
  };
}
