import { type DayInput, formatDayNumber, shanghaiStartOfDayMs } from '../calendar/days.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Decision, type Reason, sentenceStart } from '../core/reason.js';
import { describePromise } from './checkPromise.js';
import type { WarrantyPolicyInput } from './policy.js';
import { readExpiryOptions } from './readExpiryOptions.js';
import { STATUTORY_WARRANTY_TABLE } from './statutoryWarranty.js';
import type { WarrantyPromise } from './tables/components.js';
import type { HeatingSeasonCity } from './tables/heatingSeasons.js';
import { WARRANTY_CLOCK_LABELS } from './tables/labels.js';
import type { WarrantyClock, WarrantyComponent } from './types.js';
import {
  type ClockLength,
  clockLengthOf,
  computeClockEnd,
  describeClockLength,
  type SeasonDates,
} from './warrantyClocks.js';

/** The facts of {@link computeWarrantyExpiry}: when the home was accepted and delivered, and what the seasons and promise are. */
export interface WarrantyExpiryOptions {
  /** The day the home was delivered to the buyer (交付之日): the buyer's clocks start here. */
  readonly deliveredOn: DayInput;
  /**
   * The day the completion acceptance was passed (竣工验收合格之日): the contractor's clock
   * starts here. Without it the contractor's clock is counted from delivery, and a reason
   * says so (that can only lengthen the buyer's period, never shorten it).
   */
  readonly completionAcceptedOn?: DayInput | undefined;
  /** The design service life in years (合理使用年限), required for `foundation-and-structure`. */
  readonly designServiceLifeYears?: number | undefined;
  /** The home's city, lower-case pinyin (`beijing`), for its heating season; Beijing when neither this nor `heatingSeason` is given. */
  readonly city?: HeatingSeasonCity | undefined;
  /** The heating season as the local regulation sets it, when the city has no built-in row. */
  readonly heatingSeason?: SeasonDates | undefined;
  /** The cooling season, required for `cooling`: no city's cooling season is built in. */
  readonly coolingSeason?: SeasonDates | undefined;
  /** The developer's promise for this item (住宅质量保证书); the policy's table when absent. */
  readonly promise?: WarrantyPromise | undefined;
  /** The policy; `sinoOcean2008` when absent. */
  readonly policy?: WarrantyPolicyInput | undefined;
}

/**
 * When a sold home's warranty of one component ends, and which clock binds
 * (`LAW-WARRANTY-BUYER`).
 *
 * @rule LAW-WARRANTY-BUYER
 */
export type WarrantyExpiry = Decision<{
  /** The component. */
  readonly component: WarrantyComponent;
  /** The warranty's last day, inclusive (`YYYY-MM-DD`): the latest of the three clocks. */
  readonly lastDay: string;
  /** The exclusive end: 00:00 Asia/Shanghai of the day after `lastDay`. */
  readonly endsAt: Date;
  /** The clock that gives `lastDay`; the contractor's when two tie, then the 1998 minimum's. */
  readonly binding: WarrantyClock;
  /** Each clock's last day, or `null` where it does not apply (no 1998 row, no promise). */
  readonly clocks: Readonly<Record<WarrantyClock, string | null>>;
}>;

const LAW_40 = '建设工程质量管理条例第四十条';

/** A clock's name opening a sentence: "The contractor's period". */
const opening = (clock: WarrantyClock) => sentenceStart(WARRANTY_CLOCK_LABELS[clock]);

/**
 * When the warranty of one component of a sold home ends (`LAW-WARRANTY-BUYER`): the
 * latest of three clocks. The contractor's (`LAW-WARRANTY-MIN`): the art. 40 item's period
 * from the completion acceptance (5 years for waterproofing, 2 years for pipes, lines,
 * installation and decoration, 2 heating or cooling seasons, the design service life). The
 * buyer's minimum: the 1998 period from delivery (roof waterproofing 3 years, lamps and
 * switches 6 months, ...). The developer's promise: `promise`, or the policy's table, from
 * delivery. Years and months are windows (`LAW-WINDOW`: the last day inclusive, never moved
 * over rest days; Feb 29 plus a year ends on Feb 28); seasons are whole seasons of the
 * local regulation that begin after the clock's start day (`LAW-WARRANTY-SEASON`).
 *
 * @rule LAW-WARRANTY-BUYER
 * @rule LAW-WARRANTY-MIN
 * @rule LAW-WARRANTY-SEASON
 * @rule LAW-WINDOW
 * @throws {InvalidArgumentError} an unknown component, option or city, a malformed day or season (`02-30`), delivery before the completion acceptance, `foundation-and-structure` without `designServiceLifeYears`, `cooling` without `coolingSeason`, a promise in seasons for a component not counted in seasons.
 * @example
 * ```ts
 * const roof = computeWarrantyExpiry('roof-waterproofing', { deliveredOn: '2024-06-30', completionAcceptedOn: '2024-01-10' });
 * [roof.lastDay, roof.binding]; // ['2029-01-10', 'contractor']
 * computeWarrantyExpiry('lamps-and-switches', { deliveredOn: '2024-06-30', completionAcceptedOn: '2022-01-10' }).clocks;
 * // { contractor: '2024-01-10', 'buyer-minimum': '2024-12-30', developer: null }
 * computeWarrantyExpiry('heating', { deliveredOn: '2024-12-01' }).lastDay; // '2027-03-15'
 * ```
 */
export function computeWarrantyExpiry(
  component: WarrantyComponent,
  options: WarrantyExpiryOptions,
): WarrantyExpiry {
  const { id, row, deliveredDn, acceptedDn, life, season, promise, policy } = readExpiryOptions(
    component,
    options,
  );
  const deliveredDay = formatDayNumber(deliveredDn);
  const reasons: Reason[] = [];

  // The contractor's clock (LAW-WARRANTY-MIN), from the completion acceptance.
  const statutory = STATUTORY_WARRANTY_TABLE[row.item].minimum;
  let contractorLength: ClockLength;
  if ('years' in statutory) contractorLength = { months: statutory.years * 12 };
  else if ('seasons' in statutory) contractorLength = { seasons: statutory.seasons };
  else {
    if (life === undefined) {
      throw new InvalidArgumentError(
        ['options', 'designServiceLifeYears'],
        'foundation-and-structure is warranted for the design service life (合理使用年限): pass designServiceLifeYears from the design documents',
      );
    }
    contractorLength = { months: life * 12 };
  }
  const contractorStart = acceptedDn ?? deliveredDn;
  const contractor = computeClockEnd(contractorStart, contractorLength, season, opening('contractor'));
  const contractorWords = describeClockLength(contractorLength, row.season);
  const startDay = formatDayNumber(contractorStart);
  reasons.push(
    createReason(
      'LAW-WARRANTY-MIN',
      {
        clock: 'contractor',
        component: id,
        item: row.item,
        length: contractorWords.en,
        startDay,
        startsFrom: acceptedDn === undefined ? 'delivery' : 'completion-acceptance',
        lastDay: contractor.lastDay,
      },
      acceptedDn === undefined
        ? {
            'zh-CN': `施工单位保修期（${LAW_40}：${row.article40['zh-CN']}）应自竣工验收合格之日起计算；未给出竣工验收合格日，按交付日${startDay}起算（只会使买受人的保修期更长，不会更短），至${contractor.lastDay}`,
            en: `The contractor's period (art. 40: ${row.article40.en}) runs from the completion acceptance; none was given, so it is counted from delivery on ${startDay} (which can only lengthen the buyer's period), ending ${contractor.lastDay}`,
          }
        : {
            'zh-CN': `施工单位保修期（${LAW_40}：${row.article40['zh-CN']}）自竣工验收合格之日${startDay}起计算，至${contractor.lastDay}`,
            en: `The contractor's period (art. 40: ${row.article40.en}) runs from the completion acceptance on ${startDay}, ending ${contractor.lastDay}`,
          },
    ),
  );
  if (contractor.seasonReason !== null) reasons.push(contractor.seasonReason);

  // The buyer's minimum (LAW-WARRANTY-BUYER), from delivery.
  const buyerMinimum = row.buyerMinimum;
  const buyer =
    buyerMinimum === null
      ? null
      : computeClockEnd(deliveredDn, clockLengthOf(buyerMinimum), season, opening('buyer-minimum'));
  reasons.push(
    createReason(
      'LAW-WARRANTY-BUYER',
      {
        clock: 'buyer-minimum',
        component: id,
        length: buyerMinimum === null ? null : describePromise(buyerMinimum, row.season).en,
        startDay: deliveredDay,
        lastDay: buyer === null ? null : buyer.lastDay,
      },
      buyer === null
        ? {
            'zh-CN': `1998年最低保修期：${row.rules1998['zh-CN']}`,
            en: `The 1998 minimum: ${row.rules1998.en}`,
          }
        : {
            'zh-CN': `1998年最低保修期（${row.rules1998['zh-CN']}）自交付之日${deliveredDay}起计算，至${buyer.lastDay}`,
            en: `The 1998 minimum (${row.rules1998.en}) runs from delivery on ${deliveredDay}, ending ${buyer.lastDay}`,
          },
    ),
  );
  if (buyer?.seasonReason) reasons.push(buyer.seasonReason);

  // The developer's promise (住宅质量保证书), from delivery.
  const promised = promise ?? policy.promises[id];
  const developer =
    promised === undefined
      ? null
      : computeClockEnd(deliveredDn, clockLengthOf(promised), season, opening('developer'));
  if (promised !== undefined && developer !== null) {
    const words = describePromise(promised, row.season);
    const from =
      promise === undefined
        ? { zh: `政策${policy.id}`, en: `policy ${policy.id}` }
        : { zh: '调用方给出', en: 'given by the caller' };
    reasons.push(
      createReason(
        'LAW-WARRANTY-BUYER',
        {
          clock: 'developer',
          component: id,
          length: words.en,
          from: from.en,
          startDay: deliveredDay,
          lastDay: developer.lastDay,
        },
        {
          'zh-CN': `开发商承诺（住宅质量保证书，${from.zh}）${words['zh-CN']}，自交付之日${deliveredDay}起计算，至${developer.lastDay}`,
          en: `The developer's promise (住宅质量保证书, ${from.en}) of ${words.en} runs from delivery on ${deliveredDay}, ending ${developer.lastDay}`,
        },
      ),
    );
    if (developer.seasonReason !== null) reasons.push(developer.seasonReason);
  }

  // The latest binds; the contractor's on a tie, then the 1998 minimum's.
  let last = contractor.lastDayNumber;
  let binding: WarrantyClock = 'contractor';
  if (buyer !== null && buyer.lastDayNumber > last) {
    last = buyer.lastDayNumber;
    binding = 'buyer-minimum';
  }
  if (developer !== null && developer.lastDayNumber > last) {
    last = developer.lastDayNumber;
    binding = 'developer';
  }
  const lastDay = formatDayNumber(last);
  const clamped =
    (binding === 'contractor' && contractor.clampedToMonthEnd) ||
    (binding === 'buyer-minimum' && buyer?.clampedToMonthEnd === true) ||
    (binding === 'developer' && developer?.clampedToMonthEnd === true);
  const label = WARRANTY_CLOCK_LABELS[binding];
  reasons.push(
    createReason(
      'LAW-WARRANTY-BUYER',
      { component: id, binding, lastDay, endedByDelivery: last <= deliveredDn },
      {
        'zh-CN': `${row['zh-CN']}对买受人的保修期取三者中最晚者：${label['zh-CN']}（${label.from['zh-CN']}），至${lastDay}（含当日）${last <= deliveredDn ? '；交付时已届满，此后的保修由开发企业与用户约定' : ''}`,
        en: `${row.en}: the buyer's warranty is the latest of the three, ${label.en} (${label.from.en}), ending ${lastDay} (inclusive)${last <= deliveredDn ? '; it had ended by delivery: any later warranty is as the developer and the user agree' : ''}`,
      },
    ),
    createReason(
      'LAW-WINDOW',
      { lastDay, clampedToMonthEnd: clamped },
      {
        'zh-CN': `保修期是责任期间：自起算日的次日起至对应日（含当日）${clamped ? '，该月没有对应日的取月末日' : ''}，不因休息日顺延，于${lastDay}当日24:00届满`,
        en: `A warranty is a responsibility window: from the day after its start through the corresponding day inclusive${clamped ? ' (that month has no corresponding day: its last day)' : ''}, never extended over rest days; it ends at 24:00 on ${lastDay}`,
      },
    ),
  );
  return {
    component: id,
    lastDay,
    endsAt: new Date(shanghaiStartOfDayMs(last + 1)),
    binding,
    clocks: {
      contractor: contractor.lastDay,
      'buyer-minimum': buyer === null ? null : buyer.lastDay,
      developer: developer === null ? null : developer.lastDay,
    },
    reasons,
  };
}
