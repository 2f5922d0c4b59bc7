/**
 * The province-level region codes of GB/T 2260 (the first two digits of an identity
 * number's region code). Only the province level is checked: the county codes below it
 * change every year, and a code revoked since (110103 崇文区, merged in 2010) stays on the
 * cards issued under it, which remain valid (`CUS-ID`).
 *
 * @internal
 * @module
 */

/** Province-level codes of the mainland (GB/T 2260), with 71 Taiwan. */
export const MAINLAND_PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
]);

/** The region codes of the residence permits for residents of Hong Kong, Macao and Taiwan. */
export const PERMIT_REGIONS = Object.freeze({
  '81': 'hong-kong-residence-permit',
  '82': 'macao-residence-permit',
  '83': 'taiwan-residence-permit',
} as const);
