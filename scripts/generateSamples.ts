/**
 * Writes the sample complaints of `examples/` (JSON, JSON Lines, CSV): a few hundred
 * synthetic but realistic records over 2025-2026, from a seeded PRNG, so the same seed
 * gives the same bytes. Built into them, by design, are the cases the rules turn on (see
 * {@link SAMPLE_SCENARIOS}): a major group complaint, a hot repeat and one just below it,
 * compensation on both sides of 20,000 yuan, complaints on both sides of the 3-month
 * window after a centralized delivery, suggestions and enquiries, records received on
 * weekends and holidays, and a handful of bad records ({@link SAMPLE_BAD_RECORDS}).
 *
 *   npm run samples              writes examples/complaints.sample.{json,jsonl,csv}
 *   npm run samples -- --check   exits 1, naming the file, when a committed file is stale
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CALLBACK_OUTCOMES,
  type CallbackOutcome,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  type ComplaintCategory,
  type ComplaintChannel,
  ComplaintSchema,
  type CrisisSignal,
  isWorkingDay,
  type RecordKind,
} from '../src/index.js';
import { findRepoRoot } from './generateSchemas.js';

/** The demo's moment of judgement: every sample is received, replied, resolved... by then. */
export const SAMPLE_NOW = '2026-11-20T10:00:00+08:00';
/** The default seed. */
export const SAMPLE_SEED = 20261122;

/** The (project, issue) pairs and records built in on purpose, for tests and demos to find. */
export const SAMPLE_SCENARIOS = Object.freeze({
  /** 24 households in total; 12 of them with an open major complaint at SAMPLE_NOW (CMP-SEV-MAJOR-COUNT, CMP-SEV-GROUP). */
  majorGroup: {
    projectId: 'P-HZ-02',
    issue: 'decoration-standard-mismatch',
    households: 24,
    openMajorHouseholds: 12,
  },
  /** Exactly 3 distinct complainants in the 30 days up to SAMPLE_NOW; a 4th complained 20 minutes before the window (CMP-SEV-HOT-REPEAT). */
  hotRepeat: { projectId: 'P-SH-01', issue: 'elevator-noise', complainantsWithin30Days: 3 },
  /** Exactly 2 distinct complainants in the window (plus an enquiry, which does not count): below the line. */
  belowHotRepeat: { projectId: 'P-BJ-03', issue: 'property-fee-dispute', complainantsWithin30Days: 2 },
  /** compensationClaimed exactly 20,000 (not major: 超过 excludes it), 20,000.01 and 25,000 (major). */
  compensation: { notMajor: [20_000], major: [20_000.01, 25_000] },
  /** Centralized delivery 2026-03-15; the 3-month window's last day is 2026-06-15 (CMP-ROUTE-PHASE, LAW-WINDOW). */
  deliveryWindow: {
    projectId: 'P-WH-05',
    issue: 'window-seal',
    centralizedDeliveryAt: '2026-03-15',
    lastDayInWindow: '2026-06-15T20:30:00+08:00',
    firstAfterWindow: '2026-06-16T07:50:00+08:00',
  },
});

/** The bad records, by their position in the sample array, and what is wrong with each. */
export interface BadSample {
  readonly index: number;
  /** The field at fault (the first path segment of the validation issue). */
  readonly field: string;
  readonly defect: string;
}

const MS_DAY = 86_400_000;
const MS_HOUR = 3_600_000;
const MS_MIN = 60_000;
const NOW_MS = Date.parse(SAMPLE_NOW);

// ---- PRNG ------------------------------------------------------------------------------

/** mulberry32: a small 32-bit PRNG, uniform in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Rng {
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: readonly (readonly [T, number])[]): T;
}

function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[rng.int(0, items.length - 1)] as (typeof items)[number],
    weighted: (items) => {
      const total = items.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      return (items[items.length - 1] as (typeof items)[number])[0];
    },
  };
  return rng;
}

// ---- Days and instants, all in +08:00 and independent of the host's time zone ----------

const dayNumber = (day: string): number =>
  Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / MS_DAY;
const dayString = (n: number): string => new Date(n * MS_DAY).toISOString().slice(0, 10);
const pad2 = (n: number): string => String(n).padStart(2, '0');
/** An ISO instant at Shanghai wall time `hh:mm` on `day`. */
const at = (day: string, hh: number, mm: number, ss = 0): string =>
  `${day}T${pad2(hh)}:${pad2(mm)}:${pad2(ss)}+08:00`;
/** The +08:00 ISO string of epoch milliseconds. */
const iso = (ms: number): string => `${new Date(ms + 8 * MS_HOUR).toISOString().slice(0, 19)}+08:00`;

// ---- The world: projects, issues, channels ----------------------------------------------

interface Project {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  /** The centralized delivery (集中交付) day; null while not delivered. */
  readonly deliveredOn: string | null;
  /** Complaints start (sales opening). */
  readonly from: string;
  readonly buildings: number;
  readonly floors: number;
  readonly weight: number;
}

/** id | code | name | centralized delivery (- for none yet) | first complaints | buildings | floors | weight. */
const PROJECT_TABLE = `
P-SH-01 | SH01 | 滨江壹号院 | 2024-12-28 | 2025-01-02 | 12 | 32 | 5
P-HZ-02 | HZ02 | 西溪云庐   | 2025-06-28 | 2025-01-02 | 16 | 18 | 5
P-BJ-03 | BJ03 | 朝阳臻园   | 2025-11-08 | 2025-01-02 |  8 | 24 | 4
P-CD-04 | CD04 | 锦城天府   | -          | 2025-04-18 | 10 | 30 | 2
P-WH-05 | WH05 | 江岸华府   | 2026-03-15 | 2025-03-01 |  9 | 26 | 3
`;

/** The rows of a `|`-separated text table, cells trimmed. */
const tableRows = (table: string): string[][] =>
  table
    .trim()
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()));

const PROJECTS: readonly Project[] = tableRows(PROJECT_TABLE).map(
  ([id, code, name, deliveredOn, from, buildings, floors, weight]) => ({
    id: id as string,
    code: code as string,
    name: name as string,
    deliveredOn: deliveredOn === '-' ? null : (deliveredOn as string),
    from: from as string,
    buildings: Number(buildings),
    floors: Number(floors),
    weight: Number(weight),
  }),
);
const projectById = (id: string): Project => PROJECTS.find((p) => p.id === id) as Project;

interface Issue {
  readonly issue: string;
  readonly category: ComplaintCategory;
  /** pre: before delivery (sales); post: about a delivered home; any: either. */
  readonly phase: 'pre' | 'post' | 'any';
  readonly weight: number;
  readonly texts: readonly string[];
}

/** issue | category | phase | weight | what customers say (alternatives separated by ` / `). */
const ISSUE_TABLE = `
roof-leak | engineering-quality | post | 5 | 顶层卧室天花板渗水，雨天墙面出现大片水渍 / 屋面防水层破损，暴雨后次卧吊顶滴水
window-seal | engineering-quality | post | 5 | 外窗密封胶条老化，刮风时有啸叫声并渗水 / 窗框与墙体间缝隙渗水，窗台石材泡坏
wall-crack | engineering-quality | post | 4 | 客厅墙面出现多条裂缝，担心结构安全 / 卫生间墙砖空鼓开裂，要求返修
floor-heating-failure | engineering-quality | post | 3 | 入冬后地暖不热，室温不足16度 / 地暖分水器接口漏水，木地板起拱
elevator-noise | engineering-quality | post | 3 | 电梯运行时轿厢异响、抖动 / 电梯机房噪音大，顶层住户夜间无法入睡
drainage-blockage | engineering-quality | post | 3 | 厨房下水反味、排水不畅 / 公共排水立管堵塞，低层住户卫生间返水
sunlight-blocked | planning-design | any | 2 | 新建配套楼遮挡采光，与销售时展示的规划不符
parking-shortage | planning-design | any | 2 | 车位配比不足，访客车辆无处停放
public-facility-change | planning-design | any | 2 | 规划中的幼儿园用地改作商业，变更未公示
title-certificate-delay | sales-management | post | 4 | 交房已超过合同约定的办证期限，不动产权证仍未办出 / 办证进度无人告知，多次询问均无明确答复
contract-area-difference | sales-management | post | 2 | 实测面积比合同约定面积少2.6%，要求退还差价
school-district-promise | sales-management | pre | 3 | 置业顾问口头承诺的学区名额未落实 / 售楼处宣传的配套学校开学时间一再推迟
sales-contract-terms | sales-management | pre | 2 | 认购后被要求加签补充协议，条款与宣传不一致
property-fee-dispute | property-management | post | 4 | 物业费收费标准与前期物业服务合同不一致 / 未入住期间仍被全额收取物业费
garage-access | property-management | post | 3 | 地下车库道闸识别故障，业主车辆无法进出
greening-maintenance | property-management | post | 2 | 小区绿化无人修剪，枯死苗木一直未补种
security-patrol | property-management | post | 2 | 夜间门岗无人值守，外来人员随意进出
staff-attitude | customer-service | any | 3 | 客服人员接电话态度生硬，推诿不给答复
callback-missing | customer-service | post | 2 | 报修时承诺回访，一周后仍无人联系
repair-appointment-late | customer-service | post | 2 | 维修人员未按约定时间上门，迟到两个多小时
neighbour-construction-noise | other | any | 2 | 相邻地块夜间施工噪音扰民
mortgage-bank-delay | other | pre | 2 | 合作银行按揭放款迟缓，影响网签备案
municipal-road-unfinished | other | any | 1 | 小区门前市政道路迟迟未通车
`;

const ISSUES: readonly Issue[] = tableRows(ISSUE_TABLE).map(([issue, category, phase, weight, texts]) => ({
  issue: issue as string,
  category: category as ComplaintCategory,
  phase: phase as Issue['phase'],
  weight: Number(weight),
  texts: (texts as string).split(' / '),
}));

/** Pairs only the designed scenarios write, so that background noise cannot change their counts. */
const RESERVED = new Set([
  `${SAMPLE_SCENARIOS.majorGroup.projectId}|${SAMPLE_SCENARIOS.majorGroup.issue}`,
  `${SAMPLE_SCENARIOS.hotRepeat.projectId}|${SAMPLE_SCENARIOS.hotRepeat.issue}`,
  `${SAMPLE_SCENARIOS.belowHotRepeat.projectId}|${SAMPLE_SCENARIOS.belowHotRepeat.issue}`,
]);

const CHANNEL_WEIGHTS: readonly (readonly [ComplaintChannel, number])[] = [
  ['hotline-400', 25],
  ['project-service-line', 20],
  ['visit', 15],
  ['project-mailbox', 8],
  ['members-club-line', 7],
  ['hq-supervision-hotline', 7],
  ['public-forum', 7],
  ['hq-supervision-mailbox', 5],
  ['letter', 5],
];

const CHANNEL_VERB: Readonly<Record<ComplaintChannel, string>> = {
  'hotline-400': '致电400热线反映',
  'project-service-line': '致电项目客服反映',
  'project-mailbox': '发邮件至项目邮箱反映',
  'hq-supervision-hotline': '致电集团监督热线投诉',
  'hq-supervision-mailbox': '致信集团监督邮箱投诉',
  'members-club-line': '通过会员俱乐部热线反映',
  'public-forum': '在业主论坛发帖称',
  visit: '到项目客服中心反映',
  letter: '来函反映',
  wechat: '通过微信公众号反映',
  app: '通过业主App反映',
  'web-form': '通过官网在线表单反映',
  'gov-hotline-12345': '致电12345政务服务便民热线反映',
};

/** The channels people use now (WeChat, the app, the web form, the 12345 government line). */
const MODERN_CHANNELS: readonly ComplaintChannel[] = ['wechat', 'app', 'web-form', 'gov-hotline-12345'];

/**
 * Since mid-2025, part of the hotline and service-line traffic arrives by the channels people
 * use now: every sixth such background complaint, in turn. No random draw, so every other
 * field of every record stays as it was.
 */
function modernChannels(drafts: Draft[]): Draft[] {
  let n = 0;
  for (const d of drafts) {
    const channel = d.channel as ComplaintChannel;
    if (d.receivedAt < '2025-07-01' || (channel !== 'hotline-400' && channel !== 'project-service-line'))
      continue;
    if (n++ % 6 !== 5) continue;
    const next = MODERN_CHANNELS[Math.floor(n / 6) % MODERN_CHANNELS.length] as ComplaintChannel;
    d.channel = next;
    d.summary = String(d.summary).replace(CHANNEL_VERB[channel], CHANNEL_VERB[next]);
  }
  return drafts;
}

// ---- Records ---------------------------------------------------------------------------

/** A record as it is built: any key of the complaint record, in any order (written in schema order). */
type Draft = Record<string, unknown> & { receivedAt: string };

interface Home {
  readonly householdId: string;
  readonly complainantId: string;
  /** 滨江壹号院9栋2801室业主, for the summary. */
  readonly who: string;
}

function home(p: Project, building: number, room: string, person = 1): Home {
  return {
    householdId: `H-${p.code}-${pad2(building)}-${room}`,
    complainantId: `U-${p.code}-${pad2(building)}-${room}-${person}`,
    who:
      p.deliveredOn === null
        ? `${p.name}${building}栋${room}室认购客户`
        : `${p.name}${building}栋${room}室业主`,
  };
}

function randomHome(rng: Rng, p: Project): Home {
  const room = `${pad2(rng.int(2, p.floors))}${pad2(rng.int(1, 4))}`;
  return home(p, rng.int(1, p.buildings), room, rng.chance(0.8) ? 1 : 2);
}

/** The same instant if it falls in office hours (09:00-18:00 Shanghai), else the next 09:00-10:30. */
function office(rng: Rng, ms: number): number {
  const local = ms + 8 * MS_HOUR;
  const hour = Math.floor((local % MS_DAY) / MS_HOUR);
  if (hour >= 9 && hour < 18) return ms;
  const midnight = Math.floor(local / MS_DAY) * MS_DAY - 8 * MS_HOUR;
  return (hour >= 18 ? midnight + MS_DAY : midnight) + 9 * MS_HOUR + rng.int(0, 90) * MS_MIN;
}

interface Lifecycle {
  replyAfterH?: number;
  completeAfterD?: number;
  outcome?: CallbackOutcome;
}

/**
 * Reply, completion, callback and closure after receipt, as far as SAMPLE_NOW allows: what
 * would lie after it has not happened yet. Satisfied at the callback closes (CMP-CLOSE); no
 * contact information closes without a callback, the reply attached (CMP-CLOSE).
 */
function live(rng: Rng, d: Draft, plan: Lifecycle = {}): void {
  const received = Date.parse(d.receivedAt);
  const replied = office(
    rng,
    received + (plan.replyAfterH ?? rng.int(2, 40)) * MS_HOUR + rng.int(0, 59) * MS_MIN,
  );
  if (replied > NOW_MS) return;
  d.repliedAt = iso(replied);
  const completed = office(
    rng,
    received + (plan.completeAfterD ?? rng.int(1, 14)) * MS_DAY + rng.int(0, 8) * MS_HOUR,
  );
  if (completed > NOW_MS || completed < replied) return;
  d.handlingCompletedAt = iso(completed);
  if (d.hasContactInfo === false) {
    d.resolvedAt = iso(completed);
    d.closedAt = iso(completed + 2 * MS_HOUR);
    return;
  }
  const called = office(rng, completed + rng.int(4, 44) * MS_HOUR);
  if (called > NOW_MS) return;
  const outcome =
    plan.outcome ??
    rng.weighted<CallbackOutcome>([
      ['satisfied', 80],
      ['not-satisfied', 8],
      ['no-answer', 8],
      ['refused', 4],
    ]);
  d.calledBackAt = iso(called);
  d.callbackOutcome = outcome;
  if (outcome === 'satisfied') {
    d.resolvedAt = iso(completed);
    d.closedAt = iso(called);
  }
}

/** A receipt time on `day`: office hours on a working day, a little wider on a rest day. */
function timeOn(rng: Rng, day: string): string {
  return isWorkingDay(day)
    ? at(day, rng.int(8, 17), rng.int(0, 59))
    : at(day, rng.int(9, 20), rng.int(0, 59));
}

const FIRST_DAY = dayNumber('2025-01-02');
const LAST_DAY = dayNumber('2026-11-19');
const WINDOW_START_MS = NOW_MS - 30 * MS_DAY;

function background(rng: Rng, count: number): Draft[] {
  const out: Draft[] = [];
  const inWindow = new Set<string>();
  const projects = PROJECTS.map((p) => [p, p.weight] as const);
  while (out.length < count) {
    const p = rng.weighted(projects);
    let day = dayString(rng.int(Math.max(FIRST_DAY, dayNumber(p.from)), LAST_DAY));
    // Mostly working days; about one in twelve on a weekend or holiday, as the hotline works then too.
    const wantRest = rng.chance(0.08);
    for (let i = 0; i < 20 && isWorkingDay(day) === wantRest; i++) {
      day = dayString(dayNumber(day) + 1 > LAST_DAY ? FIRST_DAY + 30 : dayNumber(day) + 1);
    }
    const delivered = p.deliveredOn !== null && day >= p.deliveredOn;
    const pool = ISSUES.filter(
      (x) =>
        (delivered ? x.phase !== 'pre' || rng.chance(0.1) : x.phase !== 'post') &&
        !RESERVED.has(`${p.id}|${x.issue}`),
    );
    const issue = rng.weighted(pool.map((x) => [x, x.weight] as const));
    const receivedAt = timeOn(rng, day);
    const key = `${p.id}|${issue.issue}`;
    // Keep the last 30 days quiet: one background complainant per pair at most, so the designed hot repeat is the only one.
    if (Date.parse(receivedAt) >= WINDOW_START_MS) {
      if (inWindow.has(key)) continue;
      inWindow.add(key);
    }
    const h = randomHome(rng, p);
    const channel = rng.weighted(CHANNEL_WEIGHTS);
    const d: Draft = {
      projectId: p.id,
      householdId: h.householdId,
      complainantId: h.complainantId,
      issue: issue.issue,
      category: issue.category,
      receivedAt,
      channel,
      summary: `${h.who}${CHANNEL_VERB[channel]}：${rng.pick(issue.texts)}`,
    };
    if (channel === 'public-forum' ? rng.chance(0.5) : rng.chance(0.04)) d.hasContactInfo = false;
    if (delivered) d.centralizedDeliveryAt = p.deliveredOn;
    if (issue.category === 'engineering-quality' && delivered) {
      d.inWarranty = true;
      if (rng.chance(0.15)) {
        d.compensationClaimed = rng.int(2, 30) * 500;
        if (rng.chance(0.5)) d.involvesDeveloperCompensation = true;
      }
    }
    if (issue.issue === 'title-certificate-delay' && rng.chance(0.5)) d.developerLegacyIssue = true;
    if (rng.chance(0.04)) d.mayLeadToLawsuitOrMedia = true;
    if (rng.chance(0.03)) d.collectiveComplainants = rng.int(2, 8);
    live(rng, d);
    if (d.resolvedAt === undefined && rng.chance(0.15)) d.delayOnCompanySide = true;
    out.push(d);
  }
  return out;
}

/** A designed record: the fixed facts, plus a summary from its channel. */
function designed(
  h: Home,
  p: Project,
  fields: Record<string, unknown> & { receivedAt: string; channel: ComplaintChannel; text: string },
): Draft {
  const { text, ...rest } = fields;
  const channel = rest.channel;
  return {
    projectId: p.id,
    householdId: h.householdId,
    complainantId: h.complainantId,
    ...rest,
    summary: `${h.who}${CHANNEL_VERB[channel]}：${text}`,
  };
}

function majorGroup(rng: Rng): Draft[] {
  const p = projectById(SAMPLE_SCENARIOS.majorGroup.projectId);
  const issue = SAMPLE_SCENARIOS.majorGroup.issue;
  const base = {
    issue,
    category: 'sales-management' as const,
    centralizedDeliveryAt: p.deliveredOn,
  };
  const rooms = [
    '0301',
    '0502',
    '0701',
    '0902',
    '1101',
    '1202',
    '1401',
    '1502',
    '1601',
    '1702',
    '1801',
    '0402',
  ];
  const homes = Array.from({ length: SAMPLE_SCENARIOS.majorGroup.households }, (_, i) =>
    home(p, [3, 5][i % 2] as number, rooms[Math.floor(i / 2)] as string),
  );
  const out: Draft[] = [];
  const start = dayNumber('2026-07-06');
  const texts = [
    '精装交付标准与合同附件及样板间不符，橱柜、地板品牌被降档',
    '交付的精装修与样板间差异大，厨电品牌与合同约定不一致',
    '合同约定的进口卫浴被替换为国产低档品牌',
  ];
  homes.forEach((h, i) => {
    // The households resolved since complained early enough for the plan to be carried out by now.
    const resolvedLater = i >= 12 && i < 19;
    let day = dayString(start + rng.int(0, resolvedLater ? 80 : 130));
    while (!isWorkingDay(day)) day = dayString(dayNumber(day) + 1);
    const d = designed(h, p, {
      ...base,
      receivedAt: timeOn(rng, day),
      channel: rng.pick([
        'project-service-line',
        'visit',
        'hotline-400',
        'hq-supervision-hotline',
        'letter',
      ] as const),
      text: rng.pick(texts),
    });
    if (i < 9) {
      // Open and major by its own facts: a claim over 20,000 yuan (CMP-SEV-MAJOR-COMP).
      d.compensationClaimed = rng.pick([30_000, 45_000, 50_000, 60_000, 80_000, 120_000]);
      d.summary = `${d.summary}，要求按差价赔偿${(d.compensationClaimed as number) / 10_000}万元`;
      d.mayLeadToLawsuitOrMedia = rng.chance(0.4);
      live(rng, d, { completeAfterD: 10_000 });
    } else if (i < 12) {
      // Open and major: demands to return the home (CMP-SEV-MAJOR-CLAIM).
      d.demandsReturnOrLargeCompensation = true;
      d.summary = `${d.summary}，认为商品房与合同严重不符，要求退房`;
      live(rng, d, { completeAfterD: 10_000 });
    } else if (resolvedLater) {
      // Was major, since resolved: a replacement plan was agreed.
      d.compensationClaimed = 30_000;
      live(rng, d, { replyAfterH: 20, completeAfterD: 12, outcome: 'satisfied' });
      if (d.resolvedAt === undefined)
        throw new Error(`group household ${i} should be resolved by ${SAMPLE_NOW}`);
      d.summary = `${d.summary}；已与业主达成更换方案`;
    } else {
      // Open, but not major by itself.
      if (i % 2 === 1) d.compensationClaimed = 8000;
      live(rng, d, { completeAfterD: 10_000 });
    }
    out.push(d);
  });
  // Two households complained again, to the HQ hotline: still one household each.
  for (const i of [2, 14]) {
    const first = out[i] as Draft;
    const again: Draft = {
      ...first,
      receivedAt: iso(Date.parse(first.receivedAt) + 9 * MS_DAY),
      channel: 'hq-supervision-hotline',
      summary: `${(homes[i] as Home).who}${CHANNEL_VERB['hq-supervision-hotline']}：项目处理进度缓慢，要求集团介入`,
    };
    delete again.repliedAt;
    delete again.handlingCompletedAt;
    delete again.calledBackAt;
    delete again.callbackOutcome;
    delete again.resolvedAt;
    delete again.closedAt;
    if (Date.parse(again.receivedAt) > NOW_MS) continue;
    if (typeof first.resolvedAt === 'string') {
      // Resolved with the first record (or two days after the follow-up, whichever is later).
      const resolved = Math.max(Date.parse(first.resolvedAt), Date.parse(again.receivedAt) + 2 * MS_DAY);
      if (resolved > NOW_MS) throw new Error(`group household ${i} should be resolved by ${SAMPLE_NOW}`);
      again.resolvedAt = iso(resolved);
      again.closedAt = iso(resolved);
    }
    out.push(again);
  }
  // A collective visit, led by one of the households already counted.
  const visit = designed(homes[19] as Home, p, {
    ...base,
    receivedAt: at('2026-09-08', 9, 30),
    channel: 'visit',
    collectiveComplainants: 18,
    mayLeadToLawsuitOrMedia: true,
    text: '18名业主集体到访售楼处，拉横幅要求兑现"样板间同款"精装标准,并要求公司书面答复',
  });
  return [...out, visit];
}

function hotRepeat(): Draft[] {
  const { projectId, issue } = SAMPLE_SCENARIOS.hotRepeat;
  const p = projectById(projectId);
  const base = {
    issue,
    category: 'engineering-quality' as const,
    centralizedDeliveryAt: p.deliveredOn,
    inWarranty: true,
  };
  const a = home(p, 9, '2801');
  const rows: [Home, string, ComplaintChannel, string][] = [
    [a, at('2026-08-12', 10, 15), 'project-service-line', '9栋1号电梯运行时轿厢异响、抖动'],
    // 20 minutes before the 30-day window opens (2026-10-21T10:00+08:00): not counted.
    [home(p, 9, '3202'), at('2026-10-21', 9, 40), 'hotline-400', '9栋电梯机房噪音大，顶层夜间无法入睡'],
    [a, at('2026-10-26', 14, 20), 'project-service-line', '9栋1号电梯异响维修后再次出现'],
    [home(p, 9, '3001'), at('2026-11-06', 11, 5), 'members-club-line', '9栋电梯下行时有金属摩擦声'],
    [home(p, 9, '2902', 2), at('2026-11-13', 16, 30), 'public-forum', '9栋电梯异响多次报修未解决，担心安全'],
    [
      a,
      at('2026-11-18', 9, 50),
      'hq-supervision-hotline',
      '9栋1号电梯问题一个月内反复出现，要求彻底更换曳引机',
    ],
  ];
  return rows.map(([h, receivedAt, channel, text]) => designed(h, p, { ...base, receivedAt, channel, text }));
}

function belowHotRepeat(): Draft[] {
  const { projectId, issue } = SAMPLE_SCENARIOS.belowHotRepeat;
  const p = projectById(projectId);
  const base = { issue, category: 'property-management' as const, centralizedDeliveryAt: p.deliveredOn };
  const e = home(p, 5, '0602');
  const rows: [Home, string, ComplaintChannel, string][] = [
    [home(p, 2, '1101'), at('2026-09-02', 10, 30), 'visit', '物业费收费标准高于前期物业服务合同约定'],
    [e, at('2026-10-28', 15, 10), 'project-service-line', '空置房仍被按全额收取物业费'],
    [home(p, 6, '1803'), at('2026-11-10', 9, 20), 'hotline-400', '物业费上调未经业主大会同意'],
    [e, at('2026-11-17', 14, 45), 'project-mailbox', '物业费问题两周无答复'],
  ];
  const out = rows.map(([h, receivedAt, channel, text]) =>
    designed(h, p, { ...base, receivedAt, channel, text }),
  );
  // An enquiry on the same issue from a third person: recorded on the same form, not a complaint.
  out.push(
    designed(home(p, 3, '0901'), p, {
      ...base,
      kind: 'enquiry',
      receivedAt: at('2026-11-12', 10, 40),
      channel: 'hotline-400',
      text: '咨询物业费收费标准的依据和缴费方式',
      repliedAt: at('2026-11-12', 15, 0),
      handlingCompletedAt: at('2026-11-12', 15, 0),
    }),
  );
  return out;
}

function thresholdsAndWindow(): Draft[] {
  const sh = projectById('P-SH-01');
  const bj = projectById('P-BJ-03');
  const wh = projectById('P-WH-05');
  const w = SAMPLE_SCENARIOS.deliveryWindow;
  return [
    designed(home(sh, 4, '3202'), sh, {
      issue: 'roof-leak',
      category: 'engineering-quality',
      receivedAt: at('2026-07-08', 10, 20),
      channel: 'project-service-line',
      text: '顶层复式屋面渗漏，木地板及墙纸损坏，要求赔偿装修损失2万元',
      compensationClaimed: 20_000,
      centralizedDeliveryAt: sh.deliveredOn,
      inWarranty: true,
      involvesDeveloperCompensation: true,
      repliedAt: at('2026-07-09', 11, 0),
    }),
    designed(home(bj, 7, '1502'), bj, {
      issue: 'floor-heating-failure',
      category: 'engineering-quality',
      receivedAt: at('2026-01-12', 14, 5),
      channel: 'hotline-400',
      text: '地暖管爆裂泡坏楼下吊顶，按维修报价单索赔20000.01元',
      compensationClaimed: 20_000.01,
      centralizedDeliveryAt: bj.deliveredOn,
      inWarranty: true,
      involvesDeveloperCompensation: true,
      repliedAt: at('2026-01-13', 9, 30),
      handlingCompletedAt: at('2026-01-20', 17, 0),
      calledBackAt: at('2026-01-21', 10, 0),
      callbackOutcome: 'not-satisfied',
    }),
    designed(home(wh, 6, '2203'), wh, {
      issue: 'wall-crack',
      category: 'engineering-quality',
      receivedAt: at('2026-08-20', 15, 40),
      channel: 'letter',
      text: '共两页：\n一、主卧外墙贯穿裂缝，雨天渗水；\n二、要求赔偿损失25000元并出具结构安全鉴定',
      compensationClaimed: 25_000,
      centralizedDeliveryAt: wh.deliveredOn,
      inWarranty: true,
      involvesDeveloperCompensation: true,
      delayOnCompanySide: true,
    }),
    designed(home(wh, 3, '1102'), wh, {
      issue: w.issue,
      category: 'engineering-quality',
      receivedAt: w.lastDayInWindow,
      channel: 'hotline-400',
      text: '主卧外窗密封不严，台风天窗台渗水（集中交付后3个月内最后一天来电）',
      centralizedDeliveryAt: w.centralizedDeliveryAt,
      inWarranty: true,
      repliedAt: at('2026-06-16', 10, 0),
      handlingCompletedAt: at('2026-06-22', 16, 0),
      calledBackAt: at('2026-06-23', 10, 30),
      callbackOutcome: 'satisfied',
      resolvedAt: at('2026-06-22', 16, 0),
      closedAt: at('2026-06-23', 10, 30),
    }),
    designed(home(wh, 3, '1202'), wh, {
      issue: w.issue,
      category: 'engineering-quality',
      receivedAt: w.firstAfterWindow,
      channel: 'project-mailbox',
      text: '客厅推拉窗胶条脱落，雨水渗入地板（集中交付3个月以后）',
      centralizedDeliveryAt: w.centralizedDeliveryAt,
      inWarranty: true,
      repliedAt: at('2026-06-16', 14, 0),
    }),
  ];
}

function crisisAndLegal(): Draft[] {
  const sh = projectById('P-SH-01');
  const cd = projectById('P-CD-04');
  const bj = projectById('P-BJ-03');
  return [
    designed(home(sh, 2, '0101'), sh, {
      issue: 'garage-flooding',
      category: 'engineering-quality',
      receivedAt: at('2025-08-01', 6, 45),
      channel: 'hotline-400',
      text: '台风暴雨导致地下车库进水，多辆业主车辆被淹，要求开发商与物业共同赔偿',
      crisisSignals: ['disaster'] satisfies CrisisSignal[],
      collectiveComplainants: 26,
      centralizedDeliveryAt: sh.deliveredOn,
      inWarranty: true,
      involvesDeveloperCompensation: true,
      repliedAt: at('2025-08-01', 9, 0),
      handlingCompletedAt: at('2025-08-20', 17, 0),
      calledBackAt: at('2025-08-21', 15, 0),
      callbackOutcome: 'satisfied',
      resolvedAt: at('2025-08-20', 17, 0),
      closedAt: at('2025-08-21', 15, 0),
    }),
    designed(home(cd, 6, '1801'), cd, {
      issue: 'school-district-promise',
      category: 'sales-management',
      receivedAt: at('2026-05-20', 21, 10),
      channel: 'public-forum',
      text: '"学区房"承诺落空，其自媒体视频转发量超过10万,多家媒体跟进报道',
      mediaExposed: true,
      crisisSignals: ['brand-damaging-media', 'public-outrage'] satisfies CrisisSignal[],
      hasContactInfo: false,
      repliedAt: at('2026-05-21', 12, 0),
    }),
    designed(home(bj, 3, '0702'), bj, {
      issue: 'contract-area-difference',
      category: 'sales-management',
      receivedAt: at('2026-04-09', 10, 0),
      channel: 'letter',
      text: '律师函：实测面积少于合同面积3.1%，已向法院起诉要求退还差价',
      lawsuitFiled: true,
      centralizedDeliveryAt: bj.deliveredOn,
      repliedAt: at('2026-04-10', 16, 0),
    }),
  ];
}

function holidays(rng: Rng): Draft[] {
  const rows: [string, string, string, number, number][] = [
    ['P-HZ-02', 'roof-leak', '2025-10-02', 10, 5],
    ['P-CD-04', 'school-district-promise', '2025-10-05', 15, 30],
    ['P-SH-01', 'garage-access', '2025-10-07', 19, 20],
    ['P-WH-05', 'sales-contract-terms', '2025-10-08', 11, 0],
    ['P-BJ-03', 'floor-heating-failure', '2026-02-16', 20, 40],
    ['P-SH-01', 'drainage-blockage', '2026-02-18', 8, 15],
    ['P-HZ-02', 'security-patrol', '2026-02-21', 22, 5],
    ['P-BJ-03', 'staff-attitude', '2026-02-23', 9, 35],
  ];
  return rows.map(([projectId, issueKey, day, hh, mm]) => {
    const p = projectById(projectId);
    const issue = ISSUES.find((x) => x.issue === issueKey) as Issue;
    const d = designed(randomHome(rng, p), p, {
      issue: issueKey,
      category: issue.category,
      receivedAt: at(day, hh, mm),
      channel: 'hotline-400',
      text: `（节假日值班受理）${rng.pick(issue.texts)}`,
    });
    if (p.deliveredOn !== null && day >= p.deliveredOn) d.centralizedDeliveryAt = p.deliveredOn;
    if (issue.category === 'engineering-quality' && d.centralizedDeliveryAt !== undefined)
      d.inWarranty = true;
    live(rng, d);
    return d;
  });
}

/** kind | project | issue | category | received | channel | what was said | follow-up (key=value, `;`-separated). */
const SUGGESTION_AND_ENQUIRY_TABLE = `
suggestion | P-SH-01 | ev-charging | property-management | 2025-05-14T10:30:00+08:00 | members-club-line | 建议地下车库增设电动车充电桩 | repliedAt=2025-05-15T11:00:00+08:00
suggestion | P-HZ-02 | playground | planning-design | 2025-09-03T14:00:00+08:00 | public-forum | 建议在中心花园增加儿童游乐设施 | hasContactInfo=false
suggestion | P-BJ-03 | repair-progress-app | customer-service | 2026-03-11T09:45:00+08:00 | project-mailbox | 建议在业主App公开报修处理进度 | repliedAt=2026-03-12T10:00:00+08:00; handlingCompletedAt=2026-04-30T17:00:00+08:00; calledBackAt=2026-05-06T10:00:00+08:00; callbackOutcome=satisfied
suggestion | P-CD-04 | show-flat-labels | sales-management | 2026-06-06T16:20:00+08:00 | visit | 建议样板间明确标注哪些为交付标准、哪些为展示用品 |
suggestion | P-WH-05 | shuttle-bus | other | 2026-09-17T08:50:00+08:00 | hq-supervision-mailbox | 建议开通小区至地铁站的接驳班车 | hasContactInfo=false
enquiry | P-SH-01 | title-certificate-progress | sales-management | 2025-03-20T11:10:00+08:00 | hotline-400 | 咨询不动产权证办理进度及领取时间 | repliedAt=2025-03-20T11:10:00+08:00; handlingCompletedAt=2025-03-20T11:25:00+08:00
enquiry | P-CD-04 | delivery-schedule | sales-management | 2025-12-02T15:00:00+08:00 | project-service-line | 咨询交付时间安排及交付前验房流程 | repliedAt=2025-12-03T10:00:00+08:00
enquiry | P-WH-05 | warranty-period | engineering-quality | 2026-04-14T10:05:00+08:00 | hotline-400 | 咨询防水、门窗等各部位的保修期限 | centralizedDeliveryAt=2026-03-15; repliedAt=2026-04-14T16:00:00+08:00; handlingCompletedAt=2026-04-14T16:00:00+08:00; calledBackAt=2026-04-15T10:00:00+08:00; callbackOutcome=no-answer
enquiry | P-HZ-02 | parking-policy | property-management | 2026-07-21T13:30:00+08:00 | visit | 咨询地下车位租售政策及月租标准 | centralizedDeliveryAt=2025-06-28
enquiry | P-BJ-03 | school-nearby | other | 2026-10-13T09:00:00+08:00 | public-forum | 咨询周边配套小学的招生划片情况 | hasContactInfo=false
`;

function suggestionsAndEnquiries(): Draft[] {
  return tableRows(SUGGESTION_AND_ENQUIRY_TABLE).map(
    ([kind, projectId, issue, category, receivedAt, channel, text, extra], i) => {
      const p = projectById(projectId as string);
      const h = home(p, 1 + (i % 6), `${pad2(5 + i)}0${1 + (i % 4)}`);
      const d = designed(h, p, {
        kind: kind as RecordKind,
        issue,
        category: category as ComplaintCategory,
        receivedAt: receivedAt as string,
        channel: channel as ComplaintChannel,
        text: text as string,
      });
      for (const pair of (extra as string).split(';').filter((x) => x.trim() !== '')) {
        const [key, value] = pair.split('=').map((x) => x.trim()) as [string, string];
        d[key] = value === 'false' ? false : value === 'true' ? true : value;
      }
      return d;
    },
  );
}

/** The bad records: a legacy import's defects, each a single one, so both validators fail on that field alone. */
function badRecords(rng: Rng): { draft: Draft; field: string; defect: string; sortAt: string }[] {
  const sh = projectById('P-SH-01');
  const hz = projectById('P-HZ-02');
  const wh = projectById('P-WH-05');
  const cd = projectById('P-CD-04');
  const bj = projectById('P-BJ-03');
  const mk = (
    p: Project,
    issue: string,
    category: string,
    receivedAt: string,
    channel: string,
    text: string,
  ): Draft => {
    const h = randomHome(rng, p);
    return {
      projectId: p.id,
      householdId: h.householdId,
      complainantId: h.complainantId,
      issue,
      category,
      receivedAt,
      channel,
      summary: `${h.who}：${text}`,
    };
  };
  const roof = mk(
    sh,
    'roof-leak',
    'roof',
    at('2025-03-12', 10, 0),
    'hotline-400',
    '屋面渗水（旧系统导入，分类填写为roof）',
  );
  const noOffset = mk(
    hz,
    'window-seal',
    'engineering-quality',
    '2026-10-09 09:30',
    'visit',
    '外窗渗水（旧系统导入，受理时间无时区）',
  );
  const negative = mk(
    wh,
    'wall-crack',
    'engineering-quality',
    at('2026-07-15', 14, 0),
    'project-service-line',
    '墙面开裂（索赔金额录入为负数）',
  );
  negative.compensationClaimed = -5000;
  const noId = mk(
    bj,
    'garage-access',
    'property-management',
    at('2026-02-04', 9, 15),
    'project-service-line',
    '车库道闸故障（缺少投诉编号）',
  );
  const channel = mk(
    cd,
    'school-district-promise',
    'sales-management',
    at('2025-11-18', 16, 45),
    'douyin',
    '通过抖音直播间评论反映学区承诺问题（渠道不在登记范围内）',
  );
  return [
    { draft: roof, field: 'category', defect: "unknown category 'roof'", sortAt: roof.receivedAt },
    {
      draft: noOffset,
      field: 'receivedAt',
      defect: "receivedAt '2026-10-09 09:30' has no offset",
      sortAt: at('2026-10-09', 9, 30),
    },
    {
      draft: negative,
      field: 'compensationClaimed',
      defect: 'negative compensationClaimed (-5000)',
      sortAt: negative.receivedAt,
    },
    { draft: noId, field: 'id', defect: 'missing id', sortAt: noId.receivedAt },
    { draft: channel, field: 'channel', defect: "unknown channel 'douyin'", sortAt: channel.receivedAt },
  ];
}

/** The record's keys in the schema's order: what every writer (JSON, JSONL, CSV) follows. */
export const COMPLAINT_FIELDS: readonly string[] = Object.keys(ComplaintSchema.shape);

function inSchemaOrder(d: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of COMPLAINT_FIELDS) if (d[k] !== undefined) out[k] = d[k];
  for (const k of Object.keys(d))
    if (!(k in out) && d[k] !== undefined) throw new Error(`unknown field ${k}`);
  return out;
}

interface Generated {
  readonly records: Record<string, unknown>[];
  readonly bad: BadSample[];
}

function generate(seed: number): Generated {
  const rng = createRng(seed);
  const good: { draft: Draft; sortAt: string; bad?: { field: string; defect: string } }[] = [
    ...majorGroup(rng),
    ...hotRepeat(),
    ...belowHotRepeat(),
    ...thresholdsAndWindow(),
    ...crisisAndLegal(),
    ...holidays(rng),
    ...suggestionsAndEnquiries(),
    ...modernChannels(background(rng, 360)),
  ].map((draft) => ({ draft, sortAt: draft.receivedAt }));
  const all = [
    ...good,
    ...badRecords(rng).map(({ draft, sortAt, field, defect }) => ({ draft, sortAt, bad: { field, defect } })),
  ];
  // Sort by receipt (ties in build order), then number the records per year of receipt.
  const order = all.map((x, i) => ({ ...x, i, ms: Date.parse(x.sortAt) }));
  order.sort((a, b) => a.ms - b.ms || a.i - b.i);
  const perYear = new Map<string, number>();
  const records: Record<string, unknown>[] = [];
  const bad: BadSample[] = [];
  order.forEach((x, index) => {
    const year = x.sortAt.slice(0, 4);
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    const withId: Record<string, unknown> =
      x.bad?.field === 'id' ? { ...x.draft } : { id: `C-${year}-${String(n).padStart(4, '0')}`, ...x.draft };
    records.push(inSchemaOrder(withId));
    if (x.bad !== undefined) bad.push({ index, ...x.bad });
  });
  return { records, bad };
}

/**
 * The sample complaints, deterministic for a seed: a few hundred records, a handful of
 * them bad on purpose (see {@link SAMPLE_BAD_RECORDS}).
 */
export function generateSampleComplaints(seed = SAMPLE_SEED): unknown[] {
  return generate(seed).records;
}

/** The bad records of the default seed's samples: their index and their defect. */
export const SAMPLE_BAD_RECORDS: readonly BadSample[] = Object.freeze(generate(SAMPLE_SEED).bad);

// ---- Writers ---------------------------------------------------------------------------

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

/** One CSV cell (RFC 4180): absent is empty; booleans true/false; lists joined with `|`; quoted when needed. */
function csvCell(value: unknown): string {
  if (value === undefined) return '';
  const s = Array.isArray(value) ? value.join('|') : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The three files, by name under examples/, as written. */
export function renderSamples(seed = SAMPLE_SEED): Record<string, string> {
  const records = generateSampleComplaints(seed) as Record<string, unknown>[];
  const columns = COMPLAINT_FIELDS.filter((k) => records.some((r) => r[k] !== undefined));
  const csv = [columns.join(','), ...records.map((r) => columns.map((k) => csvCell(r[k])).join(','))];
  return {
    'complaints.sample.json': `${toJson(records)}\n`,
    'complaints.sample.jsonl': records.map((r) => `${JSON.stringify(r)}\n`).join(''),
    'complaints.sample.csv': csv.map((line) => `${line}\r\n`).join(''),
  };
}

/** Checks the default samples against ComplaintSchema: exactly the listed records are bad. */
function assertSamples(records: readonly unknown[]): void {
  const badIndexes = new Set(SAMPLE_BAD_RECORDS.map((b) => b.index));
  records.forEach((r, i) => {
    if (ComplaintSchema.safeParse(r).success === badIndexes.has(i)) {
      throw new Error(
        `sample ${i} is ${badIndexes.has(i) ? 'valid but listed as bad' : 'invalid but not listed as bad'}`,
      );
    }
  });
  const used = (key: string) => new Set(records.map((r) => (r as Record<string, unknown>)[key]));
  for (const c of COMPLAINT_CATEGORIES) if (!used('category').has(c)) throw new Error(`category ${c} unused`);
  for (const c of COMPLAINT_CHANNELS) if (!used('channel').has(c)) throw new Error(`channel ${c} unused`);
  for (const o of CALLBACK_OUTCOMES)
    if (!used('callbackOutcome').has(o)) throw new Error(`callback outcome ${o} unused`);
}

/** `npm run samples` writes examples/; `npm run samples -- --check` exits 1 when a committed file is stale. */
export function main(args: readonly string[]): void {
  const dir = join(findRepoRoot(), 'examples');
  assertSamples(generateSampleComplaints());
  const files = renderSamples();
  if (args.includes('--check')) {
    const stale = Object.entries(files)
      .filter(
        ([name, text]) => !existsSync(join(dir, name)) || readFileSync(join(dir, name), 'utf8') !== text,
      )
      .map(([name]) => `examples/${name} is stale or missing`);
    if (stale.length > 0) {
      process.stderr.write(`${stale.join('\n')}\nRun \`npm run samples\` and commit the result.\n`);
      process.exitCode = 1;
      return;
    }
    process.stdout.write(`examples/ is up to date (${Object.keys(files).length} files)\n`);
    return;
  }
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const count = generateSampleComplaints().length;
  process.stdout.write(
    `wrote ${count} records (${SAMPLE_BAD_RECORDS.length} bad, at ${SAMPLE_BAD_RECORDS.map((b) => b.index).join(', ')}) to ${Object.keys(
      files,
    )
      .map((n) => `examples/${n}`)
      .join(', ')}\n`,
  );
}
