import { deepFreeze } from '../../core/deepFreeze.js';
import type { LocalizedText } from '../../core/reason.js';
import type { OpeningAspect, OpeningReportCadence } from '../types.js';
import type { DeliveryLabelRow } from './labels.js';

/**
 * The five aspects of the sales-opening risk check (`DLV-OPENING`, SOL 项目开盘风险检查 检查内容).
 *
 * @rule DLV-OPENING
 */
export const OPENING_ASPECT_LABELS: Readonly<
  Record<OpeningAspect, DeliveryLabelRow & { readonly checks: LocalizedText }>
> = deepFreeze({
  'sales-contracts': {
    'zh-CN': '销售合同类',
    en: 'Sales contracts',
    checks: {
      'zh-CN': '商品房买卖合同、认购书、退/换房协议等与客户签订的材料',
      en: 'Sale contracts, subscription agreements, return and exchange agreements signed with customers',
    },
    rule: 'DLV-OPENING',
    source: 'SOL 项目开盘风险检查 检查内容 1',
  },
  advertising: {
    'zh-CN': '广告宣传资料类',
    en: 'Advertising',
    checks: {
      'zh-CN': '报刊广告与售楼书、户型单页等各种宣传资料',
      en: 'Press advertisements, sales brochures, floor-plan leaflets',
    },
    rule: 'DLV-OPENING',
    source: 'SOL 项目开盘风险检查 检查内容 2',
  },
  'on-site-display': {
    'zh-CN': '现场展示类',
    en: 'On-site display',
    checks: {
      'zh-CN': '销售大厅与示范单位，以及项目现场的各种沙盘和宣传资料',
      en: 'The sales hall, show units, site models and displays',
    },
    rule: 'DLV-OPENING',
    source: 'SOL 项目开盘风险检查 检查内容 3',
  },
  'product-technical': {
    'zh-CN': '产品技术类',
    en: 'Product technical documents',
    checks: {
      'zh-CN': '图纸、设计变更、技术方案等工程资料',
      en: 'Drawings, design changes, technical plans',
    },
    rule: 'DLV-OPENING',
    source: 'SOL 项目开盘风险检查 检查内容 4',
  },
  'physical-quality': {
    'zh-CN': '项目实体质量',
    en: 'Physical quality',
    checks: { 'zh-CN': '样板房、交楼标准', en: 'Show units and the delivery standard' },
    rule: 'DLV-OPENING',
    source: 'SOL 项目开盘风险检查 检查内容 5',
  },
});

/** How often open findings of an opening check are reported (`DLV-OPENING`: 周报甚至日报). */
export const OPENING_REPORT_CADENCE_LABELS: Readonly<Record<OpeningReportCadence, LocalizedText>> =
  deepFreeze({
    weekly: { 'zh-CN': '周报', en: 'Weekly' },
    daily: { 'zh-CN': '日报', en: 'Daily' },
  });
