import { describeValue } from '../calendar/days.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Decision } from '../core/reason.js';

/** A survey period: its first and last day, `YYYY-MM-DD`, inclusive. */
export interface SurveyPeriod {
  readonly from: string;
  readonly to: string;
}

/** The periods of a year's complainant satisfaction surveys (`CMP-RPT-SURVEY`). */
export type SurveyPeriods = Decision<{
  /** The two half-years: January to June, July to December. */
  readonly halfYears: readonly [SurveyPeriod, SurveyPeriod];
  /** The whole year. */
  readonly year: SurveyPeriod;
}>;

/**
 * The periods of the half-yearly and yearly satisfaction surveys of complainants
 * (半年度/年度投诉解决满意度调查, `CMP-RPT-SURVEY`, AOY 4.2.6) in a calendar year: the
 * half-years 01-01 to 06-30 and 07-01 to 12-31, and the whole year. AOY names no day by
 * which a survey is done, so no due day is returned.
 *
 * @rule CMP-RPT-SURVEY
 * @throws {InvalidArgumentError} `year` is not an integer from 1000 to 9999 (path `['year']`).
 * @example
 * ```ts
 * computeSurveyPeriods(2026);
 * // { halfYears: [{ from: '2026-01-01', to: '2026-06-30' }, { from: '2026-07-01', to: '2026-12-31' }],
 * //   year: { from: '2026-01-01', to: '2026-12-31' }, reasons: [...] }
 * ```
 */
export function computeSurveyPeriods(year: number): SurveyPeriods {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new InvalidArgumentError(['year'], `expected a year from 1000 to 9999, got ${describeValue(year)}`);
  }
  const first: SurveyPeriod = { from: `${year}-01-01`, to: `${year}-06-30` };
  const second: SurveyPeriod = { from: `${year}-07-01`, to: `${year}-12-31` };
  return {
    halfYears: [first, second],
    year: { from: first.from, to: second.to },
    reasons: [
      createReason(
        'CMP-RPT-SURVEY',
        { year, halfYears: [{ ...first }, { ...second }], source: 'AOY 4.2.6' },
        {
          'zh-CN': `${year}年投诉解决满意度调查：上半年${first.from}至${first.to}、下半年${second.from}至${second.to}各一次，另有年度调查（${first.from}至${second.to}）；来源未规定完成日期`,
          en: `${year} complainant satisfaction surveys: one per half-year (${first.from} to ${first.to}, ${second.from} to ${second.to}) and one for the year (${first.from} to ${second.to}); the source names no due day`,
        },
      ),
    ],
  };
}
