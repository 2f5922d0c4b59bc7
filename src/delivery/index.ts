/**
 * The delivery module. Its rules arrive with their issue.
 *
 * @module delivery
 */

export {};
