import type { Decision } from '../reason.js';
import type { ResidentIdKind } from './idKinds.js';

/** The sex an identity number records: its 17th digit (15th for 15 digits), odd for men. */
export type RecordedSex = 'male' | 'female';

/** The options of {@link validateResidentIdNumber}. */
export interface ResidentIdOptions {
  /**
   * The moment to judge the birth date by (a `Date`, a day `YYYY-MM-DD` or an ISO 8601
   * instant with an offset): a birth date after its Asia/Shanghai day is refused. Without
   * it that check is skipped, and a reason says so (time is an argument).
   */
  readonly now?: Date | string;
}

/** The verdict on an identity number (`CUS-ID`). Never carries the number itself. */
export type ResidentIdCheck = Decision<{
  /** True when every check passed (a 15-digit number: its date and region). */
  readonly valid: boolean;
  /** What the number was read as; `unknown` when it has neither 18 characters nor 15 digits. */
  readonly kind: ResidentIdKind;
  /** The number as stored: half-width, trimmed, a lower-case `x` as `X`; present when valid. */
  readonly normalized?: string;
  /** The birth date it records, `YYYY-MM-DD`; present when valid. */
  readonly birthDate?: string;
  /** The sex it records; present when valid. */
  readonly sex?: RecordedSex;
}>;
