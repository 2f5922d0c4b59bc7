import { addWindow } from '../calendar/addWindow.js';
import { type DayInput, type InstantInput, toDayNumber } from '../calendar/days.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Decision, type Reason } from '../core/reason.js';
import { type ComplaintPolicyInput, resolveComplaintPolicy } from './policy.js';
import { COMPLAINT_CATEGORY_TABLE, FOLLOW_UP_ROLE_TABLE } from './tables/categories.js';
import { HANDLING_UNIT_LABELS, SEVERITY_LEVEL_LABELS } from './tables/labels.js';
import {
  COMPLAINT_CATEGORIES,
  type ComplaintCategory,
  type FollowUpRole,
  type HandlingUnit,
  type SeverityLevel,
} from './types.js';

/** What routing needs to know about a complaint. */
export interface RouteInput {
  /** Its category (`CMP-CATEGORY`). */
  readonly category: ComplaintCategory;
  /** When it was received. */
  readonly receivedAt: InstantInput;
  /** The day (or instant) of the centralized delivery (集中交付); absent while the home is not yet delivered. */
  readonly centralizedDeliveryAt?: DayInput | undefined;
  /** The home is within its warranty period. */
  readonly inWarranty?: boolean | undefined;
  /** Handling involves compensation by the developer (开发赔偿). */
  readonly involvesDeveloperCompensation?: boolean | undefined;
  /** It concerns the developer's legacy issues (开发遗留问题). */
  readonly developerLegacyIssue?: boolean | undefined;
  /** Its severity, once assessed: major and crisis complaints are reported up (`CMP-TWO-LEVEL`). */
  readonly level?: SeverityLevel | undefined;
}

/** Who follows a complaint up and which unit handles it. */
export type ComplaintRoute = Decision<{
  /** 项目负责人, 营销负责人 or 客服部负责人 (`CMP-ROUTE-ROLE`). */
  readonly role: FollowUpRole;
  /** 项目客户服务部 or 物业公司 (`CMP-ROUTE-PHASE`). */
  readonly unit: HandlingUnit;
  /**
   * The company level the complaint is reported up to (`CMP-TWO-LEVEL`): HQ customer
   * relations for a major or crisis complaint; `null` while the project level handles it
   * alone (or the level is not known).
   */
  readonly reportedTo: 'hq-customer-relations' | null;
}>;

/** The options of {@link routeComplaint}. */
export interface RouteOptions {
  /** The policy; `sinoOcean2008` when absent. */
  readonly policy?: ComplaintPolicyInput;
}

/**
 * Routes a complaint (`CMP-ROUTE-ROLE`, `CMP-ROUTE-PHASE`): the follow-up role by
 * category; the handling unit by phase. Before delivery and through the last day of the
 * 3 months after the centralized delivery (a responsibility window, `LAW-WINDOW`: never
 * extended over rest days), project customer service handles; after that, the property
 * company. Whatever the date, engineering-quality complaints in warranty that involve the
 * developer's compensation, and complaints about the developer's legacy issues, go to
 * project customer service. A complaint with no centralized delivery day is taken to be
 * before delivery, and the reason says so. Given its severity, a major or crisis complaint
 * is reported up to the company level (`CMP-TWO-LEVEL`: the project level handles, the
 * company level supervises).
 *
 * @rule CMP-ROUTE-ROLE
 * @rule CMP-ROUTE-PHASE
 * @rule CMP-TWO-LEVEL
 * @rule LAW-WINDOW
 * @example
 * ```ts
 * const r = routeComplaint({
 *   category: 'engineering-quality',
 *   receivedAt: '2026-06-15T10:00:00+08:00',
 *   centralizedDeliveryAt: '2026-03-15',
 * });
 * [r.role, r.unit]; // ['project-leader', 'project-customer-service']: 06-15 is the window's last day
 * ```
 */
export function routeComplaint(input: RouteInput, options?: RouteOptions): ComplaintRoute {
  const policy = resolveComplaintPolicy(options?.policy);
  const category = input.category;
  const roleRow = (FOLLOW_UP_ROLE_TABLE as Partial<typeof FOLLOW_UP_ROLE_TABLE>)[category];
  if (roleRow === undefined || !Object.hasOwn(FOLLOW_UP_ROLE_TABLE, category)) {
    throw new InvalidArgumentError(
      ['category'],
      `unknown complaint category ${JSON.stringify(category)}; expected one of ${COMPLAINT_CATEGORIES.join(', ')}`,
      'UNKNOWN_CATEGORY',
    );
  }
  const cat = COMPLAINT_CATEGORY_TABLE[category];
  const reasons: Reason[] = [
    createReason(
      'CMP-ROUTE-ROLE',
      { category, role: roleRow.role },
      {
        'zh-CN': `${cat.zh}类投诉由${roleRow.zh}跟进`,
        en: `${cat.en} complaints are followed up by the ${roleRow.en.toLowerCase()}`,
      },
    ),
  ];
  const receivedDay = toDayNumber(input.receivedAt, ['receivedAt']);
  let unit: HandlingUnit;
  if (
    category === 'engineering-quality' &&
    input.inWarranty === true &&
    input.involvesDeveloperCompensation === true
  ) {
    unit = 'project-customer-service';
    reasons.push(
      phaseReason(
        unit,
        { exception: 'warranty-compensation' },
        '保修期内因工程质量涉及开发赔偿的投诉',
        'an engineering-quality complaint in warranty involving compensation by the developer',
      ),
    );
  } else if (input.developerLegacyIssue === true) {
    unit = 'project-customer-service';
    reasons.push(
      phaseReason(
        unit,
        { exception: 'developer-legacy-issue' },
        '涉及开发遗留问题的投诉',
        "a complaint about the developer's legacy issues",
      ),
    );
  } else if (input.centralizedDeliveryAt === undefined) {
    unit = 'project-customer-service';
    reasons.push(
      phaseReason(
        unit,
        { centralizedDeliveryAt: null },
        '交付业主前（未给出集中交付日）的投诉',
        'a complaint before delivery (no centralized delivery day given)',
      ),
    );
  } else {
    const window = addWindow(input.centralizedDeliveryAt, { months: policy.routing.projectWindowMonths });
    const lastDay = toDayNumber(window.lastDay, ['centralizedDeliveryAt']);
    const within = receivedDay <= lastDay;
    unit = within ? 'project-customer-service' : 'property-company';
    const months = policy.routing.projectWindowMonths;
    reasons.push(
      within
        ? phaseReason(
            unit,
            { centralizedDeliveryDay: window.startDay, windowLastDay: window.lastDay },
            `交付前或集中交付（${window.startDay}）起${months}个月内（至${window.lastDay}）的投诉`,
            `a complaint before delivery or within ${months} months of the centralized delivery on ${window.startDay} (through ${window.lastDay})`,
          )
        : phaseReason(
            unit,
            { centralizedDeliveryDay: window.startDay, windowLastDay: window.lastDay },
            `集中交付（${window.startDay}）${months}个月以后（${window.lastDay}之后）的投诉`,
            `a complaint more than ${months} months after the centralized delivery on ${window.startDay} (after ${window.lastDay})`,
          ),
      ...window.reasons,
    );
  }
  let reportedTo: ComplaintRoute['reportedTo'] = null;
  if (input.level === 'major' || input.level === 'crisis') {
    reportedTo = 'hq-customer-relations';
    const label = SEVERITY_LEVEL_LABELS[input.level];
    reasons.push(
      createReason(
        'CMP-TWO-LEVEL',
        { level: input.level, handledBy: unit, reportedTo },
        {
          'zh-CN': `${label['zh-CN']}由项目层面处理，并上报公司层面（本部客户关系部）监督`,
          en: `${label.en}: handled at the project level and reported up to the company level (HQ customer relations)`,
        },
      ),
    );
  }
  return { role: roleRow.role, unit, reportedTo, reasons };
}

function phaseReason(unit: HandlingUnit, facts: Reason['facts'], whatZh: string, whatEn: string): Reason {
  const label = HANDLING_UNIT_LABELS[unit];
  return createReason(
    'CMP-ROUTE-PHASE',
    { ...facts, unit },
    {
      'zh-CN': `${whatZh}，由${label['zh-CN']}处理`,
      en: `${whatEn[0]?.toUpperCase()}${whatEn.slice(1)}: handled by the ${label.en.toLowerCase()}`,
    },
  );
}
