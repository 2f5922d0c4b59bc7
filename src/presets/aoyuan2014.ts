import { SINO_OCEAN_2008_COMPLAINT_POLICY, SINO_OCEAN_2008_SOURCES } from '../complaints/policy.js';
import { deepFreeze } from '../core/deepFreeze.js';
import type { SettingSource } from '../core/settingSource.js';
import { borrowSinoOceanDefectPolicy } from '../defects/policy.js';
import { borrowDeliveryPolicy, SINO_OCEAN_2008_DELIVERY_POLICY } from '../delivery/policy.js';
import { SINO_OCEAN_2008_WARRANTY_POLICY } from '../warranty/policy.js';
import type { Policy } from './types.js';

const aoy = (section: string, zh?: string, en?: string): SettingSource =>
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
        note: { 'zh-CN': 'AOY未规定，借用远洋的取值', en: "AOY sets none: Sino-Ocean's value" },
      }
    : s;
};

/**
 * Aoyuan Group 2014 (奥园集团 客户关系管理细则, AOY). Complaints: routed by the handover of
 * the home (before and during the sale, each company's customer service; after handover,
 * the property company's, AOY 3.2-3.3); the handling form the day a complaint is received
 * (4.2.1); the result and opinion to the customer within 5 working days, met by the result
 * (4.2.1); a satisfaction callback within one week of completion, by staff named for it, for
 * every complaint that left a phone number, at a rate of at least 95% (4.2.1, 4.2.3); a
 * monthly resolution report (4.2.6 gives no day: the library takes the last day of the
 * next month); no weekly report. AOY sets no severity thresholds and no closing rule: those
 * are borrowed from Sino-Ocean, and `complaints.sources` says so for each.
 * Warranty, delivery and defects: AOY sets nothing; Sino-Ocean's settings are borrowed.
 *
 * @rule CMP-ROUTE-PHASE
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
    routing: { scheme: 'handover' },
    deadlines: {
      form: { sameDay: true },
      reply: { workingDays: 5 },
      replyMetBy: 'result',
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
      routing: aoy(
        'AOY 3.2-3.3',
        '售前售中由各公司客户服务部处理，交楼后由物业公司客服部处理',
        "before and during the sale, each company's customer service; after handover, the property company's",
      ),
      'deadlines.form': aoy('AOY 4.2.1', '当天形成《投诉及建议解决单》', 'the handling form the same day'),
      'deadlines.reply': aoy('AOY 4.2.1'),
      'deadlines.replyMetBy': aoy(
        'AOY 4.2.1',
        '“解决成果及意见”：以解决成果计',
        '"the result and opinion": met by the result',
      ),
      'deadlines.callback': aoy('AOY 4.2.1; AOY 4.2.3'),
      'deadlines.close': aoy('AOY 4.2.1', 'AOY未规定结案时限', 'AOY sets no closing deadline'),
      'callback.minimumRate': aoy('AOY 4.2.3'),
      'callback.callers': aoy('AOY 4.2.3'),
      'closure.lawsuitWithinMonths': fromSol('closure.lawsuitWithinMonths'),
      'reports.weeklyDueWeekday': aoy(
        'AOY 4.2.6',
        'AOY只有投诉日报和月报，没有周报',
        'AOY has a daily log and a monthly report, no weekly report',
      ),
      'reports.monthly': {
        kind: 'library-default',
        note: {
          'zh-CN': 'AOY 4.2.6要求每月形成《投诉解决报告》，未给日期；本库取次月最后一日',
          en: 'AOY 4.2.6 asks for a monthly resolution report without a day; the library takes the last day of the next month',
        },
      },
    },
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
