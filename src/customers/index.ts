/**
 * Customer records and personal information (客户档案与个人信息, `CUS-*`): the customer
 * record and its schema, identity numbers by GB 11643-1999 and phones checked, names,
 * phones, identity numbers and addresses masked, the review every 6 months, the retention
 * period and what PIPL asks when it ends, access across projects.
 *
 * @module customers
 */

export {
  COMPOUND_SURNAMES,
  computeIdCheckCharacter,
  MASK_CHARACTER,
  type MaskPersonalInfoOptions,
  MOBILE_PREFIX_TABLE,
  MOBILE_PREFIX_TABLE_AS_OF,
  type MobileNumberOptions,
  type MobilePrefixRow,
  type MobilePrefixUse,
  maskAddress,
  maskIdNumber,
  maskName,
  maskPersonalInfo,
  maskPhone,
  PERSONAL_INFO_FIELDS,
  PERSONAL_INFO_KIND_TABLE,
  PERSONAL_INFO_KINDS,
  type PersonalInfoKind,
  type PersonalInfoKindRow,
  type PhoneCheck,
  RESIDENT_ID_KIND_TABLE,
  RESIDENT_ID_KINDS,
  type RecordedSex,
  type ResidentIdCheck,
  type ResidentIdKind,
  type ResidentIdKindRow,
  type ResidentIdOptions,
  validateLandlineNumber,
  validateMobileNumber,
  validateResidentIdNumber,
} from '../core/personal/index.js';
export {
  assessCustomerFileCompleteness,
  type CustomerFileCompleteness,
  type CustomerFileCompletenessOptions,
} from './assessCustomerFileCompleteness.js';
export {
  type CustomerAccessApproval,
  type CustomerAccessDecision,
  type CustomerAccessQuestion,
  type CustomerAccessRequester,
  canAccessCustomerRecord,
} from './canAccessCustomerRecord.js';
export {
  type CustomerReviewDue,
  type CustomerReviewInput,
  type CustomerReviewOptions,
  computeCustomerReviewDue,
  toCustomerReviewInput,
} from './computeCustomerReviewDue.js';
export {
  computeRetentionEnd,
  type RetentionEnd,
  type RetentionInput,
  type RetentionOptions,
  toCustomerRetentionInput,
} from './computeRetentionEnd.js';
export {
  type CustomerDueEntry,
  type CustomerDueRecord,
  type CustomersDue,
  type CustomersDueOptions,
  detectCustomersDue,
} from './detectCustomersDue.js';
export {
  type CustomerParseOptions,
  type InvalidCustomerRecord,
  type ParsedCustomerBatch,
  parseCustomer,
  parseCustomers,
} from './parseCustomer.js';
export {
  type CustomerPolicy,
  type CustomerPolicyInput,
  CustomerPolicySchema,
  type CustomerSettingSource,
  SINO_OCEAN_2008_CUSTOMER_POLICY,
} from './policy.js';
export { type Customer, CustomerSchema, IdNumberSchema, PhoneNumberSchema } from './schemas.js';
export {
  CUSTOMER_FIELD_TABLE,
  CUSTOMER_FIELDS,
  type CustomerField,
  type CustomerFieldRow,
} from './tables/fields.js';
export {
  ACCESS_APPROVAL_STATUS_LABELS,
  CUSTOMER_DUTY_LABELS,
  CUSTOMER_FILE_ITEM_TABLE,
  type CustomerFileItemRow,
  type CustomerLabel,
  OTHER_ID_TYPE_LABELS,
  RETENTION_ACTION_LABELS,
  SETTING_BASIS_LABELS,
} from './tables/labels.js';
export { CUSTOMER_RECORD_FIELD_TABLE } from './tables/recordFieldTable.js';
export {
  ACCESS_APPROVAL_STATUSES,
  type AccessApprovalStatus,
  CUSTOMER_DUTIES,
  CUSTOMER_FILE_ITEMS,
  type CustomerDuty,
  type CustomerFileItem,
  OTHER_ID_TYPES,
  type OtherIdType,
  RETENTION_ACTIONS,
  type RetentionAction,
  SETTING_BASES,
  type SettingBasis,
} from './types.js';
