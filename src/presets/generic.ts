import { SINO_OCEAN_2008_COMPLAINT_POLICY, SINO_OCEAN_2008_SOURCES } from '../complaints/policy.js';
import { deepFreeze } from '../core/deepFreeze.js';
import type { SettingSource } from '../core/settingSource.js';
import { borrowSinoOceanDefectPolicy } from '../defects/policy.js';
import { borrowDeliveryPolicy, SINO_OCEAN_2008_DELIVERY_POLICY } from '../delivery/policy.js';
import { SINO_OCEAN_2008_WARRANTY_POLICY } from '../warranty/policy.js';
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
 * Repairs: called back within a month of completion at a rate of at least 30% (回访 1.4),
 * a visit at most 10 minutes after the time agreed (报修服务规程 3.2), the repair statistics
 * at the month's end (3.8); the rest of the warranty settings are Sino-Ocean's.
 *
 * @rule CMP-DL-CLOSE
 * @rule CMP-CALLBACK-BY
 * @rule CMP-RPT-MONTHLY
 * @rule WAR-CALLBACK-GEN
 * @rule WAR-APPOINT
 * @rule WAR-RPT-MONTHLY
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
  // GEN says nothing of delivery schedules: every delivery value is borrowed from sinoOcean2008, and says so.
  delivery: borrowDeliveryPolicy(SINO_OCEAN_2008_DELIVERY_POLICY, 'generic'),
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
  warranty: {
    ...SINO_OCEAN_2008_WARRANTY_POLICY,
    id: 'generic',
    // GEN 回访 1.4: 维修工程处理完毕后一个月内进行回访，回访率达30%.
    callback: { within: { months: 1 }, minimumRate: 0.3 },
    // GEN 报修服务规程 3.8: 月底对维修内容进行统计.
    reports: { monthly: { monthOffset: 0, lastDay: 'month-end' } },
  },
  // Customer files: kept 10 years, destroyed only with approval and a destruction record
  // (GEN 3.2.8). GEN sets no review interval of the contents (第14条's half-yearly check is
  // of the files' custody, 保管状况), so AOY 4.1.4's 6 months are borrowed.
  customers: {
    id: 'generic',
    reviewIntervalMonths: 6,
    retentionYears: 10,
    retentionAction: 'destroy-with-approval',
    sources: {
      reviewIntervalMonths: { value: 6, basis: 'borrowed', cite: 'AOY 4.1.4', from: 'aoyuan2014' },
      retentionYears: { value: 10, basis: 'source', cite: 'GEN 3.2.8' },
      retentionAction: { value: 'destroy-with-approval', basis: 'source', cite: 'GEN 3.2.8' },
    },
  },
  // GEN has no defect rules: SOL's, each marked borrowed.
  defects: borrowSinoOceanDefectPolicy('generic', 'GEN'),
});
