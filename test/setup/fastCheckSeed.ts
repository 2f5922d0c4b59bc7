/**
 * Property tests run on one fixed seed, so that a run of `npm test` is repeatable and a CI
 * failure can be replayed. Exploration is a separate, deliberate act:
 * `FC_SEED=random npm test` (or `npm run fuzz:calendar`) draws a new seed per property and
 * fast-check prints it with any counterexample; `FC_SEED=<n>` replays one.
 */
import fc from 'fast-check';

const requested = process.env.FC_SEED;
if (requested !== 'random') {
  const seed = requested === undefined || requested === '' ? 20_261_130 : Number(requested);
  if (!Number.isSafeInteger(seed))
    throw new Error(`FC_SEED must be an integer or "random", got ${requested}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
