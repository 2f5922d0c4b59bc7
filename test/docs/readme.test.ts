import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  aoyuan2014,
  assessComplaintSeverity,
  computeComplaintDeadlines,
  routeComplaint,
} from '../../src/index.js';

describe('README', () => {
  it('CMP-DL-REPLY: the first example of the README says what the library does', () => {
    const complaint = { category: 'engineering-quality', receivedAt: '2026-09-30T16:20:00+08:00' } as const;
    expect(routeComplaint({ ...complaint, centralizedDeliveryAt: '2026-07-01' })).toMatchObject({
      role: 'project-leader',
      unit: 'project-customer-service',
    });
    expect(assessComplaintSeverity({ compensationPerHousehold: 20000 }).level).toBe('general');
    expect(assessComplaintSeverity({ compensationPerHousehold: 20000.01 }).level).toBe('major');
    expect(assessComplaintSeverity({ householdsWithSameIssue: 20 }).level).toBe('major');
    const { replyBy } = computeComplaintDeadlines(complaint);
    expect(replyBy.lastDay).toBe('2026-10-09');
    expect(replyBy.endsAt.toISOString()).toBe('2026-10-09T16:00:00.000Z');
    expect(computeComplaintDeadlines(complaint, { policy: aoyuan2014 }).replyBy.lastDay).toBe('2026-10-13');
    expect(addWorkingDays('2026-09-30', 5).reasons.map((r) => r.message['zh-CN'])).toEqual([
      '自2026-09-30起算5个工作日（起算日不计入），期间最后一日为2026-10-13，至当日24:00（北京时间）届满',
      '国庆节放假（2026-10-01至2026-10-07，国办发明电〔2025〕7号），不计工作日',
      '2026-10-10（周六）为国庆节调休上班日，计为工作日',
    ]);
  });
});
