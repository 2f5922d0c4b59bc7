/**
 * The customers module's vocabularies: string-literal unions backed by frozen arrays.
 *
 * @module
 */

/**
 * What happens to a customer file when its retention period ends (`CUS-RETENTION`,
 * `CUS-PIPL`): destroyed only with approval and a destruction record (销毁须经审批并做好
 * 销毁记录, GEN 3.2.8), or anonymised (匿名化处理: what remains no longer identifies anyone,
 * PIPL art. 4, 73).
 */
export const RETENTION_ACTIONS = Object.freeze(['destroy-with-approval', 'anonymise'] as const);
/** A retention action (`CUS-RETENTION`, `CUS-PIPL`). */
export type RetentionAction = (typeof RETENTION_ACTIONS)[number];

/**
 * Identity documents other than those GB 11643-1999 numbers (`CUS-FIELDS`, 身份证): a
 * passport, the mainland travel permits of Hong Kong, Macao and Taiwan residents (回乡证,
 * 台胞证), or another document. Their numbers are kept as written, not checked.
 */
export const OTHER_ID_TYPES = Object.freeze([
  'passport',
  'hong-kong-macao-travel-permit',
  'taiwan-travel-permit',
  'other',
] as const);
/** An identity document other than a resident identity number. */
export type OtherIdType = (typeof OTHER_ID_TYPES)[number];

/** The state of a request to use customer data of another project (`CUS-PRIVACY`, 客户资料调用申请). */
export const ACCESS_APPROVAL_STATUSES = Object.freeze([
  'approved',
  'pending',
  'rejected',
  'revoked',
] as const);
/** 已批准, 审批中, 已驳回, 已撤销. */
export type AccessApprovalStatus = (typeof ACCESS_APPROVAL_STATUSES)[number];

/** Where a preset's value comes from (DESIGN convention 14). */
export const SETTING_BASES = Object.freeze(['source', 'borrowed', 'library-default'] as const);
/** Its source's own rule, borrowed from another preset's source, or the library's own default. */
export type SettingBasis = (typeof SETTING_BASES)[number];

/** What a customer file is due for (`CUS-REVIEW`, `CUS-RETENTION`, `CUS-PIPL`). */
export const CUSTOMER_DUTIES = Object.freeze(['review', 'disposal'] as const);
/** 复核更新 (review and update), or 销毁/匿名化 (destruction or anonymisation). */
export type CustomerDuty = (typeof CUSTOMER_DUTIES)[number];

/**
 * The items AOY 4.1.2 lists for a customer file (`CUS-FIELDS`): name, phone, address,
 * native place, occupation, product need, purpose, intended area, budget range, identity
 * document, family structure, whether decision maker, number of purchases.
 */
export const CUSTOMER_FILE_ITEMS = Object.freeze([
  'name',
  'phone',
  'address',
  'nativePlace',
  'occupation',
  'productNeed',
  'purpose',
  'intendedArea',
  'budgetRange',
  'idDocument',
  'familyStructure',
  'isDecisionMaker',
  'purchaseCount',
] as const);
/** One item of a customer file (`CUS-FIELDS`). */
export type CustomerFileItem = (typeof CUSTOMER_FILE_ITEMS)[number];
