import { describeValue, formatDayNumber, type InstantInput, toDayNumber } from '../calendar/days.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Decision } from '../core/reason.js';
import { readMonth } from './computeMonthlyReportDue.js';
import { COMPLAINT_CATEGORY_TABLE } from './tables/categories.js';
import { COMPLAINT_CATEGORIES, type ComplaintCategory, type RecordKind } from './types.js';

/** What {@link countComplaintsByCategory} reads of a record; a `Complaint` has it all. */
export interface ComplaintCountRecord {
  /** The content category (`CMP-CATEGORY`). */
  readonly category: ComplaintCategory;
  /** When it was received: an ISO 8601 string with an offset, a `Date`, or a `YYYY-MM-DD` day. */
  readonly receivedAt: InstantInput;
  /** complaint (the default), suggestion (建议) or enquiry (咨询). */
  readonly kind?: RecordKind | undefined;
}

/** The options of {@link countComplaintsByCategory}. */
export interface CountComplaintsOptions {
  /** The month counted, `YYYY-MM`, as Asia/Shanghai days. */
  readonly month: string;
}

/** A month's complaints counted by category, for the monthly report. */
export type ComplaintCountsByCategory = Decision<{
  /** The month counted, `YYYY-MM`. */
  readonly month: string;
  /** Complaints by category: all six categories, zero when none. */
  readonly counts: Readonly<Record<ComplaintCategory, number>>;
  /** Complaints in the month: the sum of `counts` (suggestions and enquiries not included). */
  readonly total: number;
  /** Suggestions (建议) recorded on the complaint form in the month. */
  readonly suggestions: number;
  /** Enquiries (咨询) recorded on the complaint form in the month. */
  readonly enquiries: number;
}>;

const hasOwn = (o: object, k: PropertyKey) => Object.hasOwn(o, k);

/**
 * Counts a month's complaints by the six categories of `CMP-CATEGORY` (工程质量, 规划设计,
 * 销售管理, 物业管理, 客户服务, 其他), as the SOL monthly report (《客户投诉月报》,
 * `CMP-RPT-MONTHLY`) asks. A record counts in the month when its `receivedAt` falls on one
 * of the month's Asia/Shanghai days, whatever the host's time zone
 * (`2026-09-30T16:30:00Z` is 2026-10-01 in Shanghai, so October). Suggestions (建议) and
 * enquiries (咨询), recorded on the same form, are counted apart and are not in `counts`
 * or `total`. One pass over the records, which are not changed.
 *
 * @rule CMP-CATEGORY
 * @rule CMP-RPT-MONTHLY
 * @throws {InvalidArgumentError} `options.month` is not `YYYY-MM`; a record's `receivedAt`, `category` (code `UNKNOWN_CATEGORY`) or `kind` is not one the library knows (path `['complaints', i, field]`).
 * @example
 * ```ts
 * countComplaintsByCategory(
 *   [
 *     { category: 'engineering-quality', receivedAt: '2026-09-30T16:30:00Z' },
 *     { category: 'engineering-quality', receivedAt: '2026-10-12T09:00:00+08:00' },
 *     { category: 'sales-management', receivedAt: '2026-10-20T09:00:00+08:00', kind: 'enquiry' },
 *     { category: 'other', receivedAt: '2026-09-30T15:59:59Z' }, // 2026-09-30 23:59:59 in Shanghai
 *   ],
 *   { month: '2026-10' },
 * );
 * // { month: '2026-10',
 * //   counts: { 'engineering-quality': 2, 'planning-design': 0, 'sales-management': 0,
 * //             'property-management': 0, 'customer-service': 0, other: 0 },
 * //   total: 2, suggestions: 0, enquiries: 1, reasons: [...] }
 * ```
 */
export function countComplaintsByCategory(
  complaints: Iterable<ComplaintCountRecord>,
  options: CountComplaintsOptions,
): ComplaintCountsByCategory {
  const month = options?.month;
  const range = readMonth(month, ['options', 'month']);
  const first = range.firstDayNumber;
  const last = range.lastDayNumber;
  const counts: Record<ComplaintCategory, number> = {
    'engineering-quality': 0,
    'planning-design': 0,
    'sales-management': 0,
    'property-management': 0,
    'customer-service': 0,
    other: 0,
  };
  let suggestions = 0;
  let enquiries = 0;
  let i = 0;
  for (const record of complaints) {
    const category = record.category;
    if (!hasOwn(counts, category)) {
      throw new InvalidArgumentError(
        ['complaints', i, 'category'],
        `expected one of ${COMPLAINT_CATEGORIES.join(', ')}, got ${describeValue(category)}`,
        'UNKNOWN_CATEGORY',
      );
    }
    const dn = toDayNumber(record.receivedAt, ['complaints', i, 'receivedAt']);
    const kind = record.kind;
    if (kind !== undefined && kind !== 'complaint' && kind !== 'suggestion' && kind !== 'enquiry') {
      throw new InvalidArgumentError(
        ['complaints', i, 'kind'],
        `expected complaint, suggestion or enquiry, got ${describeValue(kind)}`,
      );
    }
    if (dn >= first && dn <= last) {
      if (kind === 'suggestion') suggestions++;
      else if (kind === 'enquiry') enquiries++;
      else counts[category]++;
    }
    i++;
  }
  let total = 0;
  for (const c of COMPLAINT_CATEGORIES) total += counts[c];
  const from = formatDayNumber(first);
  const to = formatDayNumber(last);
  const byCategory = COMPLAINT_CATEGORIES.map((c) => ({ c, row: COMPLAINT_CATEGORY_TABLE[c] }));
  return {
    month,
    counts,
    total,
    suggestions,
    enquiries,
    reasons: [
      createReason(
        'CMP-CATEGORY',
        { month, counts: { ...counts }, suggestions, enquiries },
        {
          'zh-CN': `按投诉内容分类：${byCategory.map(({ c, row }) => `${row.zh}${counts[c]}件`).join('，')}；建议${suggestions}件、咨询${enquiries}件另计`,
          en: `By category: ${byCategory.map(({ c, row }) => `${row.en} ${counts[c]}`).join(', ')}; suggestions ${suggestions} and enquiries ${enquiries} counted apart`,
        },
      ),
      createReason(
        'CMP-RPT-MONTHLY',
        { month, from, to, total },
        {
          'zh-CN': `${range.year}年${range.month}月（Asia/Shanghai ${from}至${to}）收到投诉${total}件，用于客户投诉月报`,
          en: `${total} complaint${total === 1 ? '' : 's'} received in ${from} to ${to} (Asia/Shanghai days), for the monthly complaint report`,
        },
      ),
    ],
  };
}
