/**
 * Where each complaint setting of the Sino-Ocean 2008 preset comes from (DESIGN convention
 * 14): SOL's own sections, and the library's defaults where SOL sets no number.
 *
 * @internal
 * @module
 */

import type { SettingSource } from '../core/settingSource.js';
import type { ComplaintSettingKey } from './policy.js';

const SOL_SEV = 'SOL 投诉管理 3(2)';
const sol = (section: string): SettingSource => ({ kind: 'source', section });
const libraryDefault = (zh: string, en: string): SettingSource => ({
  kind: 'library-default',
  note: { 'zh-CN': zh, en },
});

/**
 * The Sino-Ocean 2008 complaint settings: what SOL sets, each with its section, and the
 * library's own defaults where SOL sets no number (the group window, the warning share and
 * times, the callback attempts, the daily cut-off). Other presets borrow from these.
 *
 * @internal
 */
export const SINO_OCEAN_2008_SOURCES: Readonly<Record<ComplaintSettingKey, SettingSource>> = {
  'severity.majorCompensationPerHouseholdYuan': sol(SOL_SEV),
  'severity.majorSameIssueHouseholds': sol(SOL_SEV),
  'severity.majorGroupHouseholds': sol(SOL_SEV),
  'severity.majorGroupReading': {
    kind: 'source',
    section: `${SOL_SEV}; SOL 危机事件`,
    note: {
      'zh-CN':
        '读作“共同投诉”：原文把“同时有10户以上的重大投诉事件”列为重大投诉的一类，并称重大群诉是重大投诉的一种表现形式，可见是10户以上一起投诉这件事本身使之重大，而不要求每户投诉各自已属重大',
      en: 'read as households complaining together: the source lists "10 or more households at the same time" among the kinds of major complaint and calls the major group complaint a form of major complaint, so it is the group itself that makes it major, not each household\'s own facts',
    },
  },
  'severity.majorGroupWindowHours': libraryDefault(
    '原文只说“同时”，未给时长；本库取72小时',
    'the source says "at the same time" without a length; the library takes 72 hours',
  ),
  'severity.hotRepeatComplainants': sol(SOL_SEV),
  'severity.hotRepeatWindowDays': {
    kind: 'source',
    section: SOL_SEV,
    note: {
      'zh-CN': '“一个月内”按滑动30日计（LAW-ELAPSED）',
      en: '"within one month" read as a sliding 30 days (LAW-ELAPSED)',
    },
  },
  'severity.hotCollectiveComplainants': sol(SOL_SEV),
  'severity.hotStaleAfterDays': sol(SOL_SEV),
  'escalation.warningShareOfMajorGroup': libraryDefault(
    '原文要求有重大群诉隐患时发出预警，未给数量；本库取重大群诉门槛的一半（10户的5户）',
    'the source asks for a warning on a risk of a major group complaint without a number; the library takes half the group threshold (5 of 10 households)',
  ),
  'escalation.warningWithinHours': libraryDefault(
    '原文未给预警单的时限；本库取24小时',
    'the source sets no time for the warning form; the library takes 24 hours',
  ),
  'escalation.eventReportWithinHours': libraryDefault(
    '原文要求事件发生后上报，未给时限；本库取24小时',
    'the source asks for the report once the event has happened, without a time; the library takes 24 hours',
  ),
  routing: sol('SOL 投诉管理 2'),
  'deadlines.form': {
    kind: 'source',
    section: 'SOL 投诉管理 6',
    note: { 'zh-CN': 'SOL未规定投诉处理单的时限', en: 'SOL sets no day for the handling form' },
  },
  'deadlines.reply': sol('SOL 投诉管理 6'),
  'deadlines.replyMetBy': sol('SOL 投诉管理 6'),
  'deadlines.callback': sol('SOL 投诉管理 6-7'),
  'deadlines.close': {
    kind: 'source',
    section: 'SOL 投诉管理 7',
    note: { 'zh-CN': 'SOL未规定结案时限', en: 'SOL sets no closing deadline' },
  },
  'deadlines.cutoff': libraryDefault(
    '各来源均未规定每日截止时间',
    'none of the sources sets a daily cut-off',
  ),
  'callback.minimumRate': {
    kind: 'source',
    section: 'SOL 投诉管理 7',
    note: { 'zh-CN': 'SOL未规定回访率', en: 'SOL sets no callback rate' },
  },
  'callback.callers': sol('SOL 投诉管理 7'),
  'callback.maxAttempts': libraryDefault(
    '各来源均未规定回访无人接听几次后视为无法联系；本库取3次',
    'no source says after how many unanswered callbacks a customer counts as unreachable; the library takes 3',
  ),
  'closure.lawsuitWithinMonths': sol('SOL 投诉管理 7'),
  'reports.weeklyDueWeekday': sol('SOL 投诉管理 8'),
  'reports.monthly': {
    kind: 'source',
    section: 'SOL 投诉管理 8',
    note: {
      'zh-CN': '“每月25日前”读作次月24日（含）',
      en: '"before the 25th" read as by the 24th of the next month',
    },
  },
};
