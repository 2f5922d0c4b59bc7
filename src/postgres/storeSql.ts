/**
 * The store's SQL: its versioned migrations and the statements it runs, for one schema.
 * Every statement names one instance by its id, or reads the due-queue; none joins two
 * instances (see the scaling guide on Citus).
 *
 * @internal
 * @module
 */

import { InvalidArgumentError } from '../core/errors.js';

/** The store's tables' version: raised with every migration added below. */
export const STORE_SCHEMA_VERSION = 1;

/** A timestamp column as a canonical UTC ISO string, whatever the driver makes of timestamps. */
export const iso = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The store's statements for the tables in `schema`. */
export function createStoreSql(schema: string) {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new InvalidArgumentError(
      ['options', 'schema'],
      'expected a PostgreSQL schema name of lower-case letters, digits and _ (such as public)',
    );
  }
  const instances = `${schema}.realty_crm_machine_instances`;
  const events = `${schema}.realty_crm_machine_events`;
  const migrations = `${schema}.realty_crm_store_migrations`;
  const instanceColumns = `id, machine, machine_version, policy_id, revision, state, snapshot,
    ${iso('next_due_at')} AS next_due_at, ${iso('created_at')} AS created_at, ${iso('updated_at')} AS updated_at`;
  return {
    /** Migrations by version: each a list of statements, run once, in order. */
    migrations: [
      [
        `CREATE TABLE ${instances} (
          id text PRIMARY KEY,
          machine text NOT NULL,
          machine_version integer NOT NULL,
          policy_id text NOT NULL,
          revision integer NOT NULL DEFAULT 0 CHECK (revision >= 0),
          state text NOT NULL,
          snapshot jsonb NOT NULL,
          next_due_at timestamptz,
          created_at timestamptz NOT NULL DEFAULT now(),
          updated_at timestamptz NOT NULL DEFAULT now())`,
        `CREATE INDEX realty_crm_machine_instances_due ON ${instances} (next_due_at) WHERE next_due_at IS NOT NULL`,
        `CREATE TABLE ${events} (
          instance_id text NOT NULL REFERENCES ${instances} (id),
          revision integer NOT NULL CHECK (revision >= 0),
          event jsonb NOT NULL,
          state text NOT NULL,
          reasons jsonb NOT NULL,
          occurred_at timestamptz,
          recorded_at timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (instance_id, revision))`,
      ],
    ] as readonly (readonly string[])[],
    createSchema: `CREATE SCHEMA IF NOT EXISTS ${schema}`,
    /** Serialises concurrent `migrate()` calls (released at commit). */
    lockMigrations: `SELECT pg_advisory_xact_lock(7201311)`,
    createMigrations: `CREATE TABLE IF NOT EXISTS ${migrations} (
      version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    readVersion: `SELECT coalesce(max(version), 0) AS version FROM ${migrations}`,
    recordVersion: `INSERT INTO ${migrations} (version) VALUES ($1)`,

    insertInstance: `INSERT INTO ${instances} (id, machine, machine_version, policy_id, state, snapshot, next_due_at)
      VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::timestamptz) ON CONFLICT (id) DO NOTHING RETURNING ${instanceColumns}`,
    selectInstance: `SELECT ${instanceColumns} FROM ${instances} WHERE id = $1`,
    lockInstance: `SELECT ${instanceColumns} FROM ${instances} WHERE id = $1 FOR UPDATE`,
    updateInstance: `UPDATE ${instances} SET revision = revision + 1, machine_version = $3, policy_id = $4,
      state = $5, snapshot = $6::jsonb, next_due_at = $7::timestamptz, updated_at = now()
      WHERE id = $1 AND revision = $2 RETURNING ${instanceColumns}`,
    insertEvent: `INSERT INTO ${events} (instance_id, revision, event, state, reasons, occurred_at)
      VALUES ($1, $2, $3::jsonb, $4, $5::jsonb, $6::timestamptz)`,
    selectEvents: `SELECT revision, event, state, reasons, ${iso('occurred_at')} AS occurred_at,
      ${iso('recorded_at')} AS recorded_at FROM ${events} WHERE instance_id = $1 ORDER BY revision`,

    /**
     * Up to `$2` due instances of a current machine (`$3`: a JSON array of
     * [machine, version, policy]), none in `$4` (a JSON array of ids), locked; rows another
     * worker holds are skipped.
     */
    claimDue: `SELECT id FROM ${instances}
      WHERE next_due_at <= $1::timestamptz
        AND (machine, machine_version, policy_id) IN (
          SELECT m->>0, (m->>1)::integer, m->>2 FROM jsonb_array_elements($3::jsonb) AS m)
        AND id NOT IN (SELECT jsonb_array_elements_text($4::jsonb))
      ORDER BY next_due_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
    /** Up to `$2` due instances of a current machine, earliest first, read without a lock. */
    listDue: `SELECT ${instanceColumns} FROM ${instances}
      WHERE next_due_at <= $1::timestamptz
        AND (machine, machine_version, policy_id) IN (
          SELECT m->>0, (m->>1)::integer, m->>2 FROM jsonb_array_elements($3::jsonb) AS m)
      ORDER BY next_due_at, id LIMIT $2`,
    /** Due rows that no current machine can restore: reported, never claimed. */
    selectStuck: `SELECT id, machine, machine_version, policy_id FROM ${instances}
      WHERE next_due_at <= $1::timestamptz
        AND (machine, machine_version, policy_id) NOT IN (
          SELECT m->>0, (m->>1)::integer, m->>2 FROM jsonb_array_elements($2::jsonb) AS m)
      ORDER BY next_due_at, id LIMIT $3`,
    nextWakeUp: `SELECT ${iso('min(next_due_at)')} AS at FROM ${instances}
      WHERE next_due_at IS NOT NULL AND (machine, machine_version, policy_id) IN (
        SELECT m->>0, (m->>1)::integer, m->>2 FROM jsonb_array_elements($1::jsonb) AS m)`,
    /** A batch of rows of machine `$1` not of its current version and policy (`$2`, `$3`), after id `$4`. */
    claimOutdated: `SELECT ${instanceColumns} FROM ${instances}
      WHERE machine = $1 AND NOT (machine_version = $2 AND policy_id = $3) AND id > $4
      ORDER BY id LIMIT $5 FOR UPDATE SKIP LOCKED`,
  };
}

/** The statements of one schema. */
export type StoreSql = ReturnType<typeof createStoreSql>;
