/**
 * The reasons of the delivery summary's figures: each formula with its counts, in both
 * languages.
 *
 * @internal
 * @module
 */

import { createReason, type Reason } from '../core/reason.js';
import type { DeliveryFigure } from './computeDeliveryKpis.js';
import type { DeliveryKpiRow } from './tables/kpis.js';
import { DELIVERY_REPAIR_DISCIPLINE_LABELS } from './tables/labels.js';
import { DELIVERY_REPAIR_DISCIPLINES, type DeliveryRepairDiscipline } from './types.js';

/** A figure in words: `95.0%` for a rate, `1.50` for a count per household, `—` for none. */
function show(row: Pick<DeliveryKpiRow, 'unit'>, value: number | null): string {
  if (value === null) return '—';
  return row.unit === 'rate' ? `${(value * 100).toFixed(1)}%` : value.toFixed(2);
}

export function kpiReason(row: DeliveryKpiRow, f: DeliveryFigure): Reason {
  const facts = { figure: row.id, numerator: f.numerator, denominator: f.denominator, value: f.value };
  if (f.value === null) {
    return createReason('DLV-SUMMARY', facts, {
      'zh-CN': `${row['zh-CN']} = ${row.numerator['zh-CN']} ÷ ${row.denominator['zh-CN']}：${row.denominator['zh-CN']}为0，无法计算（记为空值，不是0%）`,
      en: `${row.en} = ${row.numerator.en} / ${row.denominator.en}: no ${row.denominator.en}, so there is no figure (null, not 0%)`,
    });
  }
  return createReason('DLV-SUMMARY', facts, {
    'zh-CN': `${row['zh-CN']} = ${row.numerator['zh-CN']} ÷ ${row.denominator['zh-CN']} = ${f.numerator} ÷ ${f.denominator} = ${show(row, f.value)}`,
    en: `${row.en} = ${row.numerator.en} / ${row.denominator.en} = ${f.numerator} / ${f.denominator} = ${show(row, f.value)}`,
  });
}

export function periodNote(reason: Reason, from: string, to: string): Reason {
  return createReason(
    reason.rule,
    { ...reason.facts, centralizedFrom: from, centralizedTo: to },
    {
      'zh-CN': `${reason.message['zh-CN']}（集中交付期${from}至${to}）`,
      en: `${reason.message.en} (centralized period ${from} to ${to})`,
    },
  );
}

export function disciplineReason(
  by: Readonly<Record<DeliveryRepairDiscipline, DeliveryFigure>>,
  inspected: number,
): Reason {
  const rate = { unit: 'rate' } as const;
  const zh = DELIVERY_REPAIR_DISCIPLINES.map(
    (d) =>
      `${DELIVERY_REPAIR_DISCIPLINE_LABELS[d]['zh-CN']} ${by[d].numerator}户（${show(rate, by[d].value)}）`,
  ).join('，');
  const en = DELIVERY_REPAIR_DISCIPLINES.map(
    (d) => `${DELIVERY_REPAIR_DISCIPLINE_LABELS[d].en} ${by[d].numerator} (${show(rate, by[d].value)})`,
  ).join(', ');
  const facts = Object.fromEntries(DELIVERY_REPAIR_DISCIPLINES.map((d) => [d, by[d].numerator]));
  return createReason(
    'DLV-SUMMARY',
    { figure: 'repairRateByDiscipline', denominator: inspected, ...facts },
    inspected === 0
      ? {
          'zh-CN': '各专业维修率 = 有该专业维修问题的验房户数 ÷ 验房户数：验房户数为0，无法计算（记为空值）',
          en: 'Repair rate by discipline = households inspected with an item of the discipline / households inspected: none inspected, so no figures (null)',
        }
      : {
          'zh-CN': `各专业维修率 = 有该专业维修问题的验房户数 ÷ 验房户数（${inspected}户）：${zh}`,
          en: `Repair rate by discipline = households inspected with an item of the discipline / households inspected (${inspected}): ${en}`,
        },
  );
}
