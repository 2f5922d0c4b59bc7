/**
 * `CMP-SEV-GROUP`, reading `complaining-together`: the most households complaining about
 * one issue within the policy's window, over the complaints.
 *
 * @internal
 * @module
 */

/** What the count reads of a group: each complaint's receipt and household index. */
export interface TimedGroup {
  /** The receipt instant (epoch ms) of every complaint counted. */
  readonly times: ArrayLike<number>;
  /** The household index of each, `0 .. households.size - 1`. */
  readonly homes: ArrayLike<number>;
  readonly households: { readonly size: number };
}

/**
 * `CMP-SEV-GROUP`, reading `complaining-together`: the most distinct households whose
 * complaints fall in one window `[t, t + windowMs]` (以内: both ends included). One sort
 * and two pointers over the complaints.
 */
export function mostTogether(g: TimedGroup, windowMs: number): number {
  const n = g.times.length;
  if (n <= 1) return n;
  const times = new Float64Array(n);
  const homes = new Int32Array(n);
  sortByTime(g, times, homes);
  const inWindow = new Int32Array(g.households.size);
  let distinct = 0;
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < n; hi++) {
    const h = homes[hi] as number;
    inWindow[h] = (inWindow[h] as number) + 1;
    if (inWindow[h] === 1) distinct++;
    const end = times[hi] as number;
    while ((times[lo] as number) < end - windowMs) {
      const l = homes[lo] as number;
      inWindow[l] = (inWindow[l] as number) - 1;
      if (inWindow[l] === 0) distinct--;
      lo++;
    }
    if (distinct > best) best = distinct;
  }
  return best;
}

const HOME_SLOTS = 65_536; // 2^16 households
const MAX_SPAN_MS = 2 ** 37; // about 4.3 years: (2^37 x 2^16 = 2^53), exact in a double

/**
 * The group's complaint times, ascending, and each one's household, into `times` and
 * `homes`. Time and household packed into one number (time since the first, times 2^16,
 * plus the household) sort as plain numbers, without a comparator; a group too wide for
 * that (over 65,536 households, or over 4 years) sorts by index with one.
 */
function sortByTime(g: TimedGroup, times: Float64Array, homes: Int32Array): void {
  const n = g.times.length;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < n; k++) {
    const t = g.times[k] as number;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  if (g.households.size <= HOME_SLOTS && max - min < MAX_SPAN_MS) {
    const keys = new Float64Array(n);
    for (let k = 0; k < n; k++)
      keys[k] = ((g.times[k] as number) - min) * HOME_SLOTS + (g.homes[k] as number);
    keys.sort();
    for (let k = 0; k < n; k++) {
      const key = keys[k] as number;
      const home = key % HOME_SLOTS;
      homes[k] = home;
      times[k] = (key - home) / HOME_SLOTS + min;
    }
    return;
  }
  const order = Array.from({ length: n }, (_, k) => k).sort(
    (a, b) => (g.times[a] as number) - (g.times[b] as number),
  );
  for (let k = 0; k < n; k++) {
    times[k] = g.times[order[k] as number] as number;
    homes[k] = g.homes[order[k] as number] as number;
  }
}
