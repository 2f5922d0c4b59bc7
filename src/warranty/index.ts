/**
 * The warranty module. Its rules arrive with their issue.
 *
 * @module warranty
 */

export {};
