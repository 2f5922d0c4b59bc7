/**
 * The record kinds the CLI reads (`validate --kind`, `schema --kind`): one row per kind,
 * each module adding its own. A row says how to validate one record of the kind and which
 * JSON Schema files describe it.
 *
 * @module
 */

import type * as z from 'zod';
import { parseComplaint } from '../complaints/parseComplaint.js';
import { COMPLAINT_FIELD_TABLE } from '../complaints/tables/fields.js';
import type { Locale } from '../core/reason.js';
import { parseCustomer } from '../customers/parseCustomer.js';
import { CUSTOMER_RECORD_FIELD_TABLE } from '../customers/tables/recordFieldTable.js';
import { parseDefect } from '../defects/parseDefect.js';
import { DEFECT_FIELD_TABLE } from '../defects/tables/fields.js';
import {
  parseDeliveryRiskCheck,
  parseHouseholdDelivery,
  parseOpeningRiskCheck,
} from '../delivery/parseDeliveryRecords.js';
import { HOUSEHOLD_DELIVERY_FIELD_TABLE } from '../delivery/tables/fields.js';
import { OPENING_RISK_CHECK_FIELD_TABLE } from '../delivery/tables/openingCheckFields.js';
import { DELIVERY_RISK_CHECK_FIELD_TABLE } from '../delivery/tables/riskCheckFields.js';
import type { FieldTable } from '../records/fieldTable.js';
import { parseRepairOrder } from '../warranty/parseRepairOrder.js';
import { REPAIR_ORDER_FIELD_TABLE } from '../warranty/tables/repairOrderFieldTable.js';

/** One record kind of the CLI. */
export interface RecordKindEntry {
  /** The `--kind` value, also the stem of its schema file (`complaint.schema.json`). */
  readonly kind: string;
  /** Its name in both languages. */
  readonly label: { readonly 'zh-CN': string; readonly en: string };
  /** Validates one record: zod's result with path-addressed issues in the locale. */
  readonly parse: (input: unknown, options: { readonly locale: Locale }) => z.ZodSafeParseResult<unknown>;
  /** The JSON Schema files of the kind under `schemas/` (the record, and a batch of them where there is one). */
  readonly schemaFiles: readonly string[];
  /**
   * The kind's field table: how the import reads its columns (header aliases, `--map`),
   * its values (value aliases, naive times) and checks a record cheaply before `parse`.
   * A kind without one is read as its JSON or its columns' own names (`fromCsv`).
   */
  readonly fields?: FieldTable;
  /**
   * Its files hold personal data (names, phones, identity numbers): the first-row cells an
   * error quotes when no column is a field (a file without a header row) are masked, as the
   * values the messages of every kind quote are (CUS-PRIVACY).
   */
  readonly personal?: boolean;
  /** Turns a CSV row (text cells by header) into the record's shape, where the kind needs more than the default. */
  readonly fromCsv?: (row: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

/** Every record kind, in the order the help lists them. */
export const RECORD_KIND_ENTRIES: readonly RecordKindEntry[] = Object.freeze([
  {
    kind: 'complaint',
    label: { 'zh-CN': '投诉', en: 'complaint' },
    parse: parseComplaint,
    schemaFiles: ['complaint', 'complaint-batch'],
    fields: COMPLAINT_FIELD_TABLE,
  },
  {
    kind: 'household-delivery',
    label: { 'zh-CN': '户交付记录', en: 'household delivery' },
    parse: parseHouseholdDelivery,
    schemaFiles: ['household-delivery', 'household-delivery-batch'],
    fields: HOUSEHOLD_DELIVERY_FIELD_TABLE,
  },
  {
    kind: 'delivery-risk-check',
    label: { 'zh-CN': '交付风险检查', en: 'delivery risk check' },
    parse: parseDeliveryRiskCheck,
    schemaFiles: ['delivery-risk-check', 'delivery-risk-check-batch'],
    fields: DELIVERY_RISK_CHECK_FIELD_TABLE,
  },
  {
    kind: 'opening-risk-check',
    label: { 'zh-CN': '开盘风险检查', en: 'opening risk check' },
    parse: parseOpeningRiskCheck,
    schemaFiles: ['opening-risk-check', 'opening-risk-check-batch'],
    fields: OPENING_RISK_CHECK_FIELD_TABLE,
  },
  {
    kind: 'repair-order',
    label: { 'zh-CN': '维修单', en: 'repair order' },
    parse: parseRepairOrder,
    schemaFiles: ['repair-order', 'repair-order-batch'],
    fields: REPAIR_ORDER_FIELD_TABLE,
  },
  {
    kind: 'customer',
    label: { 'zh-CN': '客户档案', en: 'customer' },
    parse: parseCustomer,
    schemaFiles: ['customer', 'customer-batch'],
    fields: CUSTOMER_RECORD_FIELD_TABLE,
    personal: true,
  },
  {
    kind: 'defect',
    label: { 'zh-CN': '缺陷', en: 'defect' },
    parse: parseDefect,
    schemaFiles: ['defect', 'defect-batch'],
    fields: DEFECT_FIELD_TABLE,
  },
]);

/** The entry of a `--kind` value, or `undefined`. */
export function findRecordKind(kind: string): RecordKindEntry | undefined {
  return RECORD_KIND_ENTRIES.find((e) => e.kind === kind);
}
