import { SINO_OCEAN_2008_COMPLAINT_POLICY } from '../complaints/policy.js';
import { deepFreeze } from '../core/deepFreeze.js';
import { borrowSinoOceanDefectPolicy } from '../defects/policy.js';
import type { Policy } from './types.js';

/**
 * The generic customer-management templates (拜访客户管理制度 通用19篇, GEN). Complaints:
 * closed within 7 days of receipt (第二十六条); called back within 3 days of completion
 * at a rate of at least 50%, general complaints by the property assistant, important
 * (hot) ones by the department supervisor, major ones by the company manager (回访 1.3);
 * the monthly statistics within the first 10 days of the next month (第二十七条). GEN sets
 * no reply deadline and no severity thresholds: those are Sino-Ocean's (2 working days).
 *
 * @rule CMP-DL-CLOSE
 * @rule CMP-CALLBACK-BY
 * @rule CMP-RPT-MONTHLY
 * @example
 * ```ts
 * computeComplaintDeadlines({ receivedAt: '2026-03-02T10:00:00+08:00' }, { policy: generic }).closeBy?.lastDay;
 * // '2026-03-09'
 * ```
 */
export const generic: Policy = deepFreeze({
  id: 'generic',
  name: { 'zh-CN': '通用客户管理制度', en: 'Generic customer-management rules' },
  source: 'GEN',
  complaints: {
    ...SINO_OCEAN_2008_COMPLAINT_POLICY,
    id: 'generic',
    deadlines: {
      form: { sameDay: true },
      reply: { workingDays: 2 },
      callback: { days: 3 },
      close: { days: 7 },
      cutoff: null,
    },
    callback: {
      minimumRate: 0.5,
      callers: {
        crisis: 'company-manager',
        major: 'company-manager',
        hot: 'department-supervisor',
        general: 'property-assistant',
      },
      maxAttempts: 3,
    },
    reports: { weeklyDueWeekday: null, monthly: { monthOffset: 1, lastDay: 10 } },
  },
  // GEN has no defect rules: SOL's, each marked borrowed.
  defects: borrowSinoOceanDefectPolicy('generic', 'GEN'),
});
