import { RealtyCrmError } from '../../core/errors.js';

/** The input cannot be read as records at all (missing, not text, not JSON, a broken structure): exit status 2. */
export class UnreadableInputError extends RealtyCrmError {
  constructor(message: string) {
    super('INVALID_ARGUMENT', message);
  }
}
