import { describe, expect, it } from 'vitest';
import {
  assessDeliveryRiskCheck,
  createPolicy,
  type DeliveryRiskCheck,
  InvalidArgumentError,
  sinoOcean2008,
} from '../../src/index.js';

const NOW = '2026-09-25T09:00:00+08:00';
const OPTS = { deliveryOn: '2026-10-12', now: NOW };

/** A check with one passed item in each class, the self-check done on time. */
const base = (extra: Partial<DeliveryRiskCheck> = {}): DeliveryRiskCheck => ({
  projectId: 'P-1',
  firstDelivery: false,
  teamFormedOn: '2026-08-20',
  selfCheckCompletedOn: '2026-09-10',
  reportSubmittedOn: '2026-09-11',
  items: [
    { id: 'C-1', class: 'contracts-regulations', result: 'passed' },
    { id: 'D-1', class: 'design-changes', result: 'passed' },
    { id: 'S-1', class: 'sales-promises', result: 'passed' },
    { id: 'Q-1', class: 'engineering-quality', result: 'passed' },
  ],
  ...extra,
});
const withItem = (item: DeliveryRiskCheck['items'][number]) => base({ items: [...base().items, item] });
const finding = (
  check: DeliveryRiskCheck,
  id: string,
  opts: Parameters<typeof assessDeliveryRiskCheck>[1] = OPTS,
) => assessDeliveryRiskCheck(check, opts).findings.find((f) => f.id === id);

describe('assessDeliveryRiskCheck', () => {
  it('DLV-RISK-SCOPE: every item passed in all four classes, the self-check done: ready, nothing blocks', () => {
    const a = assessDeliveryRiskCheck(base(), OPTS);
    expect(a.ready).toBe(true);
    expect(a.blocking).toEqual([]);
    expect(a.reasons[0]?.message['zh-CN']).toContain('无阻碍交付的问题');
  });

  it('DLV-RISK-SCOPE: a class with no checked item blocks: design changes only "not checked"', () => {
    const check = base({
      items: base().items.map((i) =>
        i.class === 'design-changes' ? { ...i, result: 'not-checked' as const } : i,
      ),
    });
    const a = assessDeliveryRiskCheck(check, OPTS);
    expect(a.ready).toBe(false);
    expect(a.blocking.map((f) => f.id)).toEqual(['class:design-changes', 'D-1']);
    expect(a.blocking[0]?.reasons[0]?.message['zh-CN']).toContain('设计变更类');
  });

  it('DLV-RISK-HQ: a failed item rectified by now is resolved; rectification planned for tomorrow still blocks', () => {
    expect(
      finding(
        withItem({
          id: 'Q-2',
          class: 'engineering-quality',
          result: 'failed',
          dispositions: [{ kind: 'rectified', on: '2026-09-25' }],
        }),
        'Q-2',
      ),
    ).toMatchObject({ status: 'resolved', blocking: false });
    const planned = finding(
      withItem({
        id: 'Q-2',
        class: 'engineering-quality',
        result: 'failed',
        dispositions: [{ kind: 'rectified', on: '2026-09-26' }],
      }),
      'Q-2',
    );
    expect(planned).toMatchObject({ status: 'blocking', blocking: true });
    expect(planned?.reasons[0]?.message['zh-CN']).toContain('尚未完成');
  });

  it('DLV-RISK-HQ: a failed item that cannot be fixed, with an explanation for customers prepared, is resolved', () => {
    const f = finding(
      withItem({
        id: 'S-2',
        class: 'sales-promises',
        result: 'failed',
        dispositions: [{ kind: 'customer-explanation', on: '2026-09-20' }],
      }),
      'S-2',
    );
    expect(f).toMatchObject({ status: 'resolved', blocking: false });
    expect(f?.reasons[0]?.facts).toMatchObject({ accepted: 'customer-explanation' });
  });

  it('DLV-RISK-HQ: a major risk (late delivery) needs a contingency plan filed with HQ: an explanation alone blocks, the plan resolves', () => {
    const explanation = finding(
      withItem({
        id: 'R-1',
        class: 'contracts-regulations',
        result: 'failed',
        major: true,
        dispositions: [{ kind: 'customer-explanation', on: '2026-09-20' }],
      }),
      'R-1',
    );
    expect(explanation).toMatchObject({ status: 'blocking', blocking: true });
    expect(explanation?.reasons[0]?.message['zh-CN']).toContain('重大风险');
    const plan = finding(
      withItem({
        id: 'R-1',
        class: 'contracts-regulations',
        result: 'failed',
        major: true,
        dispositions: [
          { kind: 'customer-explanation', on: '2026-09-20' },
          { kind: 'contingency-plan', on: '2026-09-22' },
        ],
      }),
      'R-1',
    );
    expect(plan).toMatchObject({ status: 'resolved', blocking: false });
  });

  it('DLV-RISK-HQ: a failed item with no disposition blocks, and so does an unchecked one', () => {
    const a = assessDeliveryRiskCheck(
      base({
        items: [
          ...base().items,
          { id: 'Q-9', class: 'engineering-quality', result: 'failed' },
          { id: 'Q-10', class: 'engineering-quality', result: 'not-checked' },
        ],
      }),
      OPTS,
    );
    expect(a.blocking.map((f) => [f.id, f.status])).toEqual([
      ['Q-9', 'blocking'],
      ['Q-10', 'blocking'],
    ]);
  });

  it("DLV-RISK-HQ: a subsidiary's first delivery needs the joint HQ check by customer relations, quality, contracts and the project", () => {
    const missing = assessDeliveryRiskCheck(base({ firstDelivery: true }), OPTS);
    expect(missing.ready).toBe(false);
    expect(missing.blocking.map((f) => f.id)).toEqual(['hq-check']);
    const partial = assessDeliveryRiskCheck(
      base({
        firstDelivery: true,
        hqCheck: { checkedOn: '2026-09-08', departments: ['customer-relations', 'quality', 'project'] },
      }),
      OPTS,
    );
    expect(partial.blocking[0]?.reasons[0]?.message['zh-CN']).toContain('缺少经济合同部');
    const joint = assessDeliveryRiskCheck(
      base({
        firstDelivery: true,
        hqCheck: {
          checkedOn: '2026-09-08',
          departments: ['customer-relations', 'quality', 'contracts', 'project'],
        },
      }),
      OPTS,
    );
    expect(joint.ready).toBe(true);
    expect(joint.findings.find((f) => f.id === 'hq-check')).toMatchObject({
      status: 'on-time',
      blocking: false,
    });
  });

  it('DLV-RISK-HQ: the HQ check no later than 1 month before (09-11): on 09-11 on time, on 09-14 late but not blocking', () => {
    const at = (day: string) =>
      finding(base({ hqCheck: { checkedOn: day, departments: ['customer-relations'] } }), 'hq-check')?.status;
    expect(at('2026-09-11')).toBe('on-time');
    expect(at('2026-09-14')).toBe('late');
    expect(
      finding(base({ hqCheck: { checkedOn: '2026-09-14', departments: ['customer-relations'] } }), 'hq-check')
        ?.blocking,
    ).toBe(false);
  });

  it('DLV-RISK-REPORT: the self-check must be complete: not done is blocking (pending before 09-11, overdue after)', () => {
    const { selfCheckCompletedOn: _, ...rest } = base();
    const early = finding(rest, 'risk-self-check', { deliveryOn: '2026-10-12', now: '2026-09-11' });
    expect(early).toMatchObject({ status: 'pending', blocking: true });
    const late = finding(rest, 'risk-self-check');
    expect(late).toMatchObject({ status: 'overdue', blocking: true });
  });

  it('DLV-RISK-REPORT: the report at least 30 days before (by 09-11): on 09-11 on time, 09-14 late, never sent overdue; none blocks', () => {
    expect(finding(base({ reportSubmittedOn: '2026-09-11' }), 'risk-report')).toMatchObject({
      status: 'on-time',
      blocking: false,
    });
    expect(finding(base({ reportSubmittedOn: '2026-09-14' }), 'risk-report')).toMatchObject({
      status: 'late',
      blocking: false,
    });
    const { reportSubmittedOn: _, ...rest } = base();
    expect(finding(rest, 'risk-report')).toMatchObject({ status: 'overdue', blocking: false });
  });

  it('DLV-RISK-TEAM: the team 1.5 months before (by 08-28): formed 08-28 on time, 08-31 late', () => {
    expect(finding(base({ teamFormedOn: '2026-08-28' }), 'risk-team')?.status).toBe('on-time');
    expect(finding(base({ teamFormedOn: '2026-08-31' }), 'risk-team')?.status).toBe('late');
  });

  it("DLV-RISK-HQ: a company policy's joint-check departments are the ones required", () => {
    const policy = createPolicy(sinoOcean2008, {
      delivery: { riskCheck: { jointCheckDepartments: ['customer-relations', 'quality'] } },
    });
    const a = assessDeliveryRiskCheck(
      base({
        firstDelivery: true,
        hqCheck: { checkedOn: '2026-09-08', departments: ['customer-relations', 'quality'] },
      }),
      { ...OPTS, policy },
    );
    expect(a.ready).toBe(true);
  });

  it('DLV-RISK-SCOPE: the delivery day from the record; two different days, or a malformed check, are path-addressed errors', () => {
    expect(assessDeliveryRiskCheck(base({ deliveryOn: '2026-10-12' }), { now: NOW }).ready).toBe(true);
    expect(() => assessDeliveryRiskCheck(base({ deliveryOn: '2026-10-13' }), OPTS)).toThrow(
      /^options\.deliveryOn: 2026-10-12 differs/,
    );
    expect(() => assessDeliveryRiskCheck(base(), { now: NOW })).toThrow(
      /^options\.deliveryOn: give the deliveryOn day/,
    );
    const bad = (items: unknown) => () =>
      assessDeliveryRiskCheck(base({ items: items as DeliveryRiskCheck['items'] }), OPTS);
    expect(bad([{ id: 'X', class: 'engineering', result: 'passed' }])).toThrow(
      /^check\.items\.0\.class: .*did you mean 'engineering-quality'/,
    );
    expect(
      bad([
        {
          id: 'X',
          class: 'design-changes',
          result: 'failed',
          dispositions: [{ kind: 'rectified', on: '09-20' }],
        },
      ]),
    ).toThrow(/^check\.items\.0\.dispositions\.0\.on: /);
    expect(() => assessDeliveryRiskCheck(base(), { deliveryOn: '2026-10-12' } as never)).toThrow(
      InvalidArgumentError,
    );
    expect(() => assessDeliveryRiskCheck(null as never, OPTS)).toThrow(/^check: expected an object/);
  });

  it('DLV-RISK-SCOPE: the check is not changed and the assessment survives JSON', () => {
    const check = withItem({ id: 'Q-2', class: 'engineering-quality', result: 'failed', major: true });
    const copy = structuredClone(check);
    const a = assessDeliveryRiskCheck(check, OPTS);
    expect(check).toEqual(copy);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});
