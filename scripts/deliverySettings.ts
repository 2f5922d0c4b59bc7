/**
 * What each preset holds for the delivery rules, in words, for the generated rules reference
 * (`scripts/generateDocs.ts`): every value with its citation (convention 14: the source
 * section, borrowed from another preset, or the library's own default).
 */

import type { PeriodLength } from '../src/calendar/periodLength.js';
import type { RuleId } from '../src/core/rules.js';
import {
  type BeforeRule,
  type Citation,
  type DeliveryPolicy,
  describeCitation,
} from '../src/delivery/policy.js';
import { HQ_CHECK_DEPARTMENT_LABELS } from '../src/delivery/tables/labels.js';
import { DELIVERY_MILESTONE_TABLE } from '../src/delivery/tables/milestones.js';
import type { DeliveryBeforeMilestoneId } from '../src/delivery/types.js';

type Text = { readonly 'zh-CN': string; readonly en: string };

function period(p: PeriodLength): Text {
  const zh: string[] = [];
  const en: string[] = [];
  const add = (n: number | undefined, z: string, e: string) => {
    if (n !== undefined && n > 0) {
      zh.push(`${n}${z}`);
      en.push(`${n} ${e}${n === 1 ? '' : 's'}`);
    }
  };
  add(p.years, '年', 'year');
  add(p.months, '个月', 'month');
  add(p.weeks, '周', 'week');
  add(p.days, '日', 'day');
  return { 'zh-CN': zh.join(''), en: en.join(' ') };
}

const cited = (value: Text, cite: Citation): Text => {
  const c = describeCitation(cite);
  return { 'zh-CN': `${value['zh-CN']}（${c['zh-CN']}）`, en: `${value.en} (${c.en})` };
};

function before(p: DeliveryPolicy, id: DeliveryBeforeMilestoneId, atLeast = false): Text {
  const rule: BeforeRule = p.milestones[id];
  const row = DELIVERY_MILESTONE_TABLE[id];
  const w = period(rule.before);
  const oneDay = rule.before.days === 1 && !rule.before.months && !rule.before.weeks && !rule.before.years;
  return cited(
    oneDay
      ? {
          'zh-CN': `${row['zh-CN']}：交付日前的最后一个工作日`,
          en: `${row.en}: the last working day before delivery`,
        }
      : {
          'zh-CN': `${row['zh-CN']}：${atLeast ? '至迟于' : ''}交付前${w['zh-CN']}`,
          en: `${row.en}: ${atLeast ? 'at least ' : ''}${w.en} before delivery`,
        },
    rule.cite,
  );
}

const join = (parts: readonly Text[]): Text => ({
  'zh-CN': parts.map((t) => t['zh-CN']).join('；'),
  en: parts.map((t) => t.en).join('; '),
});

/** The delivery settings of each rule, in words. */
export const DELIVERY_SETTINGS: Partial<Record<RuleId, (p: DeliveryPolicy) => Text>> = {
  'DLV-PLAN': (p) => before(p, 'delivery-plan'),
  'DLV-RISK-TEAM': (p) => before(p, 'risk-team'),
  'DLV-RISK-REPORT': (p) => join([before(p, 'risk-self-check'), before(p, 'risk-report', true)]),
  'DLV-RISK-HQ': (p) =>
    join([
      before(p, 'hq-check'),
      cited(
        {
          'zh-CN': `首次交付联合检查：${p.riskCheck.jointCheckDepartments.map((d) => HQ_CHECK_DEPARTMENT_LABELS[d]['zh-CN']).join('、')}`,
          en: `joint check of a first delivery: ${p.riskCheck.jointCheckDepartments.map((d) => HQ_CHECK_DEPARTMENT_LABELS[d].en).join(', ')}`,
        },
        p.riskCheck.cite,
      ),
    ]),
  'DLV-PREP': (p) =>
    join([
      before(p, 'area-measurement'),
      before(p, 'title-agency'),
      before(p, 'documents'),
      before(p, 'notice-pack-mailed'),
      cited(
        {
          'zh-CN': `电话通知：邮寄后第${p.ownerCalls.fromDay}-${p.ownerCalls.toDay}${p.ownerCalls.counting === 'working-days' ? '个工作日' : '日（日历日）'}`,
          en: `owners phoned: ${p.ownerCalls.counting === 'working-days' ? 'working' : 'calendar'} days ${p.ownerCalls.fromDay} to ${p.ownerCalls.toDay} after mailing`,
        },
        p.ownerCalls.cite,
      ),
      before(p, 'cleaning-keys-packs'),
      before(p, 'site-dressing'),
      cited(
        {
          'zh-CN': `首次交付至少${p.rehearsals.minimum}次演练`,
          en: `at least ${p.rehearsals.minimum} rehearsals for a first delivery`,
        },
        p.rehearsals.cite,
      ),
      before(p, 'rehearsals'),
    ]),
  'DLV-HANDOVER-LAW': (p) => before(p, 'handover-inspection', true),
  'DLV-SUMMARY': (p) =>
    cited(
      {
        'zh-CN': `集中交付结束后${p.summary.workingDays}个工作日内`,
        en: `within ${p.summary.workingDays} working days after the centralized delivery ends`,
      },
      p.summary.cite,
    ),
  'DLV-STEPS': (p) =>
    join([
      cited(
        p.preInspection.scope === 'listed-regions'
          ? {
              'zh-CN': `业主预验收：仅${p.preInspection.regions.map((r) => r['zh-CN']).join('、')}地区项目`,
              en: `owners' pre-inspection: ${p.preInspection.regions.map((r) => r.en).join(', ')} projects only`,
            }
          : p.preInspection.scope === 'all'
            ? { 'zh-CN': '业主预验收：所有项目', en: "owners' pre-inspection: every project" }
            : { 'zh-CN': '业主预验收：不设', en: "owners' pre-inspection: none" },
        p.preInspection.cite,
      ),
      before(p, 'owner-pre-inspection'),
      before(p, 'pre-inspection-repairs'),
    ]),
  'DLV-OPENING': (p) => {
    const w = period(p.opening.preparationMeeting.before);
    const anchor =
      p.opening.preparationMeetingBefore === 'opening'
        ? { zh: '开盘', en: 'the opening' }
        : { zh: '开盘风险评估', en: 'the risk assessment' };
    return join([
      cited(
        {
          'zh-CN': `准备会：${anchor.zh}前${w['zh-CN']}`,
          en: `preparation meeting: ${w.en} before ${anchor.en}`,
        },
        p.opening.preparationMeeting.cite,
      ),
      cited(
        {
          'zh-CN': `周报每${p.opening.weeklyReportEveryDays}日一期`,
          en: `weekly reports every ${p.opening.weeklyReportEveryDays} days`,
        },
        p.opening.cite,
      ),
    ]);
  },
};
