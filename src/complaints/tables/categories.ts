import type { RuleId } from '../../core/rules.js';
import type { ComplaintCategory, FollowUpRole, RecordKind } from '../types.js';

/** One row of the category table. */
export interface CategoryRow {
  readonly id: ComplaintCategory;
  readonly zh: string;
  readonly en: string;
  readonly definition: { readonly 'zh-CN': string; readonly en: string };
  /** Other ways exports write the category (工程, 物业服务, `quality`): read as it by the import. */
  readonly aliases: readonly string[];
  readonly rule: RuleId;
  readonly source: string;
}

/**
 * The six complaint categories with their labels and definitions (`CMP-CATEGORY`,
 * AOY 4.2.2; SOL 投诉管理 3(1)).
 *
 * @rule CMP-CATEGORY
 */
export const COMPLAINT_CATEGORY_TABLE: Readonly<Record<ComplaintCategory, CategoryRow>> =
  /* @__PURE__ */ Object.freeze({
    'engineering-quality': {
      id: 'engineering-quality',
      zh: '工程质量',
      en: 'Engineering quality',
      definition: { 'zh-CN': '对房屋工程质量方面的投诉', en: 'The physical quality of the home' },
      aliases: ['工程', '工程类', '质量', '工程质量类', '房屋质量', 'quality', 'construction quality'],
      rule: 'CMP-CATEGORY',
      source: 'AOY 4.2.2',
    },
    'planning-design': {
      id: 'planning-design',
      zh: '规划设计',
      en: 'Planning and design',
      definition: {
        'zh-CN': '对总体规划、公共设施、建筑主体、住户设计及居住性能等方面的投诉',
        en: 'Site plan, public facilities, building body, unit design, living performance',
      },
      aliases: ['规划', '设计', '规划设计类', '设计类', 'design', 'planning'],
      rule: 'CMP-CATEGORY',
      source: 'AOY 4.2.2',
    },
    'sales-management': {
      id: 'sales-management',
      zh: '销售管理',
      en: 'Sales management',
      definition: {
        'zh-CN': '对销售承诺、销售执行过程及售后办证过程引起的投诉',
        en: 'Sales promises, the sales process, title-certificate handling after sale',
      },
      aliases: ['销售', '销售类', '销售服务', '营销', 'sales'],
      rule: 'CMP-CATEGORY',
      source: 'AOY 4.2.2',
    },
    'property-management': {
      id: 'property-management',
      zh: '物业管理',
      en: 'Property management',
      definition: { 'zh-CN': '对物业管理服务的投诉', en: 'Property services' },
      aliases: ['物业', '物业类', '物业服务', 'property', 'property services'],
      rule: 'CMP-CATEGORY',
      source: 'AOY 4.2.2',
    },
    'customer-service': {
      id: 'customer-service',
      zh: '客户服务',
      en: 'Customer service',
      definition: {
        'zh-CN': '对员工工作态度、工作质量等方面的投诉',
        en: 'Staff attitude and quality of work',
      },
      aliases: ['客服', '客服类', '服务态度', '服务', 'service'],
      rule: 'CMP-CATEGORY',
      source: 'AOY 4.2.2',
    },
    other: {
      id: 'other',
      zh: '其他',
      en: 'Other',
      definition: { 'zh-CN': '由于合作伙伴、社会环境因素引起的投诉', en: 'Partners, social environment' },
      aliases: ['其它', '其他类', 'others'],
      rule: 'CMP-CATEGORY',
      source: 'AOY 4.2.2',
    },
  });

/** Labels of the record kinds recorded on the complaint form (`CMP-CATEGORY`). */
export const RECORD_KIND_TABLE: Readonly<Record<RecordKind, { readonly zh: string; readonly en: string }>> =
  /* @__PURE__ */ Object.freeze({
    complaint: { zh: '投诉', en: 'Complaint' },
    suggestion: { zh: '建议', en: 'Suggestion' },
    enquiry: { zh: '咨询', en: 'Enquiry' },
  });

/** One row of the follow-up role table. */
export interface FollowUpRoleRow {
  readonly role: FollowUpRole;
  readonly zh: string;
  readonly en: string;
  readonly rule: RuleId;
  readonly source: string;
}

/**
 * Who follows a complaint up, by category (`CMP-ROUTE-ROLE`, AOY 4.2.2): engineering
 * quality and planning-design, the project leader; sales management, the marketing
 * leader; property management, customer service and other, the customer-service head.
 *
 * @rule CMP-ROUTE-ROLE
 */
export const FOLLOW_UP_ROLE_TABLE: Readonly<Record<ComplaintCategory, FollowUpRoleRow>> =
  /* @__PURE__ */ Object.freeze({
    'engineering-quality': {
      role: 'project-leader',
      zh: '项目负责人',
      en: 'Project leader',
      rule: 'CMP-ROUTE-ROLE',
      source: 'AOY 4.2.2',
    },
    'planning-design': {
      role: 'project-leader',
      zh: '项目负责人',
      en: 'Project leader',
      rule: 'CMP-ROUTE-ROLE',
      source: 'AOY 4.2.2',
    },
    'sales-management': {
      role: 'marketing-leader',
      zh: '营销负责人',
      en: 'Marketing leader',
      rule: 'CMP-ROUTE-ROLE',
      source: 'AOY 4.2.2',
    },
    'property-management': {
      role: 'customer-service-head',
      zh: '客服部负责人',
      en: 'Customer-service department head',
      rule: 'CMP-ROUTE-ROLE',
      source: 'AOY 4.2.2',
    },
    'customer-service': {
      role: 'customer-service-head',
      zh: '客服部负责人',
      en: 'Customer-service department head',
      rule: 'CMP-ROUTE-ROLE',
      source: 'AOY 4.2.2',
    },
    other: {
      role: 'customer-service-head',
      zh: '客服部负责人',
      en: 'Customer-service department head',
      rule: 'CMP-ROUTE-ROLE',
      source: 'AOY 4.2.2',
    },
  });
