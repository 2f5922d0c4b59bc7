import { type InstantInput, MS_PER_DAY, toInstantMs } from '../calendar/days.js';
import { expectKnownKeys, expectOptions } from '../complaints/checkInputs.js';
import type { GroupFinding } from '../complaints/detectGroupComplaints.js';
import type { ComplaintPolicyInput } from '../complaints/policy.js';
import { resolveComplaintPolicy } from '../complaints/policySchema.js';
import { toGroupFinding } from '../complaints/toGroupFinding.js';
import { describeType, expectPlainObject } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';

/** The columns of the complaints table the query reads, by the record field they hold. */
const COLUMNS = {
  projectId: 'project_id',
  householdId: 'household_id',
  complainantId: 'complainant_id',
  issue: 'issue',
  receivedAt: 'received_at',
  resolvedAt: 'resolved_at',
  kind: 'kind',
  compensationClaimed: 'compensation_claimed',
  lawsuitFiled: 'lawsuit_filed',
  mediaExposed: 'media_exposed',
  demandsReturnOrLargeCompensation: 'demands_return_or_large_compensation',
  crisisSignals: 'crisis_signals',
} as const;

/**
 * The options of {@link createGroupComplaintsQuery}.
 *
 * @rule CMP-SEV-DETECT
 * @example
 * ```ts
 * const options: GroupComplaintsQueryOptions = { now: '2026-06-25T09:00:00+08:00', table: 'crm.complaints' };
 * ```
 */
export interface GroupComplaintsQueryOptions {
  /** The moment of judgement, as for `detectGroupComplaints`. */
  readonly now: InstantInput;
  /** The policy; `sinoOcean2008` when absent. */
  readonly policy?: ComplaintPolicyInput;
  /** The complaints table (`complaints`, or `schema.table`). */
  readonly table?: string;
  /** Column names where they differ from the defaults (`project_id`, `received_at`, ...). */
  readonly columns?: Partial<Record<keyof typeof COLUMNS, string>>;
}

/**
 * A parameterised group-detection statement and the reader of its rows, as
 * {@link createGroupComplaintsQuery} makes them.
 *
 * @rule CMP-SEV-DETECT
 * @example
 * ```ts
 * const q: GroupComplaintsQuery = createGroupComplaintsQuery({ now });
 * const findings = q.read((await db.query(q.text, q.values)).rows);
 * ```
 */
export interface GroupComplaintsQuery {
  /** The SQL, with `$1 .. $4`. */
  readonly text: string;
  /** Its parameters. */
  readonly values: readonly unknown[];
  /** The findings from the statement's rows, as `detectGroupComplaints` gives them. */
  read(rows: readonly Record<string, unknown>[]): GroupFinding[];
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Group complaints (群诉) detected in SQL over a complaints table (`CMP-SEV-DETECT`): the
 * same findings as `detectGroupComplaints` over the same records, row by row, under each
 * reading of `CMP-SEV-GROUP` (a parity test on 10^5 complaints checks it). The database
 * counts, per project and issue, the households, the distinct complainants in the sliding
 * window of `hotRepeatWindowDays` up to `now`, the households with an open complaint and
 * those with an open complaint major by its own facts, and the most households complaining
 * together within `majorGroupWindowHours` (window functions: each household's spans merged,
 * then a sweep over them; no self-join); the
 * judgement (`CMP-SEV-MAJOR-COUNT`, the level, the major group, `CMP-WARN`, the reasons) is
 * the detector's own, in `read`.
 *
 * The table has the columns of a complaint record (`project_id text`, `household_id text`,
 * `complainant_id text`, `issue text`, `received_at timestamptz`, `resolved_at timestamptz`
 * null, `kind text` null, `compensation_claimed numeric` null, `lawsuit_filed`,
 * `media_exposed`, `demands_return_or_large_compensation boolean` null, `crisis_signals
 * jsonb` null: an array), renamed through `columns`. Every statement groups by
 * `project_id`, so with Citus (the table distributed by `project_id`) it runs on each node
 * for its own projects: groups never span projects.
 *
 * @rule CMP-SEV-DETECT
 * @rule CMP-SEV-GROUP
 * @rule CMP-SEV-MAJOR-COUNT
 * @rule CMP-SEV-HOT-REPEAT
 * @example
 * ```ts
 * const q = createGroupComplaintsQuery({ now: '2026-06-25T09:00:00+08:00', policy: aoyuan2014 });
 * const { rows } = await db.query(q.text, q.values);
 * q.read(rows); // [{ projectId: 'P-1', issue: 'roof-leak', households: 3, level: 'hot', ... }]
 * ```
 */
export function createGroupComplaintsQuery(options: GroupComplaintsQueryOptions): GroupComplaintsQuery {
  const opts = expectOptions(options);
  if (opts === undefined) {
    throw new InvalidArgumentError(['options', 'now'], 'expected { now }: nothing here reads the clock');
  }
  expectKnownKeys(opts, ['now', 'policy', 'table', 'columns'], ['options']);
  const now = toInstantMs(opts.now as InstantInput, ['options', 'now']);
  const policy = resolveComplaintPolicy(opts.policy as ComplaintPolicyInput | undefined);
  const table = opts.table === undefined ? 'complaints' : opts.table;
  if (
    typeof table !== 'string' ||
    !table.split('.').every((part) => IDENTIFIER.test(part)) ||
    table.split('.').length > 2
  ) {
    throw new InvalidArgumentError(
      ['options', 'table'],
      `expected a table name such as complaints or crm.complaints, got ${describeType(table)}`,
    );
  }
  const given = opts.columns === undefined ? {} : expectPlainObject(opts.columns, ['options', 'columns']);
  expectKnownKeys(given, Object.keys(COLUMNS), ['options', 'columns']);
  const col = { ...COLUMNS, ...given } as Record<keyof typeof COLUMNS, string>;
  for (const [field, name] of Object.entries(col)) {
    if (typeof name !== 'string' || !IDENTIFIER.test(name)) {
      throw new InvalidArgumentError(
        ['options', 'columns', field],
        'expected a column name of lower-case letters, digits and _',
      );
    }
  }
  const s = policy.severity;
  const comp = s.majorCompensationPerHouseholdYuan;
  const compare = { 'at-least': '>=', 'more-than': '>', 'at-most': '<=', 'less-than': '<' }[comp.kind];
  const open = `(${col.resolvedAt} IS NULL OR ${col.resolvedAt} > $1::timestamptz)`;
  const major = `(${col.lawsuitFiled} IS TRUE OR ${col.mediaExposed} IS TRUE OR ${col.demandsReturnOrLargeCompensation} IS TRUE
      OR ${col.compensationClaimed} ${compare} $3::numeric OR coalesce(jsonb_array_length(${col.crisisSignals}), 0) > 0)`;
  const text = `WITH c AS (
  SELECT ${col.projectId} AS project_id, ${col.issue} AS issue, ${col.householdId} AS household_id,
    ${col.complainantId} AS complainant_id, ${col.receivedAt} AS received_at, ${open} AS open, ${open} AND ${major} AS open_major
  FROM ${table}
  WHERE (${col.kind} IS NULL OR ${col.kind} = 'complaint') AND ${col.receivedAt} <= $1::timestamptz
), counts AS (
  SELECT project_id, issue,
    count(DISTINCT household_id)::int AS households,
    count(DISTINCT complainant_id) FILTER (WHERE received_at >= $2::timestamptz)::int AS complainants,
    count(DISTINCT household_id) FILTER (WHERE open)::int AS open_households,
    count(DISTINCT household_id) FILTER (WHERE open_major)::int AS open_major_households
  FROM c GROUP BY project_id, issue
), marked AS (
  -- CMP-SEV-GROUP, complaining together: a household is in a window [s, s + w] for s in
  -- [t - w, t] around each of its complaints; its overlapping spans merge into islands.
  SELECT project_id, issue, household_id, received_at,
    CASE WHEN lag(received_at) OVER (PARTITION BY project_id, issue, household_id ORDER BY received_at)
      >= received_at - $4::bigint * interval '1 millisecond' THEN 0 ELSE 1 END AS starts
  FROM c
), islands AS (
  SELECT project_id, issue, household_id, received_at,
    sum(starts) OVER (PARTITION BY project_id, issue, household_id ORDER BY received_at ROWS UNBOUNDED PRECEDING) AS island
  FROM marked
), spans AS (
  SELECT project_id, issue, min(received_at) - $4::bigint * interval '1 millisecond' AS s, max(received_at) AS e
  FROM islands GROUP BY project_id, issue, household_id, island
), sweep AS (
  -- The most islands covering one start: +1 at each island's start before -1 after its end.
  SELECT project_id, issue, sum(delta) OVER (PARTITION BY project_id, issue ORDER BY at, delta DESC ROWS UNBOUNDED PRECEDING) AS together
  FROM (SELECT project_id, issue, s AS at, 1 AS delta FROM spans UNION ALL SELECT project_id, issue, e, -1 FROM spans) d
)
SELECT counts.*, most.together
FROM counts JOIN (SELECT project_id, issue, max(together)::int AS together FROM sweep GROUP BY project_id, issue) most
  USING (project_id, issue)`;
  const values = [
    new Date(now).toISOString(),
    new Date(now - s.hotRepeatWindowDays * MS_PER_DAY).toISOString(),
    String(comp.value),
    s.majorGroupWindowHours * 3_600_000,
  ];
  const nowIso = values[0] as string;
  const read = (rows: readonly Record<string, unknown>[]): GroupFinding[] =>
    rows
      .map((r) => ({
        projectId: String(r.project_id),
        issue: String(r.issue),
        households: Number(r.households),
        complainantsWithin30Days: Number(r.complainants),
        openHouseholds: Number(r.open_households),
        openMajorHouseholds: Number(r.open_major_households),
        householdsTogether: Number(r.together),
      }))
      .sort((a, b) => byCodeUnits(a.projectId, b.projectId) || byCodeUnits(a.issue, b.issue))
      .map((g) => toGroupFinding(g, policy, nowIso));
  return { text, values, read };
}
