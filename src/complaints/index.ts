/**
 * The complaints module. Its rules arrive with their issue.
 *
 * @module complaints
 */

export {};
