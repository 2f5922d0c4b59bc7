import { SINO_OCEAN_2008_COMPLAINT_POLICY } from '../complaints/policy.js';
import { deepFreeze } from '../core/deepFreeze.js';
import { SINO_OCEAN_2008_DEFECT_POLICY } from '../defects/policy.js';
import type { Policy } from './types.js';

/**
 * Sino-Ocean Land 2008 (远洋地产 客户关系管理体系制度流程培训, SOL): the library's default.
 * Complaints: reply with a handling opinion within 2 working days; call back within 2 days
 * of completing handling; no closing deadline; a weekly major-complaint report every
 * Monday; the monthly complaint report before the 25th.
 *
 * @rule CMP-DL-REPLY
 * @rule CMP-DL-CALLBACK
 * @rule CMP-RPT-WEEKLY
 * @rule CMP-RPT-MONTHLY
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
  defects: SINO_OCEAN_2008_DEFECT_POLICY,
});
