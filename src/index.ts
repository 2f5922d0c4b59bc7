/**
 * realty-crm-rules: the customer-relations rulebook of Chinese property developers as
 * code. Every public name of every module, re-exported flat (names are unique across the
 * package, a test checks it); each module is also its own subpath
 * (`realty-crm-rules/calendar`, `realty-crm-rules/complaints`, ...).
 *
 * @module realty-crm-rules
 */

export * from './calendar/index.js';
export * from './complaints/index.js';
export * from './core/index.js';
export * from './customers/index.js';
export * from './defects/index.js';
export * from './delivery/index.js';
export * from './presets/index.js';
export * from './warranty/index.js';
