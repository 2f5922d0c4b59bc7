/**
 * Warranty lengths in words, and the check of a developer's promise against the 1998
 * minimum of its component (`LAW-WARRANTY-BUYER`).
 *
 * @internal
 * @module
 */

import type { LocalizedText } from '../core/reason.js';
import { RULES_1998, WARRANTY_COMPONENTS, type WarrantyPromise } from './tables/components.js';
import { SEASON_KIND_LABELS } from './tables/labels.js';
import type { SeasonKind, WarrantyComponent } from './types.js';

/** A length in words: `3年` / `3 years`, `1个采暖期` / `1 heating season`. @internal */
export function describePromise(length: WarrantyPromise, season: SeasonKind | null): LocalizedText {
  if ('years' in length) {
    return { 'zh-CN': `${length.years}年`, en: `${length.years} year${length.years === 1 ? '' : 's'}` };
  }
  if ('months' in length) {
    return { 'zh-CN': `${length.months}个月`, en: `${length.months} month${length.months === 1 ? '' : 's'}` };
  }
  const label = season === null ? { 'zh-CN': '采暖期或供冷期', en: 'season' } : SEASON_KIND_LABELS[season];
  return {
    'zh-CN': `${length.seasons}个${label['zh-CN']}`,
    en: `${length.seasons} ${label.en}${length.seasons === 1 ? '' : 's'}`,
  };
}

/** The length in months, for lengths counted in years or months. @internal */
export function promiseMonths(length: WarrantyPromise): number | undefined {
  if ('years' in length) return length.years * 12;
  if ('months' in length) return length.months;
  return undefined;
}

/**
 * Why a promise for a component is not acceptable, or `null`: counted in seasons for a
 * component that is not, in years or months for one counted in seasons (1 year after a
 * delivery in December holds no whole heating season), or shorter than the 1998 minimum.
 *
 * @internal
 */
export function checkPromiseAgainst1998(
  component: WarrantyComponent,
  promise: WarrantyPromise,
): LocalizedText | null {
  const row = WARRANTY_COMPONENTS[component];
  const given = describePromise(promise, row.season);
  const name = `${component} (${row['zh-CN']})`;
  if (row.season === null && 'seasons' in promise) {
    return {
      'zh-CN': `${name}不按采暖期或供冷期计算，承诺${given['zh-CN']}无法计算：请以年或月表示`,
      en: `${name} is not counted in seasons: give the promise of ${given.en} in years or months`,
    };
  }
  if (row.season !== null && !('seasons' in promise)) {
    const label = SEASON_KIND_LABELS[row.season];
    return {
      'zh-CN': `${name}的最低保修期按${label['zh-CN']}计算（${RULES_1998}），承诺${given['zh-CN']}无法与之比较：请以${label['zh-CN']}个数表示`,
      en: `${name}'s 1998 minimum is counted in ${label.en}s: give the promise of ${given.en} as { seasons }`,
    };
  }
  const minimum = row.buyerMinimum;
  if (minimum === null) return null;
  const shorter =
    'seasons' in promise && 'seasons' in minimum
      ? promise.seasons < minimum.seasons
      : (promiseMonths(promise) ?? 0) < (promiseMonths(minimum) ?? 0);
  if (!shorter) return null;
  const min = describePromise(minimum, row.season);
  return {
    'zh-CN': `${name}：承诺${given['zh-CN']}短于1998年规定的最低保修期${min['zh-CN']}（${RULES_1998}）`,
    en: `${name}: the promise of ${given.en} is shorter than the 1998 minimum of ${min.en} (${RULES_1998})`,
  };
}
