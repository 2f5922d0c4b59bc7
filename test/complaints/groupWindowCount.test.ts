/**
 * The count under reading b of `CMP-SEV-GROUP` (households complaining together within the
 * policy's window, 72 hours by default): the most distinct households inside any window. The
 * fast path packs a time and a household into one double; these cases are where packing would
 * lose a household, or where the order of the records matters.
 */

import { describe, expect, it } from 'vitest';
import { mostTogether } from '../../src/complaints/mostTogether.js';

const HOUR = 3_600_000;
const WINDOW = 72 * HOUR;
const T0 = Date.parse('2026-10-01T09:00:00+08:00');
const SIX_YEARS = 6 * 365 * 24 * HOUR;

/** A group of records: [time, household] pairs. */
function group(records: readonly (readonly [number, number])[]) {
  const homes = records.map(([, h]) => h);
  return { times: records.map(([t]) => t), homes, households: { size: Math.max(...homes) + 1 } };
}

describe('households complaining together', () => {
  it('CMP-SEV-GROUP: 65,537 households complaining the same hour are 65,537, none folded onto another', () => {
    const n = 65_537;
    const times = Array.from({ length: n }, (_, k) => T0 + (k % 60) * 60_000);
    const homes = Array.from({ length: n }, (_, k) => k);
    expect(mostTogether({ times, homes, households: { size: n } }, WINDOW)).toBe(n);
  });

  it('CMP-SEV-GROUP: over a 6-year history given newest first, 10 households in one morning are 10, not 11 with one from 6 years before', () => {
    const cluster = Array.from({ length: 10 }, (_, k) => [T0 + k * HOUR, k] as const).reverse();
    expect(mostTogether(group([...cluster, [T0 - SIX_YEARS, 10]]), WINDOW)).toBe(10);
    expect(mostTogether(group([[T0 - SIX_YEARS, 10], ...cluster]), WINDOW)).toBe(10);
  });

  it('CMP-SEV-GROUP: over a 6-year history whose last record is not the latest, 10 households in one morning stay 10 distinct households', () => {
    const cluster = Array.from({ length: 10 }, (_, k) => [T0 + k * HOUR, k] as const);
    const records = [[T0 - SIX_YEARS, 10] as const, ...cluster, [T0 - SIX_YEARS + HOUR, 11] as const];
    expect(mostTogether(group(records), WINDOW)).toBe(10);
  });

  it('CMP-SEV-GROUP: two households at one instant 2^37 ms (about 4.4 years) after the first record are two', () => {
    const later = T0 + 2 ** 37;
    expect(
      mostTogether(
        group([
          [T0, 2],
          [later, 0],
          [later, 1],
        ]),
        WINDOW,
      ),
    ).toBe(2);
  });

  it('CMP-SEV-GROUP: one record is one household, none is none', () => {
    expect(mostTogether(group([[T0, 0]]), WINDOW)).toBe(1);
    expect(mostTogether({ times: [], homes: [], households: { size: 0 } }, WINDOW)).toBe(0);
  });
});
