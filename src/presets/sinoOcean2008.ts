import { SINO_OCEAN_2008_COMPLAINT_POLICY } from '../complaints/policy.js';
import { deepFreeze } from '../core/deepFreeze.js';
import { SINO_OCEAN_2008_CUSTOMER_POLICY } from '../customers/policy.js';
import { SINO_OCEAN_2008_DEFECT_POLICY } from '../defects/policy.js';
import { SINO_OCEAN_2008_DELIVERY_POLICY } from '../delivery/policy.js';
import { SINO_OCEAN_2008_WARRANTY_POLICY } from '../warranty/policy.js';
import type { Policy } from './types.js';

/**
 * Sino-Ocean Land 2008 (远洋地产 客户关系管理体系制度流程培训, SOL): the library's default.
 * Complaints: reply with a handling opinion within 2 working days; call back within 2 days
 * of completing handling; no closing deadline; a weekly major-complaint report every
 * Monday; the monthly complaint report before the 25th. Delivery (SOL 房屋交付管理, 房屋交付风险检查,
 * 项目开盘风险检查): the plan 2 months before delivery, the notice pack 7 days before, the
 * summary within 5 working days of the centralized delivery; owners' pre-inspection for
 * Beijing projects only. Warranty (SOL 工程维保修管理): the
 * 3-month centralized-delivery and 1-year break-in periods, expiry notices a month, 30 days
 * and 3 months before, the storm warning within 2 hours, the repair callback within 5
 * working days, the 20,000-yuan reward fund, the repair statistics before the 25th.
 *
 * @rule CMP-DL-REPLY
 * @rule CMP-DL-CALLBACK
 * @rule CMP-RPT-WEEKLY
 * @rule CMP-RPT-MONTHLY
 * @rule DLV-PLAN
 * @rule DLV-PREP
 * @example
 * ```ts
 * computeComplaintDeadlines({ receivedAt: '2026-03-02T10:00:00+08:00' }, { policy: sinoOcean2008 }).replyBy.lastDay;
 * // '2026-03-04'
 * ```
 */
export const sinoOcean2008: Policy = deepFreeze({
  id: 'sinoOcean2008',
  name: { 'zh-CN': '远洋地产（2008）', en: 'Sino-Ocean Land (2008)' },
  source: 'SOL',
  complaints: SINO_OCEAN_2008_COMPLAINT_POLICY,
  delivery: SINO_OCEAN_2008_DELIVERY_POLICY,
  // Warranty: SOL 工程维保修管理 throughout; the 10-minute visit rule borrowed from generic
  // (GEN 报修服务规程 3.2). Each value's source: WARRANTY_SETTING_SOURCES.
  warranty: SINO_OCEAN_2008_WARRANTY_POLICY,
  // SOL sets no review interval or retention period: each value is borrowed, and says so.
  customers: SINO_OCEAN_2008_CUSTOMER_POLICY,
  defects: SINO_OCEAN_2008_DEFECT_POLICY,
});
