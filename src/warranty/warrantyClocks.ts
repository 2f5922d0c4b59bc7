/**
 * The clocks of a warranty, each with its reason: the season a seasonal component is
 * counted in, and the last day of a length counted from a start day (a window in years or
 * months, `LAW-WINDOW`; whole seasons, `LAW-WARRANTY-SEASON`).
 *
 * @internal
 * @module
 */

import { formatDayNumber } from '../calendar/days.js';
import { expectOneOf } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type LocalizedText, type Reason } from '../core/reason.js';
import { describePromise } from './checkPromise.js';
import { countSeasons, type ReadSeason, readSeason, type SeasonDates } from './seasons.js';
import type { WarrantyPromise } from './tables/components.js';
import {
  HEATING_SEASON_CITIES,
  HEATING_SEASONS,
  type HeatingSeasonCity,
  type HeatingSeasonRow,
} from './tables/heatingSeasons.js';
import { SEASON_KIND_LABELS } from './tables/labels.js';
import type { SeasonKind } from './types.js';
import { computeWindowEnd } from './warrantyWindow.js';

/** The season a seasonal component is counted in, and where it came from. @internal */
export interface ResolvedSeason {
  readonly kind: SeasonKind;
  readonly season: ReadSeason;
  /** The city row it was read from, `null` when the caller gave the dates. */
  readonly city: HeatingSeasonRow | null;
  /** True when no city or dates were given and Beijing's heating season was taken. */
  readonly defaulted: boolean;
}

/** The options that name a season. @internal */
export interface SeasonOptions {
  readonly city?: unknown;
  readonly heatingSeason?: unknown;
  readonly coolingSeason?: unknown;
}

/** Reads a city id (`beijing`), or throws naming the cities the library can cite. @internal */
export function readCity(value: unknown, path: readonly (string | number)[]): HeatingSeasonCity {
  if (typeof value === 'string' && !(HEATING_SEASON_CITIES as readonly string[]).includes(value)) {
    const lower = value.toLowerCase().replace(/[^a-z]/g, '');
    if ((HEATING_SEASON_CITIES as readonly string[]).includes(lower)) {
      throw new InvalidArgumentError(path, `city ids are lower-case pinyin without marks: '${lower}'`);
    }
  }
  try {
    return expectOneOf(value, HEATING_SEASON_CITIES, path);
  } catch (error) {
    if (!(error instanceof InvalidArgumentError)) throw error;
    throw new InvalidArgumentError(
      path,
      `${error.message.slice(error.message.indexOf(': ') + 2)}. No heating regulation of that city is built in, and the library never guesses one: pass heatingSeason: { from: 'MM-DD', to: 'MM-DD' } as the local regulation sets it`,
    );
  }
}

/**
 * The season of a seasonal component (`LAW-WARRANTY-SEASON`): for heating, the caller's
 * `heatingSeason`, else the `city`'s regulation, else Beijing's (the reason says so); for
 * cooling, the caller's `coolingSeason`, required: no city's cooling season is built in.
 *
 * @internal
 */
export function resolveSeason(kind: SeasonKind, options: SeasonOptions): ResolvedSeason {
  if (kind === 'cooling') {
    if (options.coolingSeason === undefined) {
      throw new InvalidArgumentError(
        ['options', 'coolingSeason'],
        "a cooling component is counted in cooling seasons (供冷期), and no city's cooling season is built in: pass coolingSeason: { from: 'MM-DD', to: 'MM-DD' }",
      );
    }
    return {
      kind,
      season: readSeason(options.coolingSeason, ['options', 'coolingSeason']),
      city: null,
      defaulted: false,
    };
  }
  if (options.heatingSeason !== undefined) {
    if (options.city !== undefined) {
      throw new InvalidArgumentError(['options', 'heatingSeason'], 'give city or heatingSeason, not both');
    }
    return {
      kind,
      season: readSeason(options.heatingSeason, ['options', 'heatingSeason']),
      city: null,
      defaulted: false,
    };
  }
  const city = options.city === undefined ? 'beijing' : readCity(options.city, ['options', 'city']);
  return {
    kind,
    season: CITY_SEASONS[city],
    city: HEATING_SEASONS[city],
    defaulted: options.city === undefined,
  };
}

/** Each city's season, read once. */
const CITY_SEASONS = Object.freeze(
  Object.fromEntries(
    HEATING_SEASON_CITIES.map((c) => [
      c,
      readSeason({ from: HEATING_SEASONS[c].from, to: HEATING_SEASONS[c].to }, [c]),
    ]),
  ) as Record<HeatingSeasonCity, ReadSeason>,
);

/** Where a clock starts and what it counts. @internal */
export interface ClockLength {
  /** Months of a window (years x 12), or seasons. */
  readonly months?: number;
  readonly seasons?: number;
}

/** A clock's last day and the reasons that explain how it was counted. @internal */
export interface ClockEnd {
  readonly lastDayNumber: number;
  readonly lastDay: string;
  /** The season reason, for a clock counted in seasons. */
  readonly seasonReason: Reason | null;
  /** True when the last month had no corresponding day (Feb 29 + 1 year). */
  readonly clampedToMonthEnd: boolean;
}

/** The length of a promise as a clock length. @internal */
export function clockLengthOf(length: WarrantyPromise): ClockLength {
  if ('years' in length) return { months: length.years * 12 };
  if ('months' in length) return { months: length.months };
  return { seasons: length.seasons };
}

/** The last day of a length counted from `startDay`, with a season reason where it counts seasons. @internal */
export function computeClockEnd(
  startDay: number,
  length: ClockLength,
  season: ResolvedSeason | null,
  what: LocalizedText,
): ClockEnd {
  if (length.seasons === undefined) {
    const end = computeWindowEnd(startDay, length.months ?? 0);
    return {
      lastDayNumber: end.dayNumber,
      lastDay: formatDayNumber(end.dayNumber),
      seasonReason: null,
      clampedToMonthEnd: end.clampedToMonthEnd,
    };
  }
  if (season === null) {
    // Unreachable through the public doors (a promise in seasons is checked to be for heating
    // or cooling), kept as a library error rather than a foreign one (convention 13).
    throw new InvalidArgumentError(
      ['promise'],
      `${what.en}: a length in seasons needs a heating or cooling season`,
    );
  }
  const count = countSeasons(startDay, length.seasons, season.season);
  const lastDay = formatDayNumber(count.lastDayNumber);
  const startDayText = formatDayNumber(startDay);
  const label = SEASON_KIND_LABELS[season.kind];
  const where = season.city
    ? {
        zh: `${season.city['zh-CN']}的${label['zh-CN']}（${season.city.regulation}：${season.city.wording}${season.city.reading === null ? '' : `；${season.city.reading['zh-CN']}`}）${season.defaulted ? '；未给出城市或采暖期，默认采用北京市的采暖期' : ''}`,
        en: `the ${label.en} of ${season.city.en} (${season.city.regulation}: ${season.season.from} to ${season.season.to}${season.city.reading === null ? '' : `; ${season.city.reading.en}`})${season.defaulted ? "; no city or season given: Beijing's heating season by default" : ''}`,
      }
    : {
        zh: `给定的${label['zh-CN']}（${season.season.from}至${season.season.to}）`,
        en: `the ${label.en} given (${season.season.from} to ${season.season.to})`,
      };
  const list = count.counted.map((s) => `${s.from}至${s.to}`).join('、');
  const listEn = count.counted.map((s) => `${s.from} to ${s.to}`).join(', ');
  const inProgress = count.inProgress;
  const seasonReason = createReason(
    'LAW-WARRANTY-SEASON',
    {
      clock: what.en,
      season: season.kind,
      city: season.city?.city ?? null,
      defaultCity: season.defaulted,
      from: season.season.from,
      to: season.season.to,
      startDay: startDayText,
      counted: count.counted.map((s) => ({ from: s.from, to: s.to })),
      inProgress: inProgress === null ? null : { from: inProgress.from, to: inProgress.to },
      lastDay,
    },
    {
      'zh-CN': `${what['zh-CN']}按${where.zh}计算：${startDayText}之后开始的完整${label['zh-CN']}计${length.seasons}个（${list}），至${lastDay}${inProgress === null ? '' : `；${startDayText}时正在进行的${label['zh-CN']}（${inProgress.from}至${inProgress.to}）不计入`}`,
      en: `${what.en} is counted in ${where.en}: ${length.seasons} whole season${length.seasons === 1 ? '' : 's'} beginning after ${startDayText} (${listEn}), ending ${lastDay}${inProgress === null ? '' : `; the season in progress on ${startDayText} (${inProgress.from} to ${inProgress.to}) does not count`}`,
    },
  );
  return { lastDayNumber: count.lastDayNumber, lastDay, seasonReason, clampedToMonthEnd: false };
}

/** A clock length in words. @internal */
export function describeClockLength(length: ClockLength, season: SeasonKind | null): LocalizedText {
  if (length.seasons !== undefined) return describePromise({ seasons: length.seasons }, season);
  const months = length.months ?? 0;
  return describePromise(months % 12 === 0 ? { years: months / 12 } : { months }, season);
}

export type { SeasonDates };
