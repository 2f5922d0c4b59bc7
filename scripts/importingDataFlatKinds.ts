/**
 * The generated parts of the "importing your data" guide for the flat record kinds (repair
 * orders, customers): a field reference and the value alias tables per kind, read from
 * their field tables, the same ones the import reads, and written by the same functions as
 * every other kind's. `renderImportingDataParts` adds them under the markers
 * `repairorderfields`, `repairordervalues`, `customerfields` and `customervalues`.
 */

import type { Locale } from '../src/core/reason.js';
import { CUSTOMER_RECORD_FIELD_TABLE } from '../src/customers/tables/recordFieldTable.js';
import { REPAIR_ORDER_FIELD_TABLE } from '../src/warranty/tables/repairOrderFieldTable.js';
import { fields, values } from './importingDataTables.js';

/** The flat kinds' generated parts, by marker name. */
export function renderFlatKindParts(locale: Locale): Readonly<Record<string, string>> {
  return {
    repairorderfields: fields(REPAIR_ORDER_FIELD_TABLE, locale),
    repairordervalues: values(REPAIR_ORDER_FIELD_TABLE, locale, false),
    customerfields: fields(CUSTOMER_RECORD_FIELD_TABLE, locale),
    customervalues: values(CUSTOMER_RECORD_FIELD_TABLE, locale, false),
  };
}
