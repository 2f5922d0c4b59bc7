import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import { renderBuildPages, renderDocs } from '../../scripts/generateDocs.js';
import {
  findLabelProblems,
  MACHINE_DIAGRAMS,
  renderMachineDiagram,
  renderMachineDiagrams,
} from '../../scripts/machineDiagrams.js';
import { describeRuleSource } from '../../scripts/ruleSources.js';
import { COMPLAINT_MACHINE_LABELS } from '../../src/complaints/tables/machineLabels.js';
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

  it('CMP-DL-REPLY: the rules reference names every rule in both languages, with each preset’s value side by side', () => {
    for (const locale of ['en', 'zh-CN']) {
      const page = pages[`docs/${locale}/rules.md`] as string;
      for (const id of RULE_IDS) expect(page, `${locale} ${id}`).toContain(`### ${id}\n`);
    }
    const en = pages['docs/en/rules.md'] as string;
    const reply = en.slice(en.indexOf('### CMP-DL-REPLY'), en.indexOf('### CMP-DL-CALLBACK'));
    expect(reply).toContain(
      '| Sino-Ocean Land (2008)<br>`sinoOcean2008` | 2 working days (the handling opinion given to the customer) | source: Sino-Ocean Land (2008), Complaint management (投诉管理) 6 |',
    );
    expect(reply).toContain(
      '| Aoyuan Group (2014)<br>`aoyuan2014` | 5 working days (the result and its opinion given to the customer) |',
    );
    expect(reply).toContain(
      '| Generic customer-management rules<br>`generic` | 2 working days (the handling opinion given to the customer) | borrowed: Sino-Ocean Land (2008), Complaint management (投诉管理) 6',
    );
    const zh = pages['docs/zh-CN/rules.md'] as string;
    const comp = zh.slice(zh.indexOf('### CMP-SEV-MAJOR-COMP'), zh.indexOf('### CMP-SEV-MAJOR-LEGAL'));
    expect(comp).toContain(
      '| 远洋地产（2008）<br>`sinoOcean2008` | 超过20000元 | 出处：远洋地产（2008）·投诉管理 3(2) |',
    );
    expect(comp).toContain('- 实现与测试：[投诉](rules/complaints.md#cmp-sev-major-comp)');
  });

  it('LAW-THRESHOLD: each page gives the sources in its own language', () => {
    const zh = pages['docs/zh-CN/rules.md'] as string;
    const en = pages['docs/en/rules.md'] as string;
    expect(zh).toContain('- 出处：《民法典》第1259条');
    expect(zh).toContain('- 出处：《民法典》第203条第2款');
    expect(zh).toContain('- 出处：远洋地产（2008）·投诉管理 6；奥园集团（2014）·4.2.1');
    expect(en).toContain('- Source: Civil Code (民法典) art. 1259');
    expect(en).toContain(
      '- Source: Sino-Ocean Land (2008), Complaint management (投诉管理) 6; Aoyuan Group (2014), 4.2.1',
    );
    // No English word in a Chinese page's sources: rule ids and standard numbers aside.
    for (const line of zh.split('\n').filter((l) => l.startsWith('- 出处：')))
      expect(line.replace(/LAW-[A-Z-]+|GB \d+/g, ''), line).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('LAW-THRESHOLD: a source the translation tables lack fails the generation, naming the words to add', () => {
    expect(describeRuleSource('SOL 投诉管理 3(2); Civil Code art. 1259', 'zh-CN')).toBe(
      '远洋地产（2008）·投诉管理 3(2)；《民法典》第1259条',
    );
    expect(() => describeRuleSource('SOL 装修管理 2', 'en')).toThrow(
      "the rule source 'SOL 装修管理 2' cannot be given in en: add '装修管理' to the tables of scripts/ruleSources.ts",
    );
    expect(() => describeRuleSource('Property Management Regulation art. 5', 'zh-CN')).toThrow(
      "add 'Property Management Regulation art. 5'",
    );
  });

  it('CMP-SEV-GROUP: each module’s page lists its rules with the functions and the tests that implement them', () => {
    const built = renderBuildPages();
    const zh = built['docs/zh-CN/rules/complaints.md'] as string;
    const group = zh.slice(zh.indexOf('## CMP-SEV-GROUP'), zh.indexOf('## CMP-SEV-HOT-RISK'));
    expect(group).toContain('- 出处：远洋地产（2008）·投诉管理 3(2)');
    expect(group).toMatch(/- 实现：.*`assessComplaintSeverity`.*`detectGroupComplaints`/);
    expect(group).toMatch(/<li><code>test\/complaints\/severity\.test\.ts<\/code> CMP-SEV-GROUP: /);
    const en = built['docs/en/rules/law.md'] as string;
    expect(en).toContain('# Rules and code: How numbers and periods are read (law)');
    expect(en).toMatch(/## LAW-WORKDAY-PERIOD\n[\s\S]*?- Implemented by: .*`addWorkingDays`/);
    for (const locale of ['en', 'zh-CN'])
      for (const id of RULE_IDS.filter((i) => i.startsWith('CMP-')))
        expect(built[`docs/${locale}/rules/complaints.md`], `${locale} ${id}`).toContain(`## ${id}\n`);
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
  const files = renderMachineDiagrams();

  it('CMP-FLOW: the complaint machine diagram is generated from the machine, in Chinese from its label table', () => {
    const zh = files['complaint-machine.zh-CN.mmd'] as string;
    expect(zh).toContain('stateDiagram-v2');
    expect(zh).toContain('title: 投诉处理流程（CMP-FLOW）');
    for (const [state, label] of Object.entries(COMPLAINT_MACHINE_LABELS.states))
      expect(zh).toContain(`  state "${label['zh-CN']}" as ${state}\n`);
    expect(zh).toContain('  callingBack --> closed: 完成回访 [客户认可处理结果且符合封闭条件]<br/>');
    expect(zh).toContain('  callingBack --> unreachable: 完成回访 [无人接听且已是最后一次尝试]\n');
    expect(zh).toContain('  closed --> [*]');
    // What a reader sees is Chinese: state ids appear only after `as` and in arrows.
    const shown = zh
      .split('\n')
      .map((l) => l.replace(/^\s*state "([^"]*)" as \w+$/, '$1').replace(/^\s*[\w[\]*]+ --> [\w[\]*]+:?/, ''))
      .filter((l) => !/^(---|title:|stateDiagram-v2|\s*(note left of \w+|end note))/.test(l.trim()));
    expect(shown.join('\n').replace(/CMP-FLOW/g, '')).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('CMP-REOPEN: the English diagram names the same transitions from the same table', () => {
    const en = files['complaint-machine.en.mmd'] as string;
    expect(en).toContain('  state "calling back" as callingBack\n');
    expect(en).toContain('  callingBack --> handling: callback completed [Customer not satisfied]\n');
    expect(en).toContain('  handling --> closed: lawsuit filed, opinion served [can close]\n');
  });

  it('CMP-FLOW: every state, event and guard of each machine has its label, and every label its state or event', () => {
    for (const diagram of MACHINE_DIAGRAMS) expect(findLabelProblems(diagram), diagram.name).toEqual([]);
  });

  it('CMP-FLOW: a machine that gains a state or event without a label fails the generator, naming them', () => {
    const machine = setup({
      types: { events: {} as { type: 'go' } | { type: 'stop' } },
      guards: { isReady: () => true, hasOutcome: (_, _params: { outcome: string }) => true },
    }).createMachine({
      id: 'probe',
      initial: 'idle',
      states: {
        idle: { on: { go: { target: 'running', guard: 'isReady' } } },
        running: {
          on: { stop: { target: 'done', guard: { type: 'hasOutcome', params: { outcome: 'late' } } } },
        },
        done: { type: 'final' },
      },
    });
    const labels = {
      machine: { 'zh-CN': '探针', en: 'Probe', rule: 'CMP-FLOW' },
      states: { idle: { 'zh-CN': '空闲', en: 'idle' }, gone: { 'zh-CN': '已删', en: 'gone' } },
      events: { go: { 'zh-CN': '开始', en: 'go' } },
      guards: { isReady: { 'zh-CN': '就绪', en: 'ready' }, hasOutcome: { 'zh-CN': '结果', en: 'outcome' } },
    };
    const diagram = { name: 'probe', machine, labels, labelsFile: 'src/probe/machineLabels.ts' };
    expect(findLabelProblems(diagram)).toEqual([
      "no label for the state 'running'",
      "no label for the state 'done'",
      "a label for the state 'gone', which the machine does not have",
      "no label for the event 'stop'",
      "the label of the guard 'hasOutcome' does not name its parameter {outcome}",
      "no label for the value 'late' of the guard parameter 'outcome' (guard 'hasOutcome')",
    ]);
    expect(() => renderMachineDiagram(diagram, 'zh-CN')).toThrow(
      "probe: the label table in src/probe/machineLabels.ts does not match the machine:\n  - no label for the state 'running'",
    );
  });
});
