import { SINO_OCEAN_2008_COMPLAINT_POLICY, SINO_OCEAN_2008_SOURCES } from '../complaints/policy.js';
import { deepFreeze } from '../core/deepFreeze.js';
import type { SettingSource } from '../core/settingSource.js';
import type { Policy } from './types.js';

const gen = (section: string, zh?: string, en?: string): SettingSource =>
  zh === undefined || en === undefined
    ? { kind: 'source', section }
    : { kind: 'source', section, note: { 'zh-CN': zh, en } };
const fromSol = (key: keyof typeof SINO_OCEAN_2008_SOURCES): SettingSource => {
  const s = SINO_OCEAN_2008_SOURCES[key];
  return s.kind === 'source'
    ? {
        kind: 'borrowed',
        from: 'sinoOcean2008',
        section: s.section,
        note: { 'zh-CN': 'GEN未规定，借用远洋的取值', en: "GEN sets none: Sino-Ocean's value" },
      }
    : s;
};

/**
 * The generic customer-management templates (拜访客户管理制度 通用19篇, GEN). Complaints:
 * closed within 7 days of receipt (第二十六条); called back within 3 days of completion
 * at a rate of at least 50%, general complaints by the property assistant, important
 * (hot) ones by the department supervisor, major ones by the company manager (回访 1.3);
 * the monthly statistics within the first 10 days of the next month (第二十七条). GEN sets
 * no reply deadline, no severity thresholds and no routing: those are borrowed from
 * Sino-Ocean (2 working days for the reply), and `complaints.sources` says so for each.
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
      form: null,
      reply: { workingDays: 2 },
      replyMetBy: 'opinion',
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
    sources: {
      ...SINO_OCEAN_2008_SOURCES,
      'severity.majorCompensationPerHouseholdYuan': fromSol('severity.majorCompensationPerHouseholdYuan'),
      'severity.majorSameIssueHouseholds': fromSol('severity.majorSameIssueHouseholds'),
      'severity.majorGroupHouseholds': fromSol('severity.majorGroupHouseholds'),
      'severity.majorGroupReading': fromSol('severity.majorGroupReading'),
      'severity.hotRepeatComplainants': fromSol('severity.hotRepeatComplainants'),
      'severity.hotRepeatWindowDays': fromSol('severity.hotRepeatWindowDays'),
      'severity.hotCollectiveComplainants': fromSol('severity.hotCollectiveComplainants'),
      'severity.hotStaleAfterDays': fromSol('severity.hotStaleAfterDays'),
      routing: fromSol('routing'),
      'deadlines.form': gen(
        'GEN 客户管理制度',
        'GEN未规定投诉处理单的时限',
        'GEN sets no day for the handling form',
      ),
      'deadlines.reply': fromSol('deadlines.reply'),
      'deadlines.replyMetBy': fromSol('deadlines.replyMetBy'),
      'deadlines.callback': gen('GEN 回访 1.3'),
      'deadlines.close': gen('GEN 客户管理制度 第二十六条'),
      'callback.minimumRate': gen('GEN 回访 1.3'),
      'callback.callers': gen('GEN 回访 1.3'),
      'closure.lawsuitWithinMonths': fromSol('closure.lawsuitWithinMonths'),
      'reports.weeklyDueWeekday': gen(
        'GEN 客户管理制度 第二十七条',
        'GEN只有月度统计，没有周报',
        'GEN has a monthly table, no weekly report',
      ),
      'reports.monthly': gen(
        'GEN 客户管理制度 第二十七条',
        '“每月初10日内”',
        '"within the first 10 days of each month"',
      ),
    },
  },
});
