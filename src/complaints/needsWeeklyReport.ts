import { expectOneOf } from '../core/checks.js';
import { createReason, type Decision } from '../core/reason.js';
import { expectInputObject } from './checkInputs.js';
import { COMPLAINT_CHANNEL_LABELS, SEVERITY_LEVEL_LABELS } from './tables/labels.js';
import { COMPLAINT_CHANNELS, type ComplaintChannel, SEVERITY_LEVELS, type SeverityLevel } from './types.js';

/** Why a complaint is in the weekly report. */
export type WeeklyReportGround = 'major' | 'crisis' | 'major-group' | 'hq-supervision-channel';

/** Whether a complaint belongs in the weekly report, and why. */
export type WeeklyReportSelection = Decision<{
  readonly included: boolean;
  readonly grounds: readonly WeeklyReportGround[];
}>;

/**
 * Whether a complaint belongs in the weekly report, 《重大客户投诉/服务监督系统投诉周报》
 * (`CMP-RPT-WEEKLY`, SOL 投诉管理 8): the major complaints (major or crisis, a major group
 * complaint among them) and the complaints that came through the HQ supervision channels
 * (the channels of the channel table whose tier is `hq-supervision`: the HQ supervision
 * hotline and mailbox, the 400 hotline), whatever their severity. The report's period and
 * due day come from {@link computeWeeklyReportDue}; select the complaints of that week
 * with this.
 *
 * @rule CMP-RPT-WEEKLY
 * @rule CMP-CHANNEL
 * @example
 * ```ts
 * needsWeeklyReport({ channel: 'hq-supervision-mailbox', level: 'general' }).included; // true
 * needsWeeklyReport({ channel: 'visit', level: 'major' }).grounds; // ['major']
 * needsWeeklyReport({ channel: 'visit', level: 'hot' }).included; // false
 * ```
 */
export function needsWeeklyReport(complaint: {
  readonly channel: ComplaintChannel;
  readonly level: SeverityLevel;
  readonly majorGroup?: boolean | undefined;
}): WeeklyReportSelection {
  const c = expectInputObject(complaint, 'a complaint { channel, level }');
  const channel = expectOneOf(c.channel, COMPLAINT_CHANNELS, ['channel']);
  const level = expectOneOf(c.level, SEVERITY_LEVELS, ['level']);
  const grounds: WeeklyReportGround[] = [];
  if (level === 'major' || level === 'crisis') grounds.push(level);
  if (c.majorGroup === true) grounds.push('major-group');
  const row = COMPLAINT_CHANNEL_LABELS[channel];
  if (row.tier === 'hq-supervision') grounds.push('hq-supervision-channel');
  const label = SEVERITY_LEVEL_LABELS[level];
  const included = grounds.length > 0;
  return {
    included,
    grounds,
    reasons: [
      createReason(
        'CMP-RPT-WEEKLY',
        { channel, level, tier: row.tier, included, grounds: [...grounds] },
        included
          ? {
              'zh-CN': `${label['zh-CN']}，经${row['zh-CN']}投诉：列入《重大客户投诉/服务监督系统投诉周报》（${grounds.includes('hq-supervision-channel') ? '服务监督渠道' : '重大投诉'}）`,
              en: `${label.en} (channel: ${row.en}): in the weekly report of major complaints and complaints through the HQ supervision channels (${grounds.includes('hq-supervision-channel') ? 'an HQ supervision channel' : 'a major complaint'})`,
            }
          : {
              'zh-CN': `${label['zh-CN']}，经${row['zh-CN']}投诉：既非重大投诉，也非服务监督渠道，不列入周报`,
              en: `${label.en} (channel: ${row.en}): neither major nor through an HQ supervision channel: not in the weekly report`,
            },
      ),
    ],
  };
}
