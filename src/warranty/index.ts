/**
 * Warranty and repairs (维保修). For now: the statutory minimum warranty periods
 * (`LAW-WARRANTY-MIN`); phases, repair orders and expiry notices arrive with their issue.
 *
 * @module warranty
 */

export {
  computeStatutoryWarranty,
  isWarrantyAtLeastStatutory,
  STATUTORY_WARRANTY_TABLE,
  type StatutoryWarranty,
  type StatutoryWarrantyRow,
  WARRANTY_ITEMS,
  type WarrantyItem,
  type WarrantyLength,
} from './statutoryWarranty.js';
