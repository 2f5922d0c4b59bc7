import { createReason, type Decision } from '../core/reason.js';
import { expectInputObject, optionalBoolean } from './checkInputs.js';
import { NO_CALLBACK_GROUND_LABELS } from './tables/labels.js';
import type { NoCallbackGround } from './types.js';

/** What decides whether a complaint is called back (each default in brackets). */
export interface CallbackNeedFacts {
  /** The complainant left contact information (`true`). */
  readonly hasContactInfo?: boolean | undefined;
  /** The complainant left no name (`false`). */
  readonly anonymous?: boolean | undefined;
  /** A higher authority asks only for a reply letter (上级部门只要求复函) (`false`). */
  readonly replyLetterOnly?: boolean | undefined;
}

/** Whether a callback is owed, and if not, why. */
export type CallbackNeed = Decision<{
  readonly needed: boolean;
  /** Why none is owed; `null` when one is. */
  readonly ground: NoCallbackGround | null;
}>;

/**
 * Whether a complaint is to be called back (`CMP-CLOSE`; GEN 回访 1.13; AOY 4.2.3: only
 * complaints that left a phone number): not when the complainant left no contact
 * information or no name, nor when a higher authority asks only for a reply letter; such a
 * complaint closes with the reply attached to the record, and owes no callback deadline
 * (`CMP-DL-CALLBACK`).
 *
 * @rule CMP-CLOSE
 * @rule CMP-DL-CALLBACK
 * @example
 * ```ts
 * needsCallback({}).needed; // true
 * needsCallback({ replyLetterOnly: true }); // { needed: false, ground: 'reply-letter-only', reasons: [...] }
 * ```
 */
export function needsCallback(facts: CallbackNeedFacts): CallbackNeed {
  const f = expectInputObject(facts, 'callback facts { hasContactInfo, anonymous, replyLetterOnly }');
  const contact = optionalBoolean(f.hasContactInfo, ['hasContactInfo']) ?? true;
  const anonymous = optionalBoolean(f.anonymous, ['anonymous']) ?? false;
  const letter = optionalBoolean(f.replyLetterOnly, ['replyLetterOnly']) ?? false;
  const ground: NoCallbackGround | null = !contact
    ? 'no-contact'
    : anonymous
      ? 'anonymous'
      : letter
        ? 'reply-letter-only'
        : null;
  if (ground === null) {
    return {
      needed: true,
      ground,
      reasons: [
        createReason(
          'CMP-CLOSE',
          { callbackNeeded: true },
          {
            'zh-CN': '留有姓名和联系方式的投诉须回访',
            en: 'The complainant left a name and contact information: a callback is owed',
          },
        ),
      ],
    };
  }
  const label = NO_CALLBACK_GROUND_LABELS[ground];
  return {
    needed: false,
    ground,
    reasons: [
      createReason(
        'CMP-CLOSE',
        { callbackNeeded: false, ground },
        {
          'zh-CN': `${label['zh-CN']}：可不回访，复函情况附在投诉表后`,
          en: `${label.en[0]?.toUpperCase()}${label.en.slice(1)}: no callback is owed; the reply is attached to the record`,
        },
      ),
    ],
  };
}
