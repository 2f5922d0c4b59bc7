import { deepFreeze } from '../../core/deepFreeze.js';
import type { LocalizedText } from '../../core/reason.js';
import type { RuleId } from '../../core/rules.js';
import type { DeliveryMilestoneId, DeliveryRole, DeliveryStep } from '../types.js';

/** One row of the milestone table: what the duty is, its rule, who owns it, where the source says so. */
export interface DeliveryMilestoneRow extends LocalizedText {
  readonly id: DeliveryMilestoneId;
  /** The duty in a sentence. */
  readonly duty: LocalizedText;
  readonly rule: RuleId;
  readonly role: DeliveryRole;
  /** The delivery step (`DLV-STEPS`) the milestone belongs to. */
  readonly step: DeliveryStep;
  readonly source: string;
}

const row = (
  id: DeliveryMilestoneId,
  zh: string,
  en: string,
  duty: LocalizedText,
  rule: RuleId,
  role: DeliveryRole,
  step: DeliveryStep,
  source: string,
): DeliveryMilestoneRow => ({ id, 'zh-CN': zh, en, duty, rule, role, step, source });

/**
 * Every milestone of the delivery schedule (`computeDeliverySchedule`), with its rule,
 * owner, step and source. The days come from the policy (`DeliveryPolicy.milestones`).
 *
 * @rule DLV-PLAN
 * @rule DLV-RISK-TEAM
 * @rule DLV-RISK-REPORT
 * @rule DLV-RISK-HQ
 * @rule DLV-PREP
 * @rule DLV-HANDOVER-LAW
 * @rule DLV-SUMMARY
 * @rule DLV-STEPS
 */
export const DELIVERY_MILESTONE_TABLE: Readonly<Record<DeliveryMilestoneId, DeliveryMilestoneRow>> =
  deepFreeze({
    'delivery-plan': row(
      'delivery-plan',
      '编制房屋交付方案',
      'Delivery plan',
      {
        'zh-CN': '项目客户服务部编制房屋交付方案，报本部客户关系部会审',
        en: 'Project customer service drafts the delivery plan; HQ customer relations reviews it',
      },
      'DLV-PLAN',
      'project-customer-service',
      'plan',
      'SOL 房屋交付管理 3 Step1',
    ),
    'risk-team': row(
      'risk-team',
      '成立交付风险检查小组',
      'Risk-check team formed',
      {
        'zh-CN': '成立项目交付风险检查工作小组，由项目客户服务部牵头',
        en: 'The delivery risk-check team is formed, led by project customer service',
      },
      'DLV-RISK-TEAM',
      'project-customer-service',
      'risk-check',
      'SOL 房屋交付风险检查 2(1)',
    ),
    'risk-self-check': row(
      'risk-self-check',
      '完成项目自查',
      'Self-check complete',
      {
        'zh-CN': '按《交付风险检查工作一览表》逐项完成项目自查',
        en: 'The risk self-check is complete, item by item of the checklist',
      },
      'DLV-RISK-REPORT',
      'project-customer-service',
      'risk-check',
      'SOL 房屋交付管理 Step2; 房屋交付风险检查 2(2)',
    ),
    'risk-report': row(
      'risk-report',
      '上报风险自评估报告',
      'Self-assessment report to HQ',
      {
        'zh-CN': '《项目交付风险自评估报告》及各项督办工作计划上报本部客户关系部',
        en: 'The self-assessment report and the follow-up plan reach HQ customer relations',
      },
      'DLV-RISK-REPORT',
      'project-customer-service',
      'risk-check',
      'SOL 房屋交付风险检查 2(3)',
    ),
    'hq-check': row(
      'hq-check',
      '本部抽查（首次交付联合检查）',
      'HQ check (joint for a first delivery)',
      {
        'zh-CN': '本部客户关系部组织抽查；控股公司首次交付由客户关系部联合质量部、经济合同部、项目部检查',
        en: "HQ customer relations spot-checks; a subsidiary's first delivery is checked jointly with quality, contracts and the project",
      },
      'DLV-RISK-HQ',
      'hq-customer-relations',
      'risk-check',
      'SOL 房屋交付风险检查 3',
    ),
    'owner-pre-inspection': row(
      'owner-pre-inspection',
      '业主预验收',
      "Owners' pre-inspection",
      {
        'zh-CN': '客户服务部组织业主预验收，工程、设计、物业部门协助',
        en: "Customer service organises the owners' pre-inspection, with engineering, design and the property company",
      },
      'DLV-STEPS',
      'project-customer-service',
      'owner-pre-inspection',
      'SOL 房屋交付管理 Step3',
    ),
    'area-measurement': row(
      'area-measurement',
      '面积实测',
      'Area measurement',
      {
        'zh-CN': '设计管理部完成待交付房屋面积实测',
        en: 'Design management completes the measured areas of the homes',
      },
      'DLV-PREP',
      'design-management',
      'delivery',
      'SOL 房屋交付管理 第一部分 1',
    ),
    'title-agency': row(
      'title-agency',
      '确定产权代办机构',
      'Title-agency partner contracted',
      {
        'zh-CN': '确定产权代办合作机构并签订合作协议',
        en: 'The title-agency partner is chosen and contracted',
      },
      'DLV-PREP',
      'project-company',
      'delivery',
      'SOL 房屋交付管理 第一部分 3',
    ),
    documents: row(
      'documents',
      '文书编制审批',
      'Documents approved',
      {
        'zh-CN': '相关部门完成交付所需文书的编制、会签、审批',
        en: 'The departments concerned draft, co-sign and approve the delivery documents',
      },
      'DLV-PREP',
      'project-company',
      'delivery',
      'SOL 房屋交付管理 第一部分 4',
    ),
    'handover-inspection': row(
      'handover-inspection',
      '物业承接查验',
      'Handover inspection with the property company',
      {
        'zh-CN': '与物业服务企业完成物业共用部位、共用设施设备的承接查验',
        en: 'The handover inspection of the common parts and facilities with the property company is complete',
      },
      'DLV-HANDOVER-LAW',
      'engineering-management',
      'handover',
      '物业承接查验办法 (2010); SOL 物业移交',
    ),
    'notice-pack-mailed': row(
      'notice-pack-mailed',
      '邮寄入住文件',
      'Notice pack mailed',
      {
        'zh-CN':
          '向业主邮寄《房屋交付通知书》《房屋交付指南》《物业服务手册》《物业临时管理规约》《装修手册》',
        en: 'The delivery notice, delivery guide, property service manual, temporary management rules and decoration manual are mailed to owners',
      },
      'DLV-PREP',
      'project-customer-service',
      'delivery',
      'SOL 房屋交付管理 第一部分 6',
    ),
    'owner-calls': row(
      'owner-calls',
      '电话通知业主',
      'Owners phoned',
      {
        'zh-CN': '邮寄后第2-3日完成对具备入住资格客户的电话通知',
        en: 'Every eligible owner is phoned on the 2nd to 3rd day after mailing',
      },
      'DLV-PREP',
      'project-customer-service',
      'delivery',
      'SOL 房屋交付管理 第一部分 6',
    ),
    'cleaning-keys-packs': row(
      'cleaning-keys-packs',
      '保洁、钥匙清点、物料分装',
      'Cleaning, key count and packs',
      {
        'zh-CN': '物业公司完成房屋保洁、钥匙清点、入住物料分装',
        en: 'The property company finishes cleaning, the key count and the move-in packs',
      },
      'DLV-PREP',
      'property-company',
      'delivery',
      'SOL 房屋交付管理 第一部分 10',
    ),
    'site-dressing': row(
      'site-dressing',
      '交付现场包装',
      'Site dressing',
      { 'zh-CN': '客户服务部完成交付现场包装', en: 'Customer service finishes dressing the delivery site' },
      'DLV-PREP',
      'project-customer-service',
      'delivery',
      'SOL 房屋交付管理 第一部分 11',
    ),
    rehearsals: row(
      'rehearsals',
      '交付演练',
      'Rehearsals',
      {
        'zh-CN': '首次交付楼盘须进行至少两次演练',
        en: "At least two rehearsals for a project's first delivery",
      },
      'DLV-PREP',
      'project-company',
      'delivery',
      'SOL 房屋交付管理 第一部分 9',
    ),
    'pre-inspection-repairs': row(
      'pre-inspection-repairs',
      '预验收问题整改完毕',
      'Pre-inspection repairs done',
      {
        'zh-CN': '工程管理部对业主预验收提出的问题在房屋交付前整改完毕',
        en: "Engineering fixes what the owners' pre-inspection found before delivery",
      },
      'DLV-STEPS',
      'engineering-management',
      'owner-pre-inspection',
      'SOL 房屋交付管理 Step3',
    ),
    'delivery-summary': row(
      'delivery-summary',
      '交付总结报备',
      'Delivery summary to HQ',
      {
        'zh-CN': '客户服务部汇总编制房屋交付总结，报备本部客户关系部',
        en: 'Customer service writes the delivery summary and files it with HQ customer relations',
      },
      'DLV-SUMMARY',
      'project-customer-service',
      'summary',
      'SOL 房屋交付管理 Step6',
    ),
  });
