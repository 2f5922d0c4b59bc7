import { InvalidArgumentError } from '../core/errors.js';
import type { Locale } from '../core/reason.js';
import type { Policy } from '../presets/types.js';
import { computeWarrantyExpiry, type WarrantyExpiry } from '../warranty/computeWarrantyExpiry.js';
import {
  computeWarrantyExpiryNotices,
  type WarrantyExpiryNotices,
} from '../warranty/computeWarrantyExpiryNotices.js';
import type { SeasonDates } from '../warranty/seasons.js';
import { WARRANTY_COMPONENTS } from '../warranty/tables/components.js';
import { HEATING_SEASONS, type HeatingSeasonCity } from '../warranty/tables/heatingSeasons.js';
import { WARRANTY_CLOCK_LABELS } from '../warranty/tables/labels.js';
import { WARRANTY_COMPONENT_IDS, type WarrantyComponent } from '../warranty/types.js';
import type { CliIo } from './runCli.js';
import { readPolicyOption } from './triageCommand.js';

/** The options of `realty-crm warranty`. */
export interface WarrantyCommandOptions {
  readonly delivered?: string | undefined;
  readonly accepted?: string | undefined;
  readonly city?: string | undefined;
  readonly 'heating-season'?: string | undefined;
  readonly 'cooling-season'?: string | undefined;
  readonly 'design-life'?: string | undefined;
  readonly policy: string;
  readonly format: 'table' | 'json';
  readonly locale: Locale;
}

/** The library's option paths as the command's flags, for error messages. */
const FLAGS: Readonly<Record<string, string>> = {
  deliveredOn: '--delivered',
  completionAcceptedOn: '--accepted',
  city: '--city',
  heatingSeason: '--heating-season',
  coolingSeason: '--cooling-season',
  designServiceLifeYears: '--design-life',
};

/** `11-15..03-15` as a season. */
function readSeasonFlag(flag: string, text: string | undefined): SeasonDates | undefined {
  if (text === undefined) return undefined;
  const m = /^(\d\d-\d\d)\.\.(\d\d-\d\d)$/.exec(text);
  if (m === null)
    throw new InvalidArgumentError([flag], `expected MM-DD..MM-DD such as 11-15..03-15, got '${text}'`);
  return { from: m[1] as string, to: m[2] as string };
}

/** Runs a library call, naming a bad option by its flag. */
function asFlags<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof InvalidArgumentError && error.path[0] === 'options') {
      const flag = FLAGS[String(error.path[1])];
      if (flag !== undefined) {
        let detail = error.message.slice(error.message.indexOf(': ') + 2);
        detail = detail.replace(
          /(heating|cooling)Season: \{ from: 'MM-DD', to: 'MM-DD' \}/g,
          '--$1-season MM-DD..MM-DD',
        );
        for (const [option, name] of Object.entries(FLAGS)) {
          if (option !== 'city') detail = detail.replaceAll(option, name);
        }
        throw new InvalidArgumentError([flag, ...error.path.slice(2)], detail);
      }
    }
    throw error;
  }
}

/** One component's row: its expiry and notices, or why it cannot be computed from the flags given. */
type Row =
  | {
      readonly component: WarrantyComponent;
      readonly expiry: WarrantyExpiry;
      readonly notices: WarrantyExpiryNotices;
    }
  | { readonly component: WarrantyComponent; readonly needs: string };

/**
 * `realty-crm warranty --delivered DAY [--accepted DAY] [--city beijing]`: every component's
 * warranty end with the clock that binds (`LAW-WARRANTY-BUYER`), and the three duties before
 * it (`WAR-EXPIRY`). Notices in years without a State Council holiday notice are counted
 * weekends-only and marked as estimates. Foundation and structure needs `--design-life`,
 * cooling needs `--cooling-season`: without them their rows say so.
 */
export function runWarrantyCommand(options: WarrantyCommandOptions, io: CliIo): number {
  if (options.delivered === undefined) {
    throw new InvalidArgumentError(
      ['--delivered'],
      'give the day the home was delivered, such as 2024-06-30',
    );
  }
  const policy: Policy = readPolicyOption(options.policy);
  const life = options['design-life'];
  if (life !== undefined && !/^\d+$/.test(life)) {
    throw new InvalidArgumentError(['--design-life'], `expected a whole number of years, got '${life}'`);
  }
  const heatingSeason = readSeasonFlag('--heating-season', options['heating-season']);
  const coolingSeason = readSeasonFlag('--cooling-season', options['cooling-season']);
  const common = {
    deliveredOn: options.delivered,
    ...(options.accepted === undefined ? {} : { completionAcceptedOn: options.accepted }),
    ...(options.city === undefined ? {} : { city: options.city as HeatingSeasonCity }),
    ...(heatingSeason === undefined ? {} : { heatingSeason }),
    ...(coolingSeason === undefined ? {} : { coolingSeason }),
    ...(life === undefined ? {} : { designServiceLifeYears: Number(life) }),
    policy,
  };
  const en = options.locale === 'en';
  const rows: Row[] = WARRANTY_COMPONENT_IDS.map((component) => {
    if (component === 'foundation-and-structure' && life === undefined) {
      return {
        component,
        needs: en ? 'needs --design-life (the design service life)' : '需 --design-life（设计合理使用年限）',
      };
    }
    if (component === 'cooling' && coolingSeason === undefined) {
      return {
        component,
        needs: en ? 'needs --cooling-season MM-DD..MM-DD' : '需 --cooling-season MM-DD..MM-DD（供冷期）',
      };
    }
    const expiry = asFlags(() => computeWarrantyExpiry(component, common));
    const notices = computeWarrantyExpiryNotices({
      expiresOn: expiry.lastDay,
      policy,
      fallback: 'weekends-only',
    });
    return { component, expiry, notices };
  });
  if (options.format === 'json') {
    const out = {
      deliveredOn: options.delivered,
      completionAcceptedOn: options.accepted ?? null,
      policy: policy.id,
      components: rows.map((r) =>
        'needs' in r
          ? { component: r.component, computed: false, needs: r.needs }
          : {
              component: r.component,
              computed: true,
              lastDay: r.expiry.lastDay,
              endsAt: r.expiry.endsAt,
              binding: r.expiry.binding,
              clocks: r.expiry.clocks,
              notices: {
                ownerNoticeOn: r.notices.ownerNoticeOn,
                contractorNoticeOn: r.notices.contractorNoticeOn,
                fullInspectionOn: r.notices.fullInspectionOn,
                estimated: r.notices.fallbackUsed,
              },
              reasons: [...r.expiry.reasons, ...r.notices.reasons],
            },
      ),
    };
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  }
  writeTable(rows, options, policy, io);
  return 0;
}

function writeTable(rows: readonly Row[], options: WarrantyCommandOptions, policy: Policy, io: CliIo): void {
  const en = options.locale === 'en';
  const row = HEATING_SEASONS[(options.city ?? 'beijing') as HeatingSeasonCity];
  const season =
    options['heating-season'] ??
    (en
      ? `${row.en} ${row.from} to ${row.to} (${row.regulation})`
      : `${row['zh-CN']} ${row.from}至${row.to}（${row.regulation}）`);
  const head = en
    ? `Warranty of a home delivered ${options.delivered}${options.accepted ? `, completion accepted ${options.accepted}` : ''} (heating season: ${season}; policy ${policy.id})`
    : `保修期（交付${options.delivered}${options.accepted ? `，竣工验收合格${options.accepted}` : ''}；采暖期：${season}；政策 ${policy.id}）`;
  const cols = en
    ? [
        'component',
        'last day',
        'binding',
        'contractor',
        '1998 minimum',
        'developer',
        'tell owners',
        'tell contractor',
        'full inspection',
      ]
    : [
        '部位',
        '保修截止',
        '约束',
        '施工单位',
        '1998最低',
        '开发商承诺',
        '告知业主',
        '知会施工单位',
        '全面检修',
      ];
  io.stdout.write(`${head}\n\n${cols.join(' | ')}\n`);
  let estimated = false;
  for (const r of rows) {
    const name = WARRANTY_COMPONENTS[r.component][en ? 'en' : 'zh-CN'];
    if ('needs' in r) {
      io.stdout.write(`${name} | - | ${r.needs}\n`);
      continue;
    }
    const e = r.expiry;
    const est = r.notices.fallbackUsed ? (en ? '*' : '*') : '';
    estimated ||= r.notices.fallbackUsed;
    const cells = [
      name,
      e.lastDay,
      WARRANTY_CLOCK_LABELS[e.binding][en ? 'en' : 'zh-CN'],
      e.clocks.contractor ?? '-',
      e.clocks['buyer-minimum'] ?? '-',
      e.clocks.developer ?? '-',
      `${r.notices.ownerNoticeOn}${est}`,
      `${r.notices.contractorNoticeOn}${est}`,
      `${r.notices.fullInspectionOn}${est}`,
    ];
    io.stdout.write(`${cells.join(' | ')}\n`);
  }
  const notes: string[] = [];
  if (options.accepted === undefined) {
    notes.push(
      en
        ? "No --accepted: the contractor's period is counted from delivery (it can only lengthen the buyer's)."
        : '未给出 --accepted：施工单位保修期按交付日起算（只会使买受人的保修期更长）。',
    );
  }
  if (estimated) {
    notes.push(
      en
        ? '* estimate: no State Council holiday notice for that year yet; counted weekends only.'
        : '* 估算：该年的国务院节假日安排尚未发布，按仅排除周末推算。',
    );
  }
  if (notes.length > 0) io.stdout.write(`\n${notes.join('\n')}\n`);
}
