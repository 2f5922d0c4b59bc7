export { assertNever } from './assertNever.js';
export { deepFreeze } from './deepFreeze.js';
export {
  CalendarCoverageError,
  InvalidArgumentError,
  RealtyCrmError,
  type RealtyCrmErrorCode,
} from './errors.js';
export {
  createReason,
  type Decision,
  type FactValue,
  formatReason,
  LOCALES,
  type Locale,
  type LocalizedText,
  type Reason,
} from './reason.js';
export { isRuleId, RULE_IDS, RULES, type RuleArea, type RuleEntry, type RuleId } from './rules.js';
export { RULE_TEXT_ZH } from './rulesZh.js';
export { describeSettingSource, SETTING_SOURCE_KINDS, type SettingSource } from './settingSource.js';
export {
  atLeast,
  atMost,
  describeThreshold,
  lessThan,
  meetsThreshold,
  moreThan,
  readThresholdWord,
  THRESHOLD_WORDS,
  type Threshold,
  type ThresholdKind,
  type ThresholdWord,
} from './thresholds.js';
