/**
 * Writes the sample delivery batch of `examples/`: 360 households of three buildings
 * delivered from Monday 2026-10-12 (the centralized delivery runs to Sunday 10-18), from a
 * seeded PRNG so that the same seed gives the same bytes. Built in: households not eligible
 * (unpaid balance), households inspected during the centralized week and some later
 * (sporadic delivery), some never inspected, refusals with reasons and keys taken later,
 * repair items over all eight disciplines, and a delivery risk check of the batch.
 *
 *   npm run samples:delivery              writes examples/households.sample.{json,csv} and examples/delivery-risk-check.sample.json
 *   npm run samples:delivery -- --check   exits 1, naming the file, when a committed file is stale
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DELIVERY_REPAIR_DISCIPLINES,
  type DeliveryRepairDiscipline,
  type DeliveryRiskCheck,
  type HouseholdDelivery,
  HouseholdDeliverySchema,
} from '../src/index.js';
import { findRepoRoot } from './generateSchemas.js';

/** The centralized delivery of the sample batch. */
export const SAMPLE_DELIVERY = Object.freeze({ from: '2026-10-12', to: '2026-10-18' });
/** The default seed. */
export const DELIVERY_SAMPLE_SEED = 20261012;

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const plus = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** How often each discipline turns up at an inspection (civil and decoration most). */
const WEIGHTS: Readonly<Record<DeliveryRepairDiscipline, number>> = {
  civil: 30,
  decoration: 28,
  'doors-and-windows': 14,
  plumbing: 10,
  electrical: 7,
  hvac: 4,
  waterproofing: 5,
  other: 2,
};
const DESCRIPTIONS: Readonly<Record<DeliveryRepairDiscipline, readonly string[]>> = {
  civil: ['墙面空鼓', '墙面裂缝', '地面不平'],
  decoration: ['墙纸起翘', '地板划痕', '踢脚线脱落'],
  'doors-and-windows': ['窗扇关闭不严', '入户门变形', '纱窗破损'],
  plumbing: ['厨房下水慢', '卫生间地漏返味', '水龙头渗水'],
  electrical: ['插座无电', '开关面板松动'],
  hvac: ['地暖分水器渗水', '空调冷凝水管倒坡'],
  waterproofing: ['卫生间楼板渗水', '阳台外墙渗水'],
  other: ['信报箱损坏'],
};
const REFUSALS = ['卫生间渗水未修复', '面积差异有异议', '装修与样板房不符', '公共部位未完工'] as const;

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function discipline(rand: () => number): DeliveryRepairDiscipline {
  const total = Object.values(WEIGHTS).reduce((a, b) => a + b, 0);
  let r = rand() * total;
  for (const d of DELIVERY_REPAIR_DISCIPLINES) {
    r -= WEIGHTS[d];
    if (r < 0) return d;
  }
  return 'other';
}

/** The 360 household records, in building, floor, unit order. */
export function generateSampleHouseholds(seed = DELIVERY_SAMPLE_SEED): HouseholdDelivery[] {
  const rand = seeded(seed);
  const out: HouseholdDelivery[] = [];
  for (const building of [1, 2, 3]) {
    for (let floor = 2; floor <= 21; floor++) {
      for (let unit = 1; unit <= 6; unit++) {
        const householdId = `B${building}-${floor}${String(unit).padStart(2, '0')}`;
        const eligible = rand() >= 0.04;
        const r = rand();
        // 84% come in the centralized week, 9% later (sporadic), 7% not yet.
        const inspectedOn =
          !eligible || r >= 0.93
            ? undefined
            : r < 0.84
              ? plus(SAMPLE_DELIVERY.from, Math.floor(rand() ** 1.6 * 7))
              : plus(SAMPLE_DELIVERY.to, 2 + Math.floor(rand() * 24));
        if (inspectedOn === undefined) {
          out.push({ householdId, eligible, repairItems: [] });
          continue;
        }
        const count = Math.min(6, Math.floor(-Math.log(1 - rand()) * 1.3));
        const repairItems = Array.from({ length: count }, () => {
          const d = discipline(rand);
          return { discipline: d, description: pick(rand, DESCRIPTIONS[d]) };
        });
        const refusedChance = 0.06 + 0.05 * count;
        const took = rand() >= refusedChance;
        const centralized = inspectedOn <= SAMPLE_DELIVERY.to;
        const h: HouseholdDelivery = {
          householdId,
          eligible,
          mode: centralized ? 'centralized' : 'sporadic',
          firstInspectedOn: inspectedOn,
          keysTakenAtFirstInspection: took,
          ...(took
            ? { keysTakenOn: inspectedOn }
            : {
                refusedReasons: [pick(rand, REFUSALS)],
                ...(rand() < 0.7 ? { keysTakenOn: plus(inspectedOn, 3 + Math.floor(rand() * 12)) } : {}),
              }),
          repairItems,
        };
        out.push(HouseholdDeliverySchema.parse(h));
      }
    }
  }
  return out;
}

/** The delivery risk check of the sample batch, 5 weeks before delivery: one major risk still open. */
export function sampleRiskCheck(): DeliveryRiskCheck {
  return {
    projectId: 'P-BJ-07',
    batch: 'B1-B3',
    deliveryOn: SAMPLE_DELIVERY.from,
    firstDelivery: true,
    teamFormedOn: '2026-08-27',
    selfCheckCompletedOn: '2026-09-10',
    reportSubmittedOn: '2026-09-11',
    hqCheck: {
      checkedOn: '2026-09-09',
      departments: ['customer-relations', 'quality', 'contracts', 'project'],
    },
    items: [
      { id: 'HT-01', class: 'contracts-regulations', description: '竣工验收备案证', result: 'passed' },
      {
        id: 'HT-02',
        class: 'contracts-regulations',
        description: '燃气单项验收未完成，可能延期交付',
        result: 'failed',
        major: true,
        dispositions: [{ kind: 'contingency-plan', on: '2026-09-14' }],
      },
      { id: 'SJ-01', class: 'design-changes', description: '阳台栏杆变更已知会客户', result: 'passed' },
      {
        id: 'XS-01',
        class: 'sales-promises',
        description: '样板房地暖承诺',
        result: 'failed',
        dispositions: [{ kind: 'rectified', on: '2026-09-20' }],
      },
      {
        id: 'XS-02',
        class: 'sales-promises',
        description: '小区南门位置与沙盘不符，无法整改',
        result: 'failed',
        dispositions: [{ kind: 'customer-explanation', on: '2026-09-18' }],
      },
      { id: 'GC-01', class: 'engineering-quality', description: '公共部位观感', result: 'passed' },
      {
        id: 'GC-02',
        class: 'engineering-quality',
        description: '3号楼地下车库渗水',
        result: 'failed',
        major: true,
        dispositions: [{ kind: 'rectified', on: '2026-10-08' }],
      },
    ],
  };
}

/** JSON with 2-space indent, arrays of scalars on one line (as the repo's formatter, biome, writes them). */
function toJson(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object'))
      return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    const inner = `${indent}  `;
    return `[\n${value.map((v) => `${inner}${toJson(v, inner)}`).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const inner = `${indent}  `;
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${toJson(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

const CSV_DISCIPLINES = DELIVERY_REPAIR_DISCIPLINES.map((d) => `repairs.${d}`);
const CSV_HEADER = [
  'householdId',
  'eligible',
  'mode',
  'firstInspectedOn',
  'keysTakenAtFirstInspection',
  'keysTakenOn',
  'refusedReasons',
  ...CSV_DISCIPLINES,
];

function toCsv(households: readonly HouseholdDelivery[]): string {
  const rows = households.map((h) => [
    h.householdId,
    String(h.eligible),
    h.mode ?? '',
    h.firstInspectedOn ?? '',
    h.keysTakenAtFirstInspection === undefined ? '' : String(h.keysTakenAtFirstInspection),
    h.keysTakenOn ?? '',
    (h.refusedReasons ?? []).join('|'),
    ...DELIVERY_REPAIR_DISCIPLINES.map((d) => {
      const n = h.repairItems.filter((i) => i.discipline === d).length;
      return h.firstInspectedOn === undefined ? '' : String(n);
    }),
  ]);
  return `${[CSV_HEADER, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;
}

/** Every sample file, by path relative to the repository root. */
export function renderDeliverySamples(seed = DELIVERY_SAMPLE_SEED): Record<string, string> {
  const households = generateSampleHouseholds(seed);
  return {
    'examples/households.sample.json': `${toJson(households)}\n`,
    'examples/households.sample.csv': toCsv(households),
    'examples/delivery-risk-check.sample.json': `${toJson([sampleRiskCheck()])}\n`,
  };
}

export function main(args: readonly string[]): void {
  const root = findRepoRoot();
  const files = renderDeliverySamples();
  if (args.includes('--check')) {
    const stale = Object.entries(files).filter(
      ([p, text]) => !existsSync(join(root, p)) || readFileSync(join(root, p), 'utf8') !== text,
    );
    if (stale.length > 0) {
      process.stderr.write(`stale: ${stale.map(([p]) => p).join(', ')}\nRun \`npm run samples:delivery\`.\n`);
      process.exitCode = 1;
    }
    return;
  }
  mkdirSync(join(root, 'examples'), { recursive: true });
  for (const [p, text] of Object.entries(files)) writeFileSync(join(root, p), text);
  process.stdout.write(`wrote ${Object.keys(files).join(', ')}\n`);
}
