import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  computeDeliverySchedule,
  DELIVERY_MILESTONE_TABLE,
  formatDeliveryScheduleIcs,
  InvalidArgumentError,
} from '../../src/index.js';

const schedule = computeDeliverySchedule({
  deliveryOn: '2026-10-12',
  firstDelivery: true,
  region: '北京',
  centralizedEndsOn: '2026-10-18',
});
const ics = formatDeliveryScheduleIcs(schedule, { now: '2026-07-01T09:00:00+08:00', uidPrefix: 'P-1-B2' });
const utf8 = (s: string) => new TextEncoder().encode(s).length;

describe('the .ics export of a delivery schedule (RFC 5545)', () => {
  it('DLV-PREP: a calendar parser (ical.js, the one Thunderbird uses) reads every milestone as an all-day event on its day', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(cal.getFirstPropertyValue('prodid'))).toContain('realty-crm-rules');
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.length).toBe(schedule.milestones.length);
    for (const [i, e] of events.entries()) {
      const m = schedule.milestones[i];
      expect(e.startDate.isDate, m?.id).toBe(true);
      expect(e.uid).toBe(`P-1-B2-2026-10-12-${m?.id}@realty-crm-rules`);
      expect(e.endDate.toString()).toBe(nextDay(m?.dueOn as string));
      expect(e.startDate.toString()).toBe(m?.window?.from ?? m?.dueOn);
    }
    const notice = events.find((e) => e.uid.includes('notice-pack-mailed'));
    expect(notice?.summary).toBe(
      `${DELIVERY_MILESTONE_TABLE['notice-pack-mailed']['zh-CN']}（项目客户服务部）`,
    );
    expect(notice?.startDate.toString()).toBe('2026-09-30');
    expect(notice?.description).toContain('国庆节');
    const calls = events.find((e) => e.uid.includes('owner-calls'));
    expect([calls?.startDate.toString(), calls?.endDate.toString()]).toEqual(['2026-10-02', '2026-10-04']);
    const stamp = cal.getFirstSubcomponent('vevent')?.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toString()).toBe('2026-07-01T01:00:00Z');
  });

  it('DLV-PREP: CRLF line ends only, no line over 75 octets, continuation lines begin with one space, no character split', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) {
      expect(utf8(line), line).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    // Unfolding gives back whole lines: every DESCRIPTION holds its reasons' Chinese text intact.
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('该日是国庆节放假日，提前至其前的最后一个工作日2026-09-30');
  });

  it('DLV-PREP: TEXT is escaped: commas, semicolons and newlines in a description, and ical.js reads them back', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    const desc = String(cal.getAllSubcomponents('vevent')[0]?.getFirstPropertyValue('description'));
    expect(desc.split('\n').length).toBeGreaterThan(2);
    expect(ics).toMatch(/DESCRIPTION:[^\r]*\\n/);
    const en = formatDeliveryScheduleIcs(schedule, {
      now: new Date('2026-07-01T01:00:00Z'),
      locale: 'en',
      calendarName: 'Tower 3; batch 2, Oct',
    });
    expect(en).toContain('X-WR-CALNAME:Tower 3\\; batch 2\\, Oct');
    // The plan's duty holds a ';' and its reasons ','s: escaped in the file, read back as written.
    const plan = new ICAL.Component(ICAL.parse(en))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))[0];
    expect(plan?.description.split('\n')[0]).toBe(DELIVERY_MILESTONE_TABLE['delivery-plan'].duty.en);
    expect(plan?.description).toContain('(sinoOcean2008, source: SOL');
    expect(en).toContain('SUMMARY:Notice pack mailed (Project customer-service department)');
  });

  it('DLV-PREP: the same schedule and stamp give the same file; a new stamp changes DTSTAMP only', () => {
    expect(
      formatDeliveryScheduleIcs(schedule, { now: '2026-07-01T09:00:00+08:00', uidPrefix: 'P-1-B2' }),
    ).toBe(ics);
    const later = formatDeliveryScheduleIcs(schedule, {
      now: '2026-07-02T09:00:00+08:00',
      uidPrefix: 'P-1-B2',
    });
    expect(later.replace(/DTSTAMP:\S+/g, '')).toBe(ics.replace(/DTSTAMP:\S+/g, ''));
  });

  it('DLV-PREP: no clock: a missing or bad stamp, or a UID prefix with spaces, is a path-addressed error', () => {
    expect(() => formatDeliveryScheduleIcs(schedule, {} as never)).toThrow(/^options\.now: /);
    expect(() => formatDeliveryScheduleIcs(schedule, { now: 'tomorrow' })).toThrow(InvalidArgumentError);
    expect(() =>
      formatDeliveryScheduleIcs(schedule, { now: '2026-07-01T09:00:00Z', uidPrefix: 'P 1' }),
    ).toThrow(/^options\.uidPrefix: /);
    expect(() =>
      formatDeliveryScheduleIcs(schedule, { now: '2026-07-01T09:00:00Z', locale: 'fr' as 'en' }),
    ).toThrow(/^options\.locale: /);
  });
});

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
