/**
 * How each kind of deadline rule is said in a reason (当日, N个工作日, N日, N周, N个月; one or
 * several in English), and the day it gives on real calendar days: the rule in words must
 * match the day computed.
 */

import { describe, expect, it } from 'vitest';
import { aoyuan2014, computeComplaintDeadlines, createPolicy, generic } from '../../src/index.js';

// Received Monday 2026-03-02; handling completed Thursday 2026-03-05.
const done = { receivedAt: '2026-03-02T10:00:00+08:00', handlingCompletedAt: '2026-03-05T16:00:00+08:00' };

describe('deadline rules in words', () => {
  it('CMP-DL-FORM: aoyuan2014, the handling form the same day (当日), the day of receipt', () => {
    const form = computeComplaintDeadlines(done, { policy: aoyuan2014 }).formBy;
    expect(form?.lastDay).toBe('2026-03-02');
    expect(form?.reasons[0]).toMatchObject({
      rule: 'CMP-DL-FORM',
      facts: { policy: 'aoyuan2014', rule: { sameDay: true }, lastDay: '2026-03-02' },
      message: {
        'zh-CN': '填写投诉处理单：当日内（aoyuan2014，出处：AOY 4.2.1），最迟2026-03-02',
        en: 'Handling form: within the same day (aoyuan2014, source: AOY 4.2.1), by 2026-03-02',
      },
    });
  });

  it('CMP-DL-CALLBACK: one week (1周) after handling under aoyuan2014, 3 days (3日) under generic', () => {
    expect(computeComplaintDeadlines(done, { policy: aoyuan2014 }).callbackBy?.reasons[0]?.message).toEqual({
      'zh-CN': '处理完毕后回访：1周内（aoyuan2014，出处：AOY 4.2.1; AOY 4.2.3），最迟2026-03-12',
      en: 'Call back after handling: within 1 week (aoyuan2014, source: AOY 4.2.1; AOY 4.2.3), by 2026-03-12',
    });
    expect(computeComplaintDeadlines(done, { policy: generic }).callbackBy?.reasons[0]?.message).toEqual({
      'zh-CN': '处理完毕后回访：3日内（generic，出处：GEN 回访 1.3），最迟2026-03-09',
      en: 'Call back after handling: within 3 days (generic, source: GEN 回访 1.3), by 2026-03-09',
    });
  });

  it('CMP-DL-REPLY: a company policy of 1 working day says "1 working day", not "1 working days": Monday to Tuesday', () => {
    const one = createPolicy(generic, {
      complaints: { deadlines: { reply: { workingDays: 1 }, callback: { days: 1 }, close: { months: 1 } } },
    });
    const d = computeComplaintDeadlines(done, { policy: one });
    expect(d.replyBy.lastDay).toBe('2026-03-03');
    expect(d.replyBy.reasons[0]?.message).toEqual({
      'zh-CN': '回复处理意见：1个工作日内（generic-custom，公司政策generic-custom设定），最迟2026-03-03',
      en: 'Reply: the handling opinion given to the customer: within 1 working day (generic-custom, set by the company policy generic-custom), by 2026-03-03',
    });
    expect(d.callbackBy?.reasons[0]?.message.en).toBe(
      'Call back after handling: within 1 day (generic-custom, set by the company policy generic-custom), by 2026-03-06',
    );
    // CMP-DL-CLOSE in months: from the day after receipt to the corresponding day, 2026-04-02.
    expect(d.closeBy?.reasons[0]?.message).toEqual({
      'zh-CN': '投诉结案：1个月内（generic-custom，公司政策generic-custom设定），最迟2026-04-02',
      en: 'Close the complaint: within 1 month (generic-custom, set by the company policy generic-custom), by 2026-04-02',
    });
  });

  it('CMP-DL-CLOSE: 2 months from 2026-03-02 end on 05-02, in Labour Day (05-01..05-05): moved to 05-06; 2 weeks is 2 weeks', () => {
    const two = createPolicy(generic, {
      complaints: { deadlines: { callback: { weeks: 2 }, close: { months: 2 } } },
    });
    const d = computeComplaintDeadlines(done, { policy: two });
    expect(d.callbackBy?.lastDay).toBe('2026-03-19');
    expect(d.callbackBy?.reasons[0]?.message.en).toBe(
      'Call back after handling: within 2 weeks (generic-custom, set by the company policy generic-custom), by 2026-03-19',
    );
    expect(d.closeBy?.lastDay).toBe('2026-05-06');
    expect(d.closeBy?.reasons[0]?.message.en).toBe(
      'Close the complaint: within 2 months (generic-custom, set by the company policy generic-custom), by 2026-05-06',
    );
    expect(d.closeBy?.reasons[0]?.message['zh-CN']).toContain('2个月内');
  });
});
