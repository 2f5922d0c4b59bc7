/**
 * Issue 12, the complaint's contact: the optional `contactName` and `contactPhone` of a
 * complaint record (CUS-FIELDS, CUS-PHONE, CUS-PRIVACY) at every door (the schema, the
 * cheap record check, the import), and how a contact phone decides the callback
 * (CMP-DL-CALLBACK): an explicit `hasContactInfo` wins, a phone means `true`, neither keeps
 * today's default.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import { STORED_PHONE } from '../../src/core/personal/storedPhone.js';
import {
  assessComplaintSeverity,
  COMPLAINT_FIELD_TABLE,
  type Complaint,
  ComplaintSchema,
  complaintMachine,
  computeComplaintDeadlines,
  parseComplaint,
  parseComplaints,
  toComplaintMachineInput,
  toDeadlineInput,
  triageComplaints,
  validateLandlineNumber,
  validateMobileNumber,
} from '../../src/index.js';
import { createRecordImporter } from '../../src/records/createRecordImporter.js';
import { refusalOf } from '../_lib/refusal.js';

const base: Complaint = {
  id: 'C-1',
  projectId: 'P-1',
  householdId: 'H-101',
  complainantId: 'U-1',
  issue: 'roof-leak',
  category: 'engineering-quality',
  // A Tuesday; handling completed on Wednesday 09-30, the eve of National Day (10-01..10-07).
  receivedAt: '2026-09-29T10:00:00+08:00',
  channel: 'hotline-400',
  repliedAt: '2026-09-29T15:00:00+08:00',
  handlingCompletedAt: '2026-09-30T16:00:00+08:00',
};

describe('CUS-FIELDS: the complaint record carries an optional contact name and phone', () => {
  it('CUS-FIELDS: a record with a contact name and a mobile, a landline or a landline with an extension parses', () => {
    for (const contactPhone of [
      '13812345678',
      '19912345678',
      '010-65529988',
      '0571-8702123',
      '0571-87021234-806',
    ]) {
      const r = parseComplaint({ ...base, contactName: '欧阳娜娜', contactPhone });
      expect(r.success, contactPhone).toBe(true);
      expect(r.data?.contactPhone).toBe(contactPhone);
    }
    // Both stay optional: today's records parse as they did.
    expect(parseComplaint(base).success).toBe(true);
  });

  it('CUS-FIELDS: a contact name is at most 100 characters (100 passes, 101 fails)', () => {
    expect(parseComplaint({ ...base, contactName: '张'.repeat(100) }).success).toBe(true);
    const r = parseComplaint({ ...base, contactName: '张'.repeat(101) }, { locale: 'en' });
    expect(r.error?.issues.map((i) => i.path)).toEqual([['contactName']]);
    expect(() => toDeadlineInput({ ...base, contactName: '张'.repeat(100) })).not.toThrow();
    expect(refusalOf(() => toDeadlineInput({ ...base, contactName: '张'.repeat(101) })).path).toEqual([
      'contactName',
    ]);
  });

  it('CUS-PHONE: a phone that is neither a mobile nor a landline with its area code is an issue at contactPhone that never quotes it', () => {
    const cases = [
      ['12012345678', /120 is not a mobile block/, /号段120不是手机号段/],
      ['1381234567', /11 digits beginning with 1, got 10 digits/, /11位数字，实为10位/],
      ['65529988', /No area code/, /缺少区号/],
      ['4008001234', /company service number/, /企业服务号码/],
      ['abc', /digits only/, /只能由数字组成/],
    ] as const;
    for (const [phone, en, zh] of cases) {
      const e = parseComplaint({ ...base, contactPhone: phone }, { locale: 'en' });
      expect(
        e.error?.issues.map((i) => i.path),
        phone,
      ).toEqual([['contactPhone']]);
      expect(e.error?.issues[0]?.message).toMatch(en);
      expect(e.error?.issues[0]?.message).not.toContain(phone);
      const z = parseComplaint({ ...base, contactPhone: phone });
      expect(z.error?.issues[0]?.message).toMatch(zh);
      expect(z.error?.issues[0]?.message).not.toContain(phone);
    }
  });

  it('CUS-PHONE: a good number written another way (+86, spaces, hyphens) is told to be written as stored', () => {
    for (const phone of ['+86 138-1234-5678', '138 1234 5678', '(010) 6552 9988']) {
      const r = parseComplaints([{ ...base, contactPhone: phone }], { locale: 'en' });
      expect(r.invalid).toEqual([
        { index: 0, path: ['contactPhone'], message: expect.stringMatching(/^Write the phone as stored/) },
      ]);
      expect(r.invalid[0]?.message).not.toContain(phone);
    }
  });

  it('CUS-PHONE: the cheap record check refuses a phone not in its stored form at contactPhone, without quoting it', () => {
    for (const phone of ['12012345678', '+86 13812345678', '010 65529988', 13812345678]) {
      const e = refusalOf(() =>
        assessComplaintSeverity({ ...base, contactPhone: phone } as unknown as Complaint),
      );
      expect(e.path).toEqual(['contactPhone']);
      expect(e.code).toBe('INVALID_ARGUMENT');
      expect(e.message).not.toContain(String(phone));
      expect(e.message).not.toContain('12345678');
    }
    expect(
      refusalOf(() => toComplaintMachineInput({ ...base, contactName: 7 } as unknown as Complaint)).path,
    ).toEqual(['contactName']);
    expect(
      assessComplaintSeverity({ ...base, contactPhone: '13812345678' }, { now: base.receivedAt }).level,
    ).toBe('general');
  });

  it('CUS-PHONE: the stored form is exactly what the validators normalise to (mobile lenient, landline)', () => {
    // Every valid number, written any way, normalises to a stored form the record check accepts.
    const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });
    const mobile = fc
      .tuple(fc.integer({ min: 0, max: 9 }), digits(9), fc.constantFrom('', '+86 ', '0086'))
      .map(([second, rest, cc]) => `${cc}1${second}${rest.join('')}`);
    const landline = fc
      .tuple(fc.constantFrom('010', '021', '0571', '0755', '0898', '0311'), digits(8), fc.boolean())
      .map(([area, d, short]) => `(${area}) ${d.slice(0, area.length === 4 && short ? 7 : 8).join('')}`);
    fc.assert(
      fc.property(fc.oneof(mobile, landline), (written) => {
        const m = validateMobileNumber(written);
        const l = validateLandlineNumber(written);
        const normalized = m.valid ? m.normalized : l.valid ? l.normalized : undefined;
        if (normalized === undefined) {
          expect(STORED_PHONE.test(written.replace(/[\s()+]/g, ''))).toBe(false);
          return;
        }
        expect(STORED_PHONE.test(normalized)).toBe(true);
        expect(ComplaintSchema.safeParse({ ...base, contactPhone: normalized }).success).toBe(true);
      }),
      { numRuns: 500 },
    );
    // And the stored form accepts nothing the validators refuse, on both sides of each length.
    fc.assert(
      fc.property(fc.stringMatching(/^[01][0-9]{1,3}-?[0-9]{5,9}(-[0-9]{1,7})?$/), (s) => {
        if (!STORED_PHONE.test(s)) return;
        const m = validateMobileNumber(s);
        const l = validateLandlineNumber(s);
        expect((m.valid && m.normalized === s) || (l.valid && l.normalized === s)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(STORED_PHONE.test('0571-870212')).toBe(false); // 6 local digits
    expect(STORED_PHONE.test('0571-8702123')).toBe(true); // 7
    expect(STORED_PHONE.test('010-6552998')).toBe(false); // 7 after 010
    expect(STORED_PHONE.test('010-65529988-1234567')).toBe(false); // a 7-digit extension
    expect(STORED_PHONE.test('12812345678')).toBe(false); // 12x is not a mobile block
  });

  it('CUS-PHONE: the import reads the contact columns of CRM exports, and a phone written another way as its stored form', () => {
    const importer = createRecordImporter(COMPLAINT_FIELD_TABLE);
    importer.readHeader([
      '投诉编号',
      '项目',
      '房号',
      '投诉人',
      '联系人',
      '手机号码',
      '问题',
      '投诉类别',
      '投诉渠道',
      '受理时间',
    ]);
    const row = (phone: unknown, source: 'text' | 'cell' = 'text') =>
      importer.readRow(
        [
          'C-1',
          'P-1',
          'H-1',
          'U-1',
          '张三',
          phone,
          'roof-leak',
          '工程质量',
          '400热线',
          '2026-11-02T09:30:00+08:00',
        ],
        source,
      )?.record as Record<string, unknown>;
    expect(row('+86 138-1234-5678')).toMatchObject({ contactName: '张三', contactPhone: '13812345678' });
    expect(row('（010）6552 9988 转 806').contactPhone).toBe('010-65529988-806');
    expect(row(13812345678, 'cell').contactPhone).toBe('13812345678');
    // A number that is neither stays as written, for the schema to refuse (without quoting it).
    expect(row('12012345678').contactPhone).toBe('12012345678');
    expect(COMPLAINT_FIELD_TABLE.contactPhone.label['zh-CN']).toBe('联系电话');
    for (const header of ['联系方式', '手机', '手机号', '手机号码', '电话号码', 'phone', 'mobile'])
      expect(COMPLAINT_FIELD_TABLE.contactPhone.headers, header).toContain(header);
    expect(COMPLAINT_FIELD_TABLE.contactName.label['zh-CN']).toBe('联系人');
    expect(COMPLAINT_FIELD_TABLE.contactName.headers).toContain('联系人姓名');
    // 客户姓名 already names the complainant: it is not read as the contact.
    expect(COMPLAINT_FIELD_TABLE.contactName.headers).not.toContain('客户姓名');
    expect(COMPLAINT_FIELD_TABLE.complainantId.headers).toContain('客户姓名');
  });
});

describe('CMP-DL-CALLBACK: a contact phone means contact information was left, unless hasContactInfo says otherwise', () => {
  const phone = { ...base, contactPhone: '13812345678' };
  const now = '2026-10-20T10:00:00+08:00';

  it('CMP-DL-CALLBACK: phone given and hasContactInfo false: no callback is owed (the explicit flag wins)', () => {
    const input = toDeadlineInput({ ...phone, hasContactInfo: false });
    expect(input.hasContactInfo).toBe(false);
    expect(computeComplaintDeadlines(input).callbackBy).toBeUndefined();
    const [s] = initialTransition(
      complaintMachine,
      toComplaintMachineInput({ ...phone, hasContactInfo: false }),
    );
    expect(s.context.callbackNeeded).toBe(false);
    const t = triageComplaints([{ ...phone, hasContactInfo: false }], { now });
    expect(t.complaints[0]?.callbackBy).toBeNull();
  });

  it('CMP-DL-CALLBACK: phone given, no flag: a callback is owed, due after National Day (completed 09-30, 2 days: 10-08)', () => {
    const input = toDeadlineInput(phone);
    expect(input.hasContactInfo).toBe(true);
    expect(computeComplaintDeadlines(input).callbackBy?.lastDay).toBe('2026-10-08');
    const [s] = initialTransition(complaintMachine, toComplaintMachineInput(phone));
    expect(s.context).toMatchObject({ hasContactInfo: true, callbackNeeded: true });
    const t = triageComplaints([phone], { now });
    expect(t.complaints[0]?.callbackBy?.lastDay).toBe('2026-10-08');
    expect(t.complaints[0]?.overdue.callback).toBe(true);
  });

  it('CMP-DL-CALLBACK: neither phone nor flag: as today (the flag left out, the default true applies)', () => {
    const input = toDeadlineInput(base);
    expect('hasContactInfo' in input).toBe(false);
    expect(computeComplaintDeadlines(input).callbackBy?.lastDay).toBe('2026-10-08');
    expect(toComplaintMachineInput(base)).not.toHaveProperty('hasContactInfo');
    expect(triageComplaints([base], { now }).complaints[0]?.callbackBy?.lastDay).toBe('2026-10-08');
    // And a flag without a phone is read as it always was.
    expect(toDeadlineInput({ ...base, hasContactInfo: false }).hasContactInfo).toBe(false);
    expect(
      triageComplaints([{ ...base, hasContactInfo: false }], { now }).complaints[0]?.callbackBy,
    ).toBeNull();
  });

  it('CMP-DL-CALLBACK: a triage of records with and without a phone and a flag keeps each its own callback (the shared deadlines keyed by the effective flag)', () => {
    const t = triageComplaints(
      [
        { ...base, id: 'C-1' },
        { ...phone, id: 'C-2' },
        { ...phone, id: 'C-3', hasContactInfo: false },
        { ...base, id: 'C-4', hasContactInfo: false },
      ],
      { now },
    );
    expect(t.complaints.map((c) => c.callbackBy?.lastDay ?? null)).toEqual([
      '2026-10-08',
      '2026-10-08',
      null,
      null,
    ]);
  });
});
