import { describe, expect, it } from 'vitest';
import {
  type CustomerAccessApproval,
  canAccessCustomerRecord,
  InvalidArgumentError,
} from '../../src/index.js';

const requester = { id: 'S-7', projectIds: ['P-GZ-01', 'P-GZ-02'] };
const record = { id: 'K-100', projectId: 'P-SZ-02' };
const approval = (extra: Partial<CustomerAccessApproval> = {}): CustomerAccessApproval => ({
  id: 'OA-2026-0815',
  requesterId: 'S-7',
  projectId: 'P-SZ-02',
  status: 'approved',
  ...extra,
});

describe('CUS-PRIVACY: access to customer records across projects', () => {
  it("CUS-PRIVACY: within the requester's own projects, yes; the reason still asks for confidentiality", () => {
    const r = canAccessCustomerRecord({ requester, record: { id: 'K-1', projectId: 'P-GZ-02' } });
    expect(r).toMatchObject({ allowed: true, basis: 'own-project' });
    expect(r.reasons[0]?.message['zh-CN']).toContain('不得在公众场合阅读');
  });

  it('CUS-PRIVACY: across projects, no without an approved request (AOY 4.1.5)', () => {
    const r = canAccessCustomerRecord({ requester, record });
    expect(r).toMatchObject({ allowed: false, basis: 'no-approved-request' });
    expect(r.reasons[0]?.message['zh-CN']).toContain('客户资料调用申请');
    expect(r.approvalId).toBeUndefined();
  });

  it('CUS-PRIVACY: across projects, yes with an approved request, and the reason names it', () => {
    const r = canAccessCustomerRecord({ requester, record, approvals: [approval()] });
    expect(r).toMatchObject({ allowed: true, basis: 'approved-request', approvalId: 'OA-2026-0815' });
    expect(r.reasons[0]?.message['zh-CN']).toContain('OA-2026-0815');
    expect(r.reasons[0]?.message.en).toContain('OA-2026-0815');
    expect(r.reasons[0]?.facts).toMatchObject({ approvalId: 'OA-2026-0815', recordId: 'K-100' });
  });

  it('CUS-PRIVACY: a request for someone else, another project or other records allows nothing', () => {
    for (const a of [
      approval({ requesterId: 'S-8' }),
      approval({ projectId: 'P-SZ-01' }),
      approval({ customerIds: ['K-101', 'K-102'] }),
    ]) {
      expect(canAccessCustomerRecord({ requester, record, approvals: [a] }).allowed).toBe(false);
    }
    expect(
      canAccessCustomerRecord({ requester, record, approvals: [approval({ customerIds: ['K-100'] })] })
        .allowed,
    ).toBe(true);
  });

  it('CUS-PRIVACY: a pending, rejected or revoked request allows nothing and is named in the reasons', () => {
    for (const status of ['pending', 'rejected', 'revoked'] as const) {
      const r = canAccessCustomerRecord({ requester, record, approvals: [approval({ status })] });
      expect(r.allowed).toBe(false);
      expect(r.reasons[1]?.facts).toMatchObject({ approvalId: 'OA-2026-0815', status });
    }
    // A pending one and an approved one: the approved one decides, the pending one is still named.
    const r = canAccessCustomerRecord({
      requester,
      record,
      approvals: [approval({ id: 'OA-1', status: 'pending' }), approval({ id: 'OA-2' })],
    });
    expect(r).toMatchObject({ allowed: true, approvalId: 'OA-2' });
    expect(r.reasons.map((x) => x.facts.approvalId)).toEqual(['OA-2', 'OA-1']);
  });

  it('CUS-PRIVACY: a validity period counts both its first and last day, and needs the day of the access', () => {
    const a = approval({ validFrom: '2026-11-02', validUntil: '2026-11-04' });
    const on = (now: string) => canAccessCustomerRecord({ requester, record, approvals: [a], now }).allowed;
    expect(on('2026-11-01')).toBe(false);
    expect(on('2026-11-02')).toBe(true);
    expect(on('2026-11-04')).toBe(true);
    expect(on('2026-11-05')).toBe(false);
    expect(on('2026-11-04T23:59:00+08:00')).toBe(true);
    expect(on('2026-11-04T16:00:00Z')).toBe(false);
    expect(() => canAccessCustomerRecord({ requester, record, approvals: [a] })).toThrow(/now/);
  });

  it('CUS-PRIVACY: bad arguments are path-addressed errors', () => {
    expect(() => canAccessCustomerRecord({ requester: { id: 'S-7' } as never, record })).toThrow(
      /requester\.projectIds/,
    );
    expect(() =>
      canAccessCustomerRecord({ requester, record, approvals: [approval({ status: 'approve' as never })] }),
    ).toThrow(/approvals\.0\.status.*did you mean 'approved'/);
    expect(() => canAccessCustomerRecord(undefined as never)).toThrow(InvalidArgumentError);
  });
});
