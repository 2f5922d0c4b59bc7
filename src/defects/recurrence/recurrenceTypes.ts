import type { Decision, Reason } from '../../core/reason.js';
import type { DefectPolicyInput } from '../policy.js';
import type { DefectDiscipline, RecurrenceField } from '../types.js';

/**
 * A description as the matcher takes it: one text (its Chinese characters and its English
 * words are told apart by script), or Chinese and English apart, at least one given.
 */
export type RecurrenceDescription =
  | string
  | { readonly zh?: string | undefined; readonly en?: string | undefined };

/** A case of a defect handbook (`DEF-RECUR`): an old problem a new defect may repeat. */
export interface DefectHandbookCase {
  /** The case id, unique in its handbook. */
  readonly id: string;
  /** The problem, as the handbook states it: short, in Chinese and/or English. */
  readonly description: RecurrenceDescription;
  /** The discipline it belongs to, when the handbook says. */
  readonly discipline?: DefectDiscipline | undefined;
  /** Its component key (`ac-louvre`, `pump-room`), when the handbook says. */
  readonly component?: string | undefined;
  /** Its location key (`balcony`, `basement`), when the handbook says. */
  readonly location?: string | undefined;
  /** Where the case comes from (a section, a project). Not compared. */
  readonly source?: string | undefined;
}

/** A new defect as the matcher takes it: a description, and the keys it has. A `Defect` record is one. */
export interface RecurrenceQuery {
  /** Its id, for the reasons. */
  readonly id?: string | undefined;
  readonly description: RecurrenceDescription;
  readonly discipline?: DefectDiscipline | undefined;
  readonly component?: string | undefined;
  readonly location?: string | undefined;
}

/** One handbook case a new defect repeats, with its score and why. */
export interface RecurrenceMatch {
  readonly caseId: string;
  /** 0-1, rounded to 3 decimals; a match is at least the threshold. */
  readonly score: number;
  /** The fields that agreed, in the order description, component, discipline, location. */
  readonly matchedOn: readonly RecurrenceField[];
  /** One `DEF-RECUR` reason: the shared n-grams and keys. */
  readonly reasons: readonly Reason[];
}

/** The handbook cases a new defect repeats, best first (`DEF-RECUR`). */
export type RecurrenceFindings = Decision<{
  /** Sorted by score, highest first, then by case id: the same whatever the handbook's order. */
  readonly matches: readonly RecurrenceMatch[];
}>;

/** The options of {@link findDefectRecurrences}. */
export interface RecurrenceOptions {
  /** The policy (its `recurrence` settings); `sinoOcean2008` when absent. */
  readonly policy?: DefectPolicyInput;
  /** The score at which a case is a match, instead of the policy's (0 < threshold <= 1). */
  readonly threshold?: number;
  /** At most this many matches, the best ones (default: all). */
  readonly limit?: number;
}

/**
 * A defect handbook indexed once (`DEF-RECUR`), so that many new defects are matched
 * without comparing each with every case. Made by {@link createDefectHandbookIndex}.
 */
export interface DefectHandbookIndex {
  /** The number of cases indexed. */
  readonly size: number;
  /** The cases a new defect repeats: the same result as {@link findDefectRecurrences} on the handbook. */
  findRecurrences(defect: RecurrenceQuery, options?: RecurrenceOptions): RecurrenceFindings;
}
