/**
 * The presets module. Its rules arrive with their issue.
 *
 * @module presets
 */

export {};
