import { SINO_OCEAN_2008_COMPLAINT_POLICY } from '../complaints/policy.js';
import { deepFreeze } from '../core/deepFreeze.js';
import { borrowSinoOceanDefectPolicy } from '../defects/policy.js';
import { borrowDeliveryPolicy, SINO_OCEAN_2008_DELIVERY_POLICY } from '../delivery/policy.js';
import { SINO_OCEAN_2008_WARRANTY_POLICY } from '../warranty/policy.js';
import type { Policy } from './types.js';

/**
 * Aoyuan Group 2014 (奥园集团 客户关系管理细则, AOY 4.2). Complaints: the handling form
 * the day a complaint is received; the result and opinion to the customer within 5
 * working days; a satisfaction callback within one week of completion, by staff named
 * for it, for every complaint that left a phone number, at a rate of at least 95%; a
 * monthly resolution report (AOY gives no day: the library takes the last day of the
 * following month); no weekly report. Severity thresholds are Sino-Ocean's: AOY sets none.
 * Warranty: AOY sets nothing; Sino-Ocean's settings are borrowed.
 *
 * @rule CMP-DL-FORM
 * @rule CMP-DL-REPLY
 * @rule CMP-DL-CALLBACK
 * @rule CMP-RPT-MONTHLY
 * @example
 * ```ts
 * computeComplaintDeadlines({ receivedAt: '2026-03-02T10:00:00+08:00' }, { policy: aoyuan2014 }).replyBy.lastDay;
 * // '2026-03-09'
 * ```
 */
export const aoyuan2014: Policy = deepFreeze({
  id: 'aoyuan2014',
  name: { 'zh-CN': '奥园集团（2014）', en: 'Aoyuan Group (2014)' },
  source: 'AOY',
  // AOY says nothing of delivery schedules: every delivery value is borrowed from sinoOcean2008, and says so.
  delivery: borrowDeliveryPolicy(SINO_OCEAN_2008_DELIVERY_POLICY, 'aoyuan2014'),
  complaints: {
    ...SINO_OCEAN_2008_COMPLAINT_POLICY,
    id: 'aoyuan2014',
    deadlines: {
      form: { sameDay: true },
      reply: { workingDays: 5 },
      callback: { weeks: 1 },
      close: null,
      cutoff: null,
    },
    callback: {
      minimumRate: 0.95,
      callers: {
        crisis: 'designated-staff',
        major: 'designated-staff',
        hot: 'designated-staff',
        general: 'designated-staff',
      },
      maxAttempts: 3,
    },
    reports: { weeklyDueWeekday: null, monthly: { monthOffset: 1, lastDay: 'month-end' } },
  },
  // AOY says nothing of repairs: every warranty setting is borrowed from sinoOcean2008
  // (and its visit rule from generic), as WARRANTY_SETTING_SOURCES records.
  warranty: { ...SINO_OCEAN_2008_WARRANTY_POLICY, id: 'aoyuan2014' },
  // Customer files (AOY 4.1): reviewed every 6 months (4.1.4); AOY sets no retention period
  // (4.1.6 refers to a security rule not in the sources), so GEN 3.2.8's is borrowed.
  customers: {
    id: 'aoyuan2014',
    reviewIntervalMonths: 6,
    retentionYears: 10,
    retentionAction: 'destroy-with-approval',
    sources: {
      reviewIntervalMonths: { value: 6, basis: 'source', cite: 'AOY 4.1.4' },
      retentionYears: { value: 10, basis: 'borrowed', cite: 'GEN 3.2.8', from: 'generic' },
      retentionAction: {
        value: 'destroy-with-approval',
        basis: 'borrowed',
        cite: 'GEN 3.2.8',
        from: 'generic',
      },
    },
  },
  // AOY has no defect rules: SOL's, each marked borrowed.
  defects: borrowSinoOceanDefectPolicy('aoyuan2014', 'AOY'),
});
