import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s), isTTY: false },
    stdin: Readable.from([]),
  });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'realty-crm-warranty-'));

describe('realty-crm warranty', () => {
  it('LAW-WARRANTY-BUYER: every component with its binding clock, and the notices, in a table', async () => {
    const { code, out } = await cli([
      'warranty',
      '--delivered',
      '2024-06-30',
      '--accepted',
      '2024-01-10',
      '--city',
      'beijing',
    ]);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe(
      '保修期（交付2024-06-30，竣工验收合格2024-01-10；采暖期：北京 11-15至03-15（北京市供热采暖管理办法（北京市人民政府令第216号，2010年4月1日起施行））；政策 sinoOcean2008）',
    );
    expect(lines).toContain(
      '部位 | 保修截止 | 约束 | 施工单位 | 1998最低 | 开发商承诺 | 告知业主 | 知会施工单位 | 全面检修',
    );
    expect(lines).toContain(
      '屋面防水 | 2029-01-10 | 施工单位保修期 | 2029-01-10 | 2027-06-30 | - | 2028-12-08* | 2028-12-11* | 2028-10-10*',
    );
    expect(lines).toContain(
      '供热系统和设备 | 2026-03-15 | 施工单位保修期 | 2026-03-15 | 2025-03-15 | - | 2026-02-14 | 2026-02-13 | 2025-12-15',
    );
    expect(lines).toContain(
      '灯具、电器开关 | 2026-01-10 | 施工单位保修期 | 2026-01-10 | 2024-12-30 | - | 2025-12-10 | 2025-12-11 | 2025-10-10',
    );
    expect(lines).toContain('地基基础和主体结构 | - | 需 --design-life（设计合理使用年限）');
    expect(out).toContain('* 估算：该年的国务院节假日安排尚未发布，按仅排除周末推算。');
  });

  it('WAR-EXPIRY: JSON, in English, with the design life and a cooling season given', async () => {
    const { code, out } = await cli([
      'warranty',
      '--delivered',
      '2022-06-30',
      '--accepted',
      '2022-01-10',
      '--design-life',
      '50',
      '--cooling-season',
      '06-01..09-30',
      '--format',
      'json',
      '--locale',
      'en',
    ]);
    expect(code).toBe(0);
    const j = JSON.parse(out);
    expect(j.components).toHaveLength(14);
    expect(j.components.every((c: { computed: boolean }) => c.computed)).toBe(true);
    const lamps = j.components.find((c: { component: string }) => c.component === 'lamps-and-switches');
    expect(lamps).toMatchObject({
      lastDay: '2024-01-10',
      binding: 'contractor',
      clocks: { contractor: '2024-01-10', 'buyer-minimum': '2022-12-30', developer: null },
      notices: {
        ownerNoticeOn: '2023-12-08',
        contractorNoticeOn: '2023-12-11',
        fullInspectionOn: '2023-10-10',
        estimated: false,
      },
    });
    expect(lamps.reasons.map((r: { rule: string }) => r.rule)).toContain('WAR-EXPIRY');
    const cooling = j.components.find((c: { component: string }) => c.component === 'cooling');
    expect(cooling.clocks).toEqual({
      contractor: '2023-09-30',
      'buyer-minimum': '2023-09-30',
      developer: null,
    });
  });

  it('LAW-WARRANTY-SEASON: a city without a regulation, a bad season or delivery before acceptance: exit 2, named by flag', async () => {
    const city = await cli(['warranty', '--delivered', '2024-06-30', '--city', 'shenyang']);
    expect(city.code).toBe(2);
    expect(city.err).toMatch(/^realty-crm: --city: expected one of beijing/);
    expect(city.err).toContain('pass --heating-season MM-DD..MM-DD');
    const season = await cli(['warranty', '--delivered', '2024-06-30', '--heating-season', '11-15..02-30']);
    expect(season.code).toBe(2);
    expect(season.err).toContain('--heating-season.to');
    expect(
      (await cli(['warranty', '--delivered', '2024-06-30', '--heating-season', '11-15/03-15'])).err,
    ).toContain('MM-DD..MM-DD');
    const early = await cli(['warranty', '--delivered', '2024-06-30', '--accepted', '2024-07-01']);
    expect([early.code, early.err.startsWith('realty-crm: --accepted: the completion acceptance')]).toEqual([
      2,
      true,
    ]);
    expect((await cli(['warranty'])).err).toContain('--delivered');
    expect((await cli(['warranty', '--delivered', '2024-06-30', '--design-life', 'fifty'])).code).toBe(2);
  });
});

describe('realty-crm validate --kind repair-order and schema --kind repair-order', () => {
  const order = {
    id: 'R-1',
    projectId: 'P-1',
    householdId: 'H-101',
    receivedAt: '2026-03-02T09:30:00+08:00',
  };

  it('WAR-FLOW: every bad repair order with its index and path; exit 1', async () => {
    const file = join(dir, 'orders.json');
    writeFileSync(
      file,
      JSON.stringify([
        order,
        { ...order, id: 'R-2', component: 'roof' },
        { ...order, id: 'R-3', completedAt: '2026-03-01T09:30:00+08:00' },
      ]),
    );
    const { code, out } = await cli(['validate', file, '--kind', 'repair-order', '--locale', 'en']);
    expect(code).toBe(1);
    // Problems grouped by field, each with its count and example records (issue 8).
    expect(out).toMatch(/^component: Invalid option.*\n {2}1 record: #1$/m);
    expect(out).toContain(
      'completedAt: Completed at (completedAt) is before received at (receivedAt)\n  1 record: #2',
    );
    expect(out).toContain('1 valid, 2 invalid records');
    const zh = await cli(['validate', file, '--kind', 'repair-order']);
    expect(zh.out).toContain('completedAt：完工时间（completedAt）早于报修时间（receivedAt）\n  1条：#2');
  });

  it('WAR-FLOW: the JSON Schema of a repair order', async () => {
    const { code, out } = await cli(['schema', '--kind', 'repair-order']);
    expect(code).toBe(0);
    expect(JSON.parse(out).$id).toBe('https://realty-crm-rules.dev/schemas/repair-order.schema.json');
  });
});
