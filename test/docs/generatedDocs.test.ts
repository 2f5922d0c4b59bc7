import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderDocs } from '../../scripts/generateDocs.js';
import { RULE_IDS } from '../../src/core/rules.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('generated docs', () => {
  const pages = renderDocs();

  it('LAW-WORKDAY: every generated page is committed and fresh (run `npm run docs:generate` when this fails)', () => {
    const stale = Object.entries(pages)
      .filter(([path, text]) => {
        const file = join(ROOT, path);
        return !existsSync(file) || readFileSync(file, 'utf8') !== text;
      })
      .map(([path]) => path);
    expect(stale).toEqual([]);
  });

  it('CMP-DL-REPLY: the rules reference names every rule in both languages, with each preset’s value where the rule has one', () => {
    for (const locale of ['en', 'zh-CN']) {
      const page = pages[`docs/${locale}/rules.md`] as string;
      for (const id of RULE_IDS) expect(page, `${locale} ${id}`).toContain(`### ${id}\n`);
    }
    const en = pages['docs/en/rules.md'] as string;
    const reply = en.slice(en.indexOf('### CMP-DL-REPLY'), en.indexOf('### CMP-DL-CALLBACK'));
    expect(reply).toContain(
      '| `sinoOcean2008` (SOL) | 2 working days (the handling opinion given to the customer) | source: SOL 投诉管理 6 |',
    );
    expect(reply).toContain(
      '| `aoyuan2014` (AOY) | 5 working days (the result and its opinion given to the customer) |',
    );
    expect(reply).toContain(
      '| `generic` (GEN) | 2 working days (the handling opinion given to the customer) | borrowed from sinoOcean2008 (SOL 投诉管理 6)',
    );
    const zh = pages['docs/zh-CN/rules.md'] as string;
    expect(zh).toContain('| `sinoOcean2008` (SOL) | 超过20000元 | 出处：SOL 投诉管理 3(2) |');
  });

  it('LAW-WORKDAY: the holiday table lists every built-in year with its notice numbers', () => {
    const zh = pages['docs/zh-CN/holidays.md'] as string;
    expect(zh).toContain('国办发明电〔2025〕7号');
    expect(zh).toContain('| 国庆节 | 2026-10-01至2026-10-07（7天） | 2026-09-20, 2026-10-10 |');
    const en = pages['docs/en/holidays.md'] as string;
    expect(en).toContain('| Spring Festival | 2025-01-28 to 2025-02-04 (8 days) | 2025-01-26, 2025-02-08 |');
    for (let y = 2008; y <= 2026; y++) expect(en).toContain(`## ${y}\n`);
  });
});

describe('machine diagrams', () => {
  it('CMP-FLOW: the complaint machine diagram is generated from the machine: every state and the closing guards', () => {
    const mmd = renderDocs()['docs/diagrams/complaint-machine.mmd'] as string;
    expect(mmd).toContain('stateDiagram-v2');
    for (const state of [
      'registered',
      'verified',
      'assigned',
      'planned',
      'handling',
      'callingBack',
      'unreachable',
      'disputed',
      'closed',
    ]) {
      expect(mmd).toContain(state);
    }
    expect(mmd).toContain(
      'callingBack --> closed: callback.completed [hasCallbackOutcome(satisfied) && canClose]',
    );
    expect(mmd).toContain('callingBack --> handling: callback.completed [hasCallbackOutcome(not-satisfied)]');
    expect(mmd).toContain('closed --> [*]');
  });
});
