/**
 * Personal information (`CUS-ID`, `CUS-PHONE`, `CUS-PRIVACY`): identity numbers and phones
 * checked, names, phones, identity numbers and addresses masked. Pure functions without zod,
 * below every domain module, so that any record (a complaint's contact, a customer) and the
 * CLI can use them. Exported publicly from the customers module only.
 *
 * @internal
 * @module
 */

export { COMPOUND_SURNAMES } from './compoundSurnames.js';
export { computeIdCheckCharacter } from './computeIdCheckCharacter.js';
export {
  RESIDENT_ID_KIND_TABLE,
  RESIDENT_ID_KINDS,
  type ResidentIdKind,
  type ResidentIdKindRow,
} from './idKinds.js';
export { MASK_CHARACTER, maskAddress, maskIdNumber, maskName, maskPhone } from './mask.js';
export {
  type MaskPersonalInfoOptions,
  maskPersonalInfo,
  PERSONAL_INFO_FIELDS,
  PERSONAL_INFO_KIND_TABLE,
  PERSONAL_INFO_KINDS,
  type PersonalInfoKind,
  type PersonalInfoKindRow,
} from './maskPersonalInfo.js';
export {
  MOBILE_PREFIX_TABLE,
  MOBILE_PREFIX_TABLE_AS_OF,
  type MobilePrefixRow,
  type MobilePrefixUse,
} from './mobilePrefixes.js';
export {
  type MobileNumberOptions,
  type PhoneCheck,
  validateLandlineNumber,
  validateMobileNumber,
} from './validatePhone.js';
export {
  type RecordedSex,
  type ResidentIdCheck,
  type ResidentIdOptions,
  validateResidentIdNumber,
} from './validateResidentIdNumber.js';
