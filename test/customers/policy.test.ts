import { describe, expect, it } from 'vitest';
import {
  aoyuan2014,
  CustomerPolicySchema,
  createPolicy,
  generic,
  PRESETS,
  parsePolicy,
  SINO_OCEAN_2008_CUSTOMER_POLICY,
  sinoOcean2008,
} from '../../src/index.js';

describe('CUS-REVIEW, CUS-RETENTION: the customers slice of each preset cites its source or says it borrows', () => {
  it('CUS-REVIEW: every value of every preset has a source for exactly that value (convention 14)', () => {
    for (const p of Object.values(PRESETS)) {
      const c = p.customers;
      expect(CustomerPolicySchema.safeParse(c).success, p.id).toBe(true);
      expect(c.sources?.reviewIntervalMonths?.value).toBe(c.reviewIntervalMonths);
      expect(c.sources?.retentionYears?.value).toBe(c.retentionYears);
      expect(c.sources?.retentionAction?.value).toBe(c.retentionAction);
    }
    expect(sinoOcean2008.customers).toBe(SINO_OCEAN_2008_CUSTOMER_POLICY);
  });

  it("CUS-REVIEW: the 6 months are AOY 4.1.4 (aoyuan2014's own), borrowed by sinoOcean2008 and generic", () => {
    expect(aoyuan2014.customers.sources?.reviewIntervalMonths).toMatchObject({
      basis: 'source',
      cite: 'AOY 4.1.4',
    });
    for (const p of [sinoOcean2008, generic])
      expect(p.customers.sources?.reviewIntervalMonths).toMatchObject({
        basis: 'borrowed',
        from: 'aoyuan2014',
      });
  });

  it("CUS-RETENTION: the 10 years and destruction with approval are GEN 3.2.8 (generic's own), borrowed by the others", () => {
    expect(generic.customers.sources?.retentionYears).toMatchObject({
      basis: 'source',
      cite: 'GEN 3.2.8',
      value: 10,
    });
    expect(generic.customers.sources?.retentionAction).toMatchObject({ basis: 'source', cite: 'GEN 3.2.8' });
    for (const p of [sinoOcean2008, aoyuan2014])
      expect(p.customers.sources?.retentionYears).toMatchObject({ basis: 'borrowed', from: 'generic' });
  });

  it('CUS-RETENTION: a company overrides the settings through createPolicy and parsePolicy, validated at their paths', () => {
    const acme = parsePolicy({ extends: 'generic', id: 'acme', customers: { retentionAction: 'anonymise' } });
    expect(acme.customers).toMatchObject({ retentionAction: 'anonymise', retentionYears: 10 });
    expect(() => createPolicy(generic, { customers: { retentionYears: 0 } })).toThrow(
      /customers\.retentionYears/,
    );
    expect(() => createPolicy(generic, { customers: { retentionAction: 'shred' as never } })).toThrow(
      /customers\.retentionAction/,
    );
    expect(() =>
      createPolicy(generic, {
        customers: { sources: { retentionYears: { value: 5, basis: 'borrowed', cite: 'ACME 3' } } },
      }),
    ).toThrow(/customers\.sources\.retentionYears/);
  });
});
