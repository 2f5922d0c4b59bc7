import { type DayInput, formatDayNumber, type InstantInput, toDayNumber } from '../calendar/days.js';
import { expectOneOf } from '../core/checks.js';
import { createReason, type Decision, type LocalizedText, type Reason } from '../core/reason.js';
import {
  addWindowAt,
  expectCategory,
  expectInputObject,
  expectOptions,
  instantMs,
  optionalBoolean,
} from './checkInputs.js';
import { citing } from './compileSeverity.js';
import type { ComplaintPolicy, ComplaintPolicyInput } from './policy.js';
import { resolveComplaintPolicy } from './resolveComplaintPolicy.js';
import { COMPLAINT_CATEGORY_TABLE, FOLLOW_UP_ROLE_TABLE } from './tables/categories.js';
import { HANDLING_UNIT_LABELS, SEVERITY_LEVEL_LABELS } from './tables/labels.js';
import {
  type ComplaintCategory,
  type FollowUpRole,
  type HandlingUnit,
  SEVERITY_LEVELS,
  type SeverityLevel,
} from './types.js';

/** What routing needs to know about a complaint (a complaint record is one). */
export interface RouteInput {
  /** Its category (`CMP-CATEGORY`). */
  readonly category: ComplaintCategory;
  /** When it was received. */
  readonly receivedAt: InstantInput;
  /** The day (or instant) of the project's centralized delivery (集中交付); absent while it has not happened. */
  readonly centralizedDeliveryAt?: DayInput | undefined;
  /**
   * The day (or instant) this owner's own home was delivered (交付业主): a complaint received
   * before it is "before delivery" whatever the centralized day; under `aoyuan2014`, the
   * handover that splits the company's customer service from the property company's.
   */
  readonly deliveredToOwnerOn?: DayInput | undefined;
  /** The home is within its warranty period. */
  readonly inWarranty?: boolean | undefined;
  /** Handling involves compensation by the developer (开发赔偿), for engineering quality or similar causes. */
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
  /** 项目客户服务部 or 物业公司 (SOL), 公司客户服务部 or 物业公司 (AOY) (`CMP-ROUTE-PHASE`). */
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
 * category; the handling unit by phase, as the policy's routing rule says.
 *
 * - SOL (`sinoOcean2008`, `generic`): before delivery to the owner and through the last day
 *   of the 3 months after the centralized delivery (a responsibility window, `LAW-WINDOW`:
 *   never extended over rest days), project customer service handles; after that, the
 *   property company. Whatever the date, complaints in warranty that involve the
 *   developer's compensation for engineering quality or similar causes (工程质量等原因: any
 *   category), and complaints about the developer's legacy issues, go to project customer
 *   service. An owner whose own home is not yet delivered (`deliveredToOwnerOn` after the
 *   day of receipt) is before delivery whatever the centralized day; with no centralized
 *   day at all, the complaint is taken to be before delivery, or, when the owner's home was
 *   delivered, within the 3 months after the centralized delivery; the reason says which.
 * - AOY (`aoyuan2014`, AOY 3.2-3.3): before the handover of the home (`deliveredToOwnerOn`,
 *   else the centralized delivery), the company's customer service (售前售中); from the day
 *   of handover, the property company's (交楼后).
 *
 * Given its severity, a major or crisis complaint is reported up to the company level
 * (`CMP-TWO-LEVEL`). Every argument is checked (an unknown category is `UNKNOWN_CATEGORY`
 * with a did-you-mean).
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
 * routeComplaint({ category: 'other', receivedAt: '2026-06-15T10:00:00+08:00', deliveredToOwnerOn: '2026-05-01' }, { policy: aoyuan2014 }).unit;
 * // 'property-company': after the handover
 * ```
 */
export function routeComplaint(input: RouteInput, options?: RouteOptions): ComplaintRoute {
  const opts = expectOptions(options);
  const policy = resolveComplaintPolicy(opts?.policy as ComplaintPolicyInput | undefined);
  const r = expectInputObject(input, 'a complaint to route { category, receivedAt, ... }');
  const category = expectCategory(r.category, ['category']);
  const receivedMs = instantMs(r.receivedAt, ['receivedAt']);
  // Read in full whatever the route (format and range, a day that does not exist named), once.
  const days: DeliveryDays = {
    centralized:
      r.centralizedDeliveryAt === undefined
        ? undefined
        : toDayNumber(r.centralizedDeliveryAt as DayInput, ['centralizedDeliveryAt']),
    own:
      r.deliveredToOwnerOn === undefined
        ? undefined
        : toDayNumber(r.deliveredToOwnerOn as DayInput, ['deliveredToOwnerOn']),
  };
  for (const k of ['inWarranty', 'involvesDeveloperCompensation', 'developerLegacyIssue'] as const) {
    optionalBoolean(r[k], [k]);
  }
  const level = r.level === undefined ? undefined : expectOneOf(r.level, SEVERITY_LEVELS, ['level']);
  const roleRow = FOLLOW_UP_ROLE_TABLE[category];
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
  const receivedDay = toDayNumber(new Date(receivedMs), ['receivedAt']);
  const unit =
    policy.routing.scheme === 'handover'
      ? routeByHandover(days, receivedDay, policy, reasons)
      : routeByDeliveryWindow(
          input,
          days,
          category,
          receivedDay,
          policy,
          policy.routing.projectWindowMonths,
          reasons,
        );
  let reportedTo: ComplaintRoute['reportedTo'] = null;
  if (level === 'major' || level === 'crisis') {
    reportedTo = 'hq-customer-relations';
    const label = SEVERITY_LEVEL_LABELS[level];
    reasons.push(
      createReason(
        'CMP-TWO-LEVEL',
        { level, handledBy: unit, reportedTo },
        {
          'zh-CN': `${label['zh-CN']}由项目层面处理，并上报公司层面（本部客户关系部）监督`,
          en: `${label.en}: handled at the project level and reported up to the company level (HQ customer relations)`,
        },
      ),
    );
  }
  return { role: roleRow.role, unit, reportedTo, reasons };
}

/** SOL 投诉管理 2: the exceptions, the owner's own delivery, then the window after the centralized delivery. */
/** The delivery days of a complaint, read at the door (day numbers). */
interface DeliveryDays {
  readonly centralized: number | undefined;
  readonly own: number | undefined;
}

function routeByDeliveryWindow(
  input: RouteInput,
  days: DeliveryDays,
  category: ComplaintCategory,
  receivedDay: number,
  policy: ComplaintPolicy,
  months: number,
  reasons: Reason[],
): HandlingUnit {
  const say = (unit: HandlingUnit, facts: Reason['facts'], zh: string, en: string) =>
    reasons.push(phaseReason(policy, unit, facts, { 'zh-CN': zh, en }));
  if (input.inWarranty === true && input.involvesDeveloperCompensation === true) {
    say(
      'project-customer-service',
      { exception: 'warranty-compensation', category },
      '保修期内因工程质量等原因涉及开发赔偿的投诉',
      'a complaint in warranty involving compensation by the developer, for engineering quality or similar causes',
    );
    return 'project-customer-service';
  }
  if (input.developerLegacyIssue === true) {
    say(
      'project-customer-service',
      { exception: 'developer-legacy-issue' },
      '涉及开发遗留问题的投诉',
      "a complaint about the developer's legacy issues",
    );
    return 'project-customer-service';
  }
  const deliveredDay = days.own === undefined ? undefined : formatDayNumber(days.own);
  if (days.own !== undefined && receivedDay < days.own) {
    say(
      'project-customer-service',
      { deliveredToOwnerOn: deliveredDay as string, beforeDelivery: true },
      `业主房屋尚未交付（${deliveredDay}交付）的投诉：交付业主前`,
      `a complaint before the owner's own home was delivered (on ${deliveredDay}): before delivery`,
    );
    return 'project-customer-service';
  }
  if (input.centralizedDeliveryAt === undefined) {
    if (deliveredDay !== undefined) {
      // The owner's home was delivered, but without the centralized day the 3 months cannot be
      // counted: taken as within them, and said so (not "before delivery", which it is not).
      say(
        'project-customer-service',
        { centralizedDeliveryAt: null, deliveredToOwnerOn: deliveredDay },
        `业主房屋已于${deliveredDay}交付、但未给出集中交付日的投诉：按集中交付起${months}个月内计`,
        `a complaint after the owner's home was delivered on ${deliveredDay}, with no centralized delivery day given: taken as within the ${months} months after the centralized delivery`,
      );
      return 'project-customer-service';
    }
    say(
      'project-customer-service',
      { centralizedDeliveryAt: null },
      '交付业主前（未给出集中交付日）的投诉',
      'a complaint before delivery (no centralized delivery day given)',
    );
    return 'project-customer-service';
  }
  const window = addWindowAt(input.centralizedDeliveryAt, months, ['centralizedDeliveryAt']);
  // Stryker disable next-line ArrayDeclaration,StringLiteral: the window's last day is in range (addWindowAt checked it), so the path is never shown
  const lastDay = toDayNumber(window.lastDay, ['centralizedDeliveryAt']);
  const within = receivedDay <= lastDay;
  const unit: HandlingUnit = within ? 'project-customer-service' : 'property-company';
  const facts = { centralizedDeliveryDay: window.startDay, windowLastDay: window.lastDay };
  if (within) {
    say(
      unit,
      facts,
      `交付前或集中交付（${window.startDay}）起${months}个月内（至${window.lastDay}）的投诉`,
      `a complaint before delivery or within ${months} months of the centralized delivery on ${window.startDay} (through ${window.lastDay})`,
    );
  } else {
    say(
      unit,
      facts,
      `集中交付（${window.startDay}）${months}个月以后（${window.lastDay}之后）的投诉`,
      `a complaint more than ${months} months after the centralized delivery on ${window.startDay} (after ${window.lastDay})`,
    );
  }
  reasons.push(...window.reasons);
  return unit;
}

/** AOY 3.2-3.3: before the handover of the home, the company's customer service; from it, the property company's. */
function routeByHandover(
  days: DeliveryDays,
  receivedDay: number,
  policy: ComplaintPolicy,
  reasons: Reason[],
): HandlingUnit {
  const handover = days.own ?? days.centralized;
  const day = handover === undefined ? null : formatDayNumber(handover);
  const from = days.own !== undefined ? 'deliveredToOwnerOn' : 'centralizedDeliveryAt';
  if (handover === undefined || receivedDay < handover) {
    const unit: HandlingUnit = 'company-customer-service';
    reasons.push(
      phaseReason(
        policy,
        unit,
        { scheme: 'handover', handoverDay: day, ...(day === null ? {} : { handoverFrom: from }) },
        day === null
          ? {
              'zh-CN': '售前售中（未给出交楼日）的投诉',
              en: 'a complaint before or during the sale (no handover day given)',
            }
          : {
              'zh-CN': `交楼（${day}）前的投诉：售前售中`,
              en: `a complaint before the handover on ${day}: before or during the sale`,
            },
      ),
    );
    return unit;
  }
  const unit: HandlingUnit = 'property-company';
  reasons.push(
    phaseReason(
      policy,
      unit,
      { scheme: 'handover', handoverDay: day, handoverFrom: from },
      { 'zh-CN': `交楼（${day}）后的投诉`, en: `a complaint after the handover on ${day}` },
    ),
  );
  return unit;
}

function phaseReason(
  policy: ComplaintPolicy,
  unit: HandlingUnit,
  facts: Reason['facts'],
  what: LocalizedText,
): Reason {
  const label = HANDLING_UNIT_LABELS[unit];
  return createReason(
    'CMP-ROUTE-PHASE',
    { ...facts, unit, policy: policy.id },
    citing(
      {
        'zh-CN': `${what['zh-CN']}，由${label['zh-CN']}处理`,
        // Stryker disable next-line OptionalChaining: the phase texts are never empty strings, so [0] is always defined
        en: `${what.en[0]?.toUpperCase()}${what.en.slice(1)}: handled by the ${label.en.toLowerCase()}`,
      },
      policy,
      'routing',
    ),
  );
}
