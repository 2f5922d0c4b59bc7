/**
 * Issue 12: repair orders and household deliveries reference the customer record by its id
 * (`CUS-FIELDS`), never by a name or a phone; a value that is not an id is refused at its path
 * without the message repeating it.
 */
import { describe, expect, it } from 'vitest';
import { parseHouseholdDelivery } from '../../src/delivery/index.js';
import { parseRepairOrder } from '../../src/warranty/index.js';

const ORDER = {
  id: 'R-1',
  projectId: 'P-1',
  householdId: 'H-101',
  receivedAt: '2026-03-02T09:30:00+08:00',
} as const;
const HOUSEHOLD = { householdId: 'B3-1201', eligible: true, repairItems: [] } as const;
const PHONE = 13812345678;

describe('records that name a customer by id', () => {
  it('CUS-FIELDS: a repair order takes an optional customerId; without one it is still valid', () => {
    expect(parseRepairOrder({ ...ORDER, customerId: 'CU-0001' }).data?.customerId).toBe('CU-0001');
    expect(parseRepairOrder(ORDER).success).toBe(true);
  });

  it('CUS-FIELDS: a household delivery takes an optional customerId; without one it is still valid', () => {
    expect(parseHouseholdDelivery({ ...HOUSEHOLD, customerId: 'CU-0002' }).data?.customerId).toBe('CU-0002');
    expect(parseHouseholdDelivery(HOUSEHOLD).success).toBe(true);
  });

  it('CUS-FIELDS: a customerId that is not an id (a number, an empty string, 201 characters) is refused at its path, not echoed', () => {
    for (const bad of [PHONE, '', 'x'.repeat(201)]) {
      const order = parseRepairOrder({ ...ORDER, customerId: bad }, { locale: 'en' });
      expect(order.success).toBe(false);
      expect(order.error?.issues[0]?.path).toEqual(['customerId']);
      expect(JSON.stringify(order.error?.issues)).not.toContain(String(PHONE));
      const home = parseHouseholdDelivery({ ...HOUSEHOLD, customerId: bad }, { locale: 'en' });
      expect(home.success).toBe(false);
      expect(home.error?.issues[0]?.path).toEqual(['customerId']);
      expect(JSON.stringify(home.error?.issues)).not.toContain(String(PHONE));
    }
  });
});
