/**
 * The defects module. Its rules arrive with their issue.
 *
 * @module defects
 */

export {};
