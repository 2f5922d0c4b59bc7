import { type DayInput, formatDayNumber, toDayNumber } from '../calendar/days.js';
import { expectArray, expectOneOf, expectPlainObject, expectString } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Decision, type Reason } from '../core/reason.js';
import { ACCESS_APPROVAL_STATUS_LABELS } from './tables/labels.js';
import { ACCESS_APPROVAL_STATUSES, type AccessApprovalStatus } from './types.js';

/** Who asks to read a customer record: a member of staff and the projects they work for. */
export interface CustomerAccessRequester {
  readonly id: string;
  /** The projects whose customer files this person works with. */
  readonly projectIds: readonly string[];
}

/**
 * A request to use another project's customer data (AOY 4.1.5 OA《客户资料调用申请》; GEN 第18条
 * 查阅申请: who, what, why, approved by the customer-service department), as the app that
 * runs the approval flow stores it.
 */
export interface CustomerAccessApproval {
  /** The request's id: the reason names it. */
  readonly id: string;
  /** Who the request is for. */
  readonly requesterId: string;
  /** The project whose customer data it opens. */
  readonly projectId: string;
  /** The customer records it opens; all of the project's when absent. */
  readonly customerIds?: readonly string[];
  readonly status: AccessApprovalStatus;
  /** First day it may be used, `YYYY-MM-DD` (inclusive). */
  readonly validFrom?: string;
  /** Last day it may be used, `YYYY-MM-DD` (inclusive). */
  readonly validUntil?: string;
}

/** The question {@link canAccessCustomerRecord} answers. */
export interface CustomerAccessQuestion {
  readonly requester: CustomerAccessRequester;
  /** The record asked for: its id and project (a `Customer` will do). */
  readonly record: { readonly id: string; readonly projectId: string };
  /** The requests on file; none when absent. */
  readonly approvals?: readonly CustomerAccessApproval[];
  /** The day of the access, needed when an approval has a validity period. */
  readonly now?: DayInput;
}

/** The answer (`CUS-PRIVACY`). */
export type CustomerAccessDecision = Decision<{
  readonly allowed: boolean;
  /** Why: the requester's own project, an approved request, or neither. */
  readonly basis: 'own-project' | 'approved-request' | 'no-approved-request';
  /** The approved request that allows it. */
  readonly approvalId?: string;
}>;

/**
 * Whether a member of staff may read a customer record (`CUS-PRIVACY`): within their own
 * projects, yes; across projects only with an approved request for that project (and that
 * record, where the request names records), in force on the day of the access, and the
 * reason names the request (AOY 4.1.5: 跨区域调用客户资源须提交《客户资料调用申请》; GEN 第17-18条:
 * 未经许可，任何人不得随意查阅客户档案). A pending, rejected, revoked, expired or
 * not-yet-valid request is named in the reasons and allows nothing. The other duties of the
 * rule (nothing read in public places, a leak reported at once) are the app's and its
 * staff's: see the customers guide.
 *
 * @rule CUS-PRIVACY
 * @example
 * ```ts
 * const requester = { id: 'S-7', projectIds: ['P-GZ-01'] };
 * const record = { id: 'K-100', projectId: 'P-SZ-02' };
 * canAccessCustomerRecord({ requester, record }).allowed; // false
 * canAccessCustomerRecord({
 *   requester, record,
 *   approvals: [{ id: 'OA-2026-0815', requesterId: 'S-7', projectId: 'P-SZ-02', status: 'approved' }],
 * }).approvalId; // 'OA-2026-0815'
 * ```
 */
export function canAccessCustomerRecord(question: CustomerAccessQuestion): CustomerAccessDecision {
  const q = expectPlainObject(question, ['question']);
  const requester = expectPlainObject(q.requester, ['requester']);
  const requesterId = expectString(requester.id, ['requester', 'id'], { maxLength: 200 });
  const projectIds = expectArray(requester.projectIds, ['requester', 'projectIds']).map((p, i) =>
    expectString(p, ['requester', 'projectIds', i], { maxLength: 200 }),
  );
  const record = expectPlainObject(q.record, ['record']);
  const recordId = expectString(record.id, ['record', 'id'], { maxLength: 200 });
  const projectId = expectString(record.projectId, ['record', 'projectId'], { maxLength: 200 });
  const approvals = q.approvals === undefined ? [] : expectArray(q.approvals, ['approvals']);
  const today = q.now === undefined ? undefined : formatDayNumber(toDayNumber(q.now as DayInput, ['now']));
  const facts = { requesterId, recordId, projectId };

  if (projectIds.includes(projectId)) {
    return {
      allowed: true,
      basis: 'own-project',
      reasons: [
        createReason(
          'CUS-PRIVACY',
          { ...facts, basis: 'own-project' },
          {
            'zh-CN': `客户档案属于申请人所在项目${projectId}：可以查阅（仍须保密，不得在公众场合阅读）`,
            en: `The customer file belongs to the requester's own project ${projectId}: it may be read (kept confidential, never read in public places)`,
          },
        ),
      ],
    };
  }

  const notes: Reason[] = [];
  for (let i = 0; i < approvals.length; i++) {
    const a = expectPlainObject(approvals[i], ['approvals', i]);
    const approvalId = expectString(a.id, ['approvals', i, 'id'], { maxLength: 200 });
    if (expectString(a.requesterId, ['approvals', i, 'requesterId'], { maxLength: 200 }) !== requesterId)
      continue;
    if (expectString(a.projectId, ['approvals', i, 'projectId'], { maxLength: 200 }) !== projectId) continue;
    if (a.customerIds !== undefined) {
      const ids = expectArray(a.customerIds, ['approvals', i, 'customerIds']);
      if (!ids.includes(recordId)) continue;
    }
    const status = expectOneOf(a.status, ACCESS_APPROVAL_STATUSES, ['approvals', i, 'status']);
    const from = a.validFrom === undefined ? undefined : readDay(a.validFrom, ['approvals', i, 'validFrom']);
    const until =
      a.validUntil === undefined ? undefined : readDay(a.validUntil, ['approvals', i, 'validUntil']);
    const requestFacts = { ...facts, approvalId, status };
    if (status !== 'approved') {
      const label = ACCESS_APPROVAL_STATUS_LABELS[status];
      notes.push(
        createReason(
          'CUS-PRIVACY',
          { ...requestFacts, basis: 'not-approved' },
          {
            'zh-CN': `《客户资料调用申请》${approvalId}${label['zh-CN']}，尚未获批准，不能据此查阅`,
            en: `Request ${approvalId} to use the data is ${label.en}, not approved: it allows nothing`,
          },
        ),
      );
      continue;
    }
    if ((from !== undefined || until !== undefined) && today === undefined) {
      throw new InvalidArgumentError(
        ['now'],
        `request ${approvalId} has a validity period: give now (the day of the access) to check it`,
      );
    }
    if (
      (from !== undefined && (today as string) < from) ||
      (until !== undefined && (today as string) > until)
    ) {
      notes.push(
        createReason(
          'CUS-PRIVACY',
          {
            ...requestFacts,
            basis: 'outside-validity',
            day: today as string,
            validFrom: from ?? null,
            validUntil: until ?? null,
          },
          {
            'zh-CN': `《客户资料调用申请》${approvalId}的有效期为${from ?? '—'}至${until ?? '—'}，${today}不在有效期内`,
            en: `Request ${approvalId} is valid ${from ?? '—'} to ${until ?? '—'}; ${today} is outside it`,
          },
        ),
      );
      continue;
    }
    return {
      allowed: true,
      basis: 'approved-request',
      approvalId,
      reasons: [
        createReason(
          'CUS-PRIVACY',
          { ...requestFacts, basis: 'approved-request' },
          {
            'zh-CN': `跨项目查阅${projectId}的客户档案：已获批准的《客户资料调用申请》${approvalId}允许（仍须保密，不得在公众场合阅读）`,
            en: `Reading a customer file of another project (${projectId}): allowed by the approved request ${approvalId} (kept confidential, never read in public places)`,
          },
        ),
        ...notes,
      ],
    };
  }
  return {
    allowed: false,
    basis: 'no-approved-request',
    reasons: [
      createReason(
        'CUS-PRIVACY',
        { ...facts, basis: 'no-approved-request' },
        {
          'zh-CN': `客户档案属于其他项目${projectId}：跨项目调用须先提交并获批《客户资料调用申请》（AOY 4.1.5），未经许可不得查阅（GEN 第17条）`,
          en: `The customer file belongs to another project (${projectId}): using it needs an approved request first (AOY 4.1.5); without permission no one reads it (GEN art. 17)`,
        },
      ),
      ...notes,
    ],
  };
}

function readDay(value: unknown, path: readonly (string | number)[]): string {
  const s = expectString(value, path, { maxLength: 10 });
  return formatDayNumber(toDayNumber(s, path));
}
