/**
 * Reads and checks the arguments of {@link computeWarrantyExpiry}: every option at its
 * path, before any clock is counted.
 *
 * @internal
 * @module
 */

import { type DayInput, formatDayNumber, toDayNumber } from '../calendar/days.js';
import { expectKnownKeys, expectNumber, expectOneOf, expectPlainObject } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { resolveWarrantyPolicy, type WarrantyPolicy, type WarrantyPolicyInput } from './policy.js';
import { readPromise } from './readPromise.js';
import { WARRANTY_COMPONENTS, type WarrantyComponentRow, type WarrantyPromise } from './tables/components.js';
import { WARRANTY_COMPONENT_IDS, type WarrantyComponent } from './types.js';
import { type ResolvedSeason, readCity, resolveSeason } from './warrantyClocks.js';

const OPTION_KEYS = [
  'deliveredOn',
  'completionAcceptedOn',
  'designServiceLifeYears',
  'city',
  'heatingSeason',
  'coolingSeason',
  'promise',
  'policy',
] as const;

/** The checked arguments of `computeWarrantyExpiry`. @internal */
export interface ExpiryArguments {
  readonly id: WarrantyComponent;
  readonly row: WarrantyComponentRow;
  readonly deliveredDn: number;
  readonly acceptedDn: number | undefined;
  readonly life: number | undefined;
  readonly season: ResolvedSeason | null;
  readonly promise: WarrantyPromise | undefined;
  readonly policy: WarrantyPolicy;
}

/** Checks every argument of `computeWarrantyExpiry`, or throws at its path. @internal */
export function readExpiryOptions(component: unknown, options: unknown): ExpiryArguments {
  const id = expectOneOf(component, WARRANTY_COMPONENT_IDS, ['component']);
  const opts = expectPlainObject(options, ['options']);
  expectKnownKeys(opts, OPTION_KEYS, ['options']);
  const row = WARRANTY_COMPONENTS[id];
  const deliveredDn = toDayNumber(opts.deliveredOn as DayInput, ['options', 'deliveredOn']);
  const acceptedDn =
    opts.completionAcceptedOn === undefined
      ? undefined
      : toDayNumber(opts.completionAcceptedOn as DayInput, ['options', 'completionAcceptedOn']);
  if (acceptedDn !== undefined && acceptedDn > deliveredDn) {
    throw new InvalidArgumentError(
      ['options', 'completionAcceptedOn'],
      `the completion acceptance (${formatDayNumber(acceptedDn)}) is after the delivery (${formatDayNumber(deliveredDn)}): a home is delivered only after it has passed its completion acceptance`,
    );
  }
  const life =
    opts.designServiceLifeYears === undefined
      ? undefined
      : expectNumber(opts.designServiceLifeYears, ['options', 'designServiceLifeYears'], {
          integer: true,
          min: 1,
          max: 1000,
        });
  if (opts.city !== undefined) readCity(opts.city, ['options', 'city']);
  const season: ResolvedSeason | null = row.season === null ? null : resolveSeason(row.season, opts);
  if (row.season === null) {
    // Checked even when unused: a bad season is a mistake the caller should hear about.
    if (opts.heatingSeason !== undefined) resolveSeason('heating', { heatingSeason: opts.heatingSeason });
    if (opts.coolingSeason !== undefined) resolveSeason('cooling', opts);
  }
  const promise =
    opts.promise === undefined ? undefined : readPromise(opts.promise, ['options', 'promise'], id);
  const policy = resolveWarrantyPolicy(opts.policy as WarrantyPolicyInput | undefined);
  return { id, row, deliveredDn, acceptedDn, life, season, promise, policy };
}
