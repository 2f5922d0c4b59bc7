/**
 * The warranty parts of the generated rules reference: each preset's warranty setting with
 * its source (a section of the rulebook, a borrowing, or the library's default), the
 * component table under LAW-WARRANTY-BUYER and the heating seasons under
 * LAW-WARRANTY-SEASON, all read from the code's own tables.
 */

import type { Locale } from '../src/core/reason.js';
import type { RuleId } from '../src/core/rules.js';
import { describeThreshold } from '../src/core/thresholds.js';
import { PRESETS } from '../src/presets/index.js';
import { describePromise } from '../src/warranty/checkPromise.js';
import type { WarrantyPolicy } from '../src/warranty/policy.js';
import { WARRANTY_COMPONENTS } from '../src/warranty/tables/components.js';
import { HEATING_SEASON_CITIES, HEATING_SEASONS } from '../src/warranty/tables/heatingSeasons.js';
import {
  describeSource,
  WARRANTY_SETTING_SOURCES,
  type WarrantyPresetId,
  type WarrantySettingKey,
} from '../src/warranty/tables/presetSources.js';
import { WARRANTY_COMPONENT_IDS } from '../src/warranty/types.js';

type Text = { readonly 'zh-CN': string; readonly en: string };
const both = (zh: string, en: string): Text => ({ 'zh-CN': zh, en });
const esc = (s: string) => s.replace(/\|/g, '\\|');

/** A setting's value in words. */
const VALUE: Readonly<Record<WarrantySettingKey, (w: WarrantyPolicy) => Text>> = {
  promises: (w) => {
    const entries = Object.entries(w.promises);
    if (entries.length === 0) return both('无（只适用法定期限）', 'none (the statutory clocks alone)');
    return both(
      entries.map(([c, p]) => `${c}: ${p === undefined ? '' : describePromise(p, null)['zh-CN']}`).join('; '),
      entries.map(([c, p]) => `${c}: ${p === undefined ? '' : describePromise(p, null).en}`).join('; '),
    );
  },
  phases: (w) =>
    both(
      `集中交付期${w.phases.centralizedDeliveryMonths}个月；磨合期${w.phases.breakInMonths}个月`,
      `centralized delivery ${w.phases.centralizedDeliveryMonths} months; break-in ${w.phases.breakInMonths} months`,
    ),
  notices: (w) =>
    both(
      `业主：期满前${w.notices.ownerMonthsBefore}个月；施工单位：前${w.notices.contractorDaysBefore}天；全面检修：前${w.notices.fullInspectionMonthsBefore}个月`,
      `owners ${w.notices.ownerMonthsBefore} month before; contractor ${w.notices.contractorDaysBefore} days before; full inspection ${w.notices.fullInspectionMonthsBefore} months before`,
    ),
  stormWarningHours: (w) =>
    both(`预报后${w.stormWarningHours}小时内`, `within ${w.stormWarningHours} hours of the forecast`),
  callback: (w) => {
    const r = w.callback.within;
    const within =
      'workingDays' in r
        ? both(`${r.workingDays}个工作日`, `${r.workingDays} working days`)
        : 'days' in r
          ? both(`${r.days}日`, `${r.days} days`)
          : 'weeks' in r
            ? both(`${r.weeks}周`, `${r.weeks} weeks`)
            : both(`${r.months}个月`, `${r.months} month${r.months === 1 ? '' : 's'}`);
    const rate = w.callback.minimumRate;
    return both(
      `完成后${within['zh-CN']}内${rate === null ? '，未规定回访率' : `，回访率不低于${Math.round(rate * 100)}%`}`,
      `within ${within.en} of completion${rate === null ? ', no rate set' : `, at least ${Math.round(rate * 100)}%`}`,
    );
  },
  appointment: (w) => {
    const t = describeThreshold(w.appointment.lateAfterMinutes, both('分钟', 'minutes'));
    return both(`晚于预约时间${t['zh-CN']}为迟到`, `late when ${t.en} after the time agreed`);
  },
  reward: (w) =>
    both(
      `每年${w.reward.annualFundYuan}元${w.reward.topUpWithFines ? '，加罚款' : ''}`,
      `${w.reward.annualFundYuan} yuan a year${w.reward.topUpWithFines ? ', plus the fines' : ''}`,
    ),
  reports: (w) => {
    const m = w.reports.monthly;
    if (m === null) return both('无', 'none');
    const month = m.monthOffset === 0 ? both('当月', 'the same month') : both('次月', 'the next month');
    const day =
      m.lastDay === 'month-end' ? both('最后一日', 'last day') : both(`${m.lastDay}日`, `day ${m.lastDay}`);
    return both(`${month['zh-CN']}${day['zh-CN']}前（含）`, `by ${month.en}'s ${day.en}`);
  },
};

/** The rules each setting serves: the rows print under the first. */
const SETTING_OF: ReadonlyMap<RuleId, WarrantySettingKey> = new Map(
  (Object.keys(WARRANTY_SETTING_SOURCES) as WarrantySettingKey[]).map((key) => [
    (WARRANTY_SETTING_SOURCES[key].rules.at(-1) ?? 'WAR-FLOW') as RuleId,
    key,
  ]),
);

/** The warranty lines of a rule's entry in the rules reference (none for most rules). */
export function renderWarrantyRuleExtras(id: RuleId, locale: Locale): string[] {
  const t = (zh: string, en: string) => (locale === 'en' ? en : zh);
  const lines: string[] = [];
  const setting = SETTING_OF.get(id);
  if (setting !== undefined) {
    lines.push(
      '',
      `| ${t('预设', 'Preset')} | ${t('取值', 'Value')} | ${t('出处', 'Source')} |`,
      '|---|---|---|',
    );
    for (const p of Object.values(PRESETS)) {
      const source = WARRANTY_SETTING_SOURCES[setting].presets[p.id as WarrantyPresetId];
      lines.push(
        `| \`${p.id}\` (${p.source}) | ${esc(VALUE[setting](p.warranty)[locale])} | ${esc(source === undefined ? '' : describeSource(source)[locale])} |`,
      );
    }
  }
  if (id === 'LAW-WARRANTY-BUYER') {
    lines.push(
      '',
      `| ${t('部位', 'Component')} | ${t('第四十条（施工单位，自竣工验收合格之日）', 'Art. 40 (the contractor, from the completion acceptance)')} | ${t('1998年最低（买受人，自交付之日）', '1998 minimum (the buyer, from delivery)')} |`,
      '|---|---|---|',
    );
    for (const c of WARRANTY_COMPONENT_IDS) {
      const row = WARRANTY_COMPONENTS[c];
      lines.push(
        `| \`${c}\` ${esc(row[locale])} | ${esc(row.article40[locale])} | ${esc(row.buyerMinimum === null ? t('无（由开发企业与用户约定）', 'none (as agreed)') : describePromise(row.buyerMinimum, row.season)[locale])} |`,
      );
    }
  }
  if (id === 'LAW-WARRANTY-SEASON') {
    lines.push(
      '',
      `| ${t('城市', 'City')} | ${t('采暖期', 'Heating season')} | ${t('地方规定', 'Local regulation')} |`,
      '|---|---|---|',
    );
    for (const city of HEATING_SEASON_CITIES) {
      const row = HEATING_SEASONS[city];
      const reading = row.reading === null ? '' : t(`；${row.reading['zh-CN']}`, `; ${row.reading.en}`);
      lines.push(
        `| \`${city}\` ${row[locale]} | ${row.from} – ${row.to} | ${esc(`${row.regulation}：“${row.wording}”${reading}`)} |`,
      );
    }
  }
  return lines;
}
