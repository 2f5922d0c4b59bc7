/**
 * The policy presets: the rules of each source rulebook as a named set of settings, and
 * how a company makes its own policy from one.
 *
 * @module presets
 */

export { aoyuan2014 } from './aoyuan2014.js';
export { createPolicy, PolicySchema } from './createPolicy.js';
export { generic } from './generic.js';
export { parsePolicy } from './parsePolicy.js';
export { sinoOcean2008 } from './sinoOcean2008.js';
export type { Policy, PolicyOverrides } from './types.js';

import { aoyuan2014 } from './aoyuan2014.js';
import { generic } from './generic.js';
import { sinoOcean2008 } from './sinoOcean2008.js';

/** Every preset, by id. */
export const PRESETS = Object.freeze({ sinoOcean2008, aoyuan2014, generic } as const);
/** A preset id. */
export type PresetId = keyof typeof PRESETS;
