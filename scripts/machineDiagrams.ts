/**
 * Mermaid state diagrams generated from the machine definitions themselves: every state,
 * every transition with its event and guard, as xstate holds them, named in the reader's
 * language from the machine's label table in code (DESIGN convention 15). Nothing is typed
 * by hand, so a diagram cannot drift from its machine; a state, event, guard or guard
 * parameter without a label (or a label for something the machine no longer has) fails.
 *
 * A machine's diagram is one row of MACHINE_DIAGRAMS: the machine, its label table, and
 * the file the table lives in (named in the error when a label is missing).
 */

import { type AnyStateMachine, and, not, or } from 'xstate';
import { complaintMachine } from '../src/complaints/complaintMachine.js';
import { COMPLAINT_MACHINE_LABELS } from '../src/complaints/tables/machineLabels.js';
import type { Locale } from '../src/core/reason.js';

/** A name in both languages. */
export interface LabelText {
  readonly 'zh-CN': string;
  readonly en: string;
}

/** What a machine's label table holds (COMPLAINT_MACHINE_LABELS has this shape). */
export interface MachineLabels {
  readonly machine: LabelText & { readonly rule: string };
  readonly states: Readonly<Record<string, LabelText>>;
  readonly events: Readonly<Record<string, LabelText>>;
  /** Guard names; `{param}` in a label stands for the label of that parameter's value. */
  readonly guards: Readonly<Record<string, LabelText>>;
  /** For each guard parameter, the label table of its values. */
  readonly params?: Readonly<Record<string, Readonly<Record<string, LabelText>>>>;
}

/** One machine's diagram: its file name stem, the machine, its labels and where they live. */
export interface MachineDiagram {
  /** File name stem in docs/diagrams/: `complaint-machine` gives `complaint-machine.zh-CN.mmd`. */
  readonly name: string;
  readonly machine: AnyStateMachine;
  readonly labels: MachineLabels;
  /** The file of the label table, relative to the repository root. */
  readonly labelsFile: string;
}

/** Every machine with a diagram: add a row when a module adds a machine. */
export const MACHINE_DIAGRAMS: readonly MachineDiagram[] = [
  {
    name: 'complaint-machine',
    machine: complaintMachine,
    labels: COMPLAINT_MACHINE_LABELS,
    labelsFile: 'src/complaints/tables/machineLabels.ts',
  },
];

interface NodeLike {
  readonly key: string;
  readonly type: string;
  readonly states: Readonly<Record<string, NodeLike>>;
  readonly transitions: ReadonlyMap<string, readonly TransitionLike[]>;
  readonly initial?: { readonly target?: readonly NodeLike[] };
}
interface TransitionLike {
  readonly target?: readonly NodeLike[];
  readonly guard?: unknown;
}

/** A guard as data: a named guard with its parameters, or `and`/`or`/`not` of guards. */
type GuardTree =
  | { readonly kind: 'named'; readonly name: string; readonly params: Readonly<Record<string, unknown>> }
  | { readonly kind: 'and' | 'or' | 'not'; readonly guards: readonly GuardTree[] };

const COMBINATORS = [
  ['and', (and([]) as unknown as { check: unknown }).check],
  ['or', (or([]) as unknown as { check: unknown }).check],
  ['not', (not('x') as unknown as { check: unknown }).check],
] as const;

function readGuard(guard: unknown): GuardTree | null {
  if (guard === undefined || guard === null) return null;
  if (typeof guard === 'string') return { kind: 'named', name: guard, params: {} };
  if (typeof guard === 'function') {
    const { check, guards } = guard as { check?: unknown; guards?: unknown[] };
    const kind = COMBINATORS.find(([, c]) => c === check)?.[0];
    if (kind !== undefined && Array.isArray(guards))
      return { kind, guards: guards.map(readGuard).filter((g) => g !== null) };
    throw new Error(
      `an inline guard function (${guard.name || 'anonymous'}) has no name to label: give it a name in setup({ guards })`,
    );
  }
  if (typeof guard === 'object' && 'type' in guard) {
    const { type, params } = guard as { type: string; params?: Record<string, unknown> };
    return { kind: 'named', name: type, params: params ?? {} };
  }
  throw new Error(`a guard of unknown shape: ${JSON.stringify(guard)}`);
}

/** One transition of the machine, read from its definition. */
interface Edge {
  readonly source: string | null;
  readonly target: string | null;
  readonly event: string;
  readonly guard: GuardTree | null;
}

function readEdges(machine: AnyStateMachine): {
  initial: string | undefined;
  edges: Edge[];
  finals: string[];
} {
  const root = machine.root as unknown as NodeLike;
  const edges: Edge[] = [];
  const finals: string[] = [];
  for (const [event, candidates] of root.transitions)
    for (const t of candidates) edges.push({ source: null, target: null, event, guard: readGuard(t.guard) });
  for (const [key, node] of Object.entries(root.states)) {
    if (Object.keys(node.states).length > 0)
      throw new Error(
        `${machine.id}.${key}: nested states are not drawn yet; extend scripts/machineDiagrams.ts`,
      );
    for (const [event, candidates] of node.transitions)
      for (const t of candidates)
        edges.push({ source: key, target: t.target?.[0]?.key ?? null, event, guard: readGuard(t.guard) });
    if (node.type === 'final') finals.push(key);
  }
  return { initial: root.initial?.target?.[0]?.key, edges, finals };
}

function guardNames(tree: GuardTree, out: Map<string, Set<string>>): void {
  if (tree.kind !== 'named') {
    for (const g of tree.guards) guardNames(g, out);
    return;
  }
  if (!out.has(tree.name)) out.set(tree.name, new Set());
  for (const [param, value] of Object.entries(tree.params))
    out.get(tree.name)?.add(`${param}=${String(value)}`);
}

/**
 * What the machine has that its label table does not name, and what the table names that
 * the machine does not have; empty when they match.
 */
export function findLabelProblems(diagram: MachineDiagram): string[] {
  const { machine, labels } = diagram;
  const root = machine.root as unknown as NodeLike;
  const { edges } = readEdges(machine);
  const states = Object.keys(root.states);
  const events = [...new Set(edges.map((e) => e.event))];
  const guards = new Map<string, Set<string>>();
  for (const e of edges) if (e.guard !== null) guardNames(e.guard, guards);
  const problems: string[] = [];
  const check = (kind: string, names: readonly string[], table: Readonly<Record<string, LabelText>>) => {
    for (const n of names) if (table[n] === undefined) problems.push(`no label for the ${kind} '${n}'`);
    for (const n of Object.keys(table))
      if (!names.includes(n))
        problems.push(`a label for the ${kind} '${n}', which the machine does not have`);
    for (const [n, l] of Object.entries(table))
      if (l['zh-CN'].trim() === '' || l.en.trim() === '')
        problems.push(`an empty label for the ${kind} '${n}'`);
  };
  check('state', states, labels.states);
  check('event', events, labels.events);
  check('guard', [...guards.keys()], labels.guards);
  for (const [guard, uses] of guards) {
    for (const use of uses) {
      const [param = '', value = ''] = use.split('=');
      const label = labels.guards[guard];
      if (label !== undefined && !label['zh-CN'].includes(`{${param}}`))
        problems.push(`the label of the guard '${guard}' does not name its parameter {${param}}`);
      if (labels.params?.[param]?.[value] === undefined)
        problems.push(
          `no label for the value '${value}' of the guard parameter '${param}' (guard '${guard}')`,
        );
    }
  }
  return problems;
}

const WORDS = {
  and: { 'zh-CN': '且', en: 'and' },
  or: { 'zh-CN': '或', en: 'or' },
  not: { 'zh-CN': '非', en: 'not' },
  list: { 'zh-CN': '、', en: ', ' },
  everywhere: { 'zh-CN': '在任一状态中', en: 'In every state' },
} as const;

function guardLabel(tree: GuardTree, labels: MachineLabels, locale: Locale): string {
  if (tree.kind === 'named') {
    const template = labels.guards[tree.name]?.[locale] ?? tree.name;
    return template.replace(/\{(\w+)\}/g, (_, param: string) => {
      const value = String(tree.params[param]);
      return labels.params?.[param]?.[value]?.[locale] ?? value;
    });
  }
  const parts = tree.guards.map((g) => guardLabel(g, labels, locale));
  if (tree.kind === 'not') return `${WORDS.not[locale]} ${parts.join('')}`;
  return parts.join(locale === 'en' ? ` ${WORDS[tree.kind].en} ` : WORDS[tree.kind]['zh-CN']);
}

/** An event with its guard in brackets. */
function edgeLabel(e: Edge, labels: MachineLabels, locale: Locale): string {
  const event = labels.events[e.event]?.[locale] ?? e.event;
  return e.guard === null ? event : `${event} [${guardLabel(e.guard, labels, locale)}]`;
}

/** Mermaid text must not hold the characters that end a label or open markup. */
function mermaidText(text: string): string {
  return text.replace(/[:;#<>"]/g, (c) => `#${c.charCodeAt(0)};`);
}

/**
 * A machine as a Mermaid `stateDiagram-v2` in one language: states by their labels,
 * each pair of states joined by one arrow that lists its events (with their guards in
 * brackets), the events of every state in a note. Throws when a label is missing.
 */
export function renderMachineDiagram(diagram: MachineDiagram, locale: Locale): string {
  const problems = findLabelProblems(diagram);
  if (problems.length > 0)
    throw new Error(
      `${diagram.name}: the label table in ${diagram.labelsFile} does not match the machine:\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
  const { labels, machine } = diagram;
  const { initial, edges, finals } = readEdges(machine);
  const root = machine.root as unknown as NodeLike;
  const title =
    locale === 'en'
      ? `${labels.machine.en} (${labels.machine.rule})`
      : `${labels.machine['zh-CN']}（${labels.machine.rule}）`;
  const lines = ['---', `title: ${title}`, '---', 'stateDiagram-v2'];
  for (const key of Object.keys(root.states))
    lines.push(`  state "${mermaidText(labels.states[key]?.[locale] ?? key)}" as ${key}`);
  if (initial !== undefined) lines.push(`  [*] --> ${initial}`);
  // One arrow per pair of states: a line per guard, naming the events it lets through, in
  // the machine's order.
  const arrows = new Map<string, Map<string, string[]>>();
  for (const e of edges) {
    if (e.source === null || e.target === null) continue;
    const key = `${e.source} --> ${e.target}`;
    const byGuard = arrows.get(key) ?? new Map<string, string[]>();
    const guard = e.guard === null ? '' : guardLabel(e.guard, labels, locale);
    const events = byGuard.get(guard) ?? [];
    const event = labels.events[e.event]?.[locale] ?? e.event;
    if (!events.includes(event)) events.push(event);
    byGuard.set(guard, events);
    arrows.set(key, byGuard);
  }
  for (const [arrow, byGuard] of arrows) {
    const texts = [...byGuard].map(
      ([guard, events]) => `${events.join(WORDS.list[locale])}${guard === '' ? '' : ` [${guard}]`}`,
    );
    lines.push(`  ${arrow}: ${texts.map(mermaidText).join('<br/>')}`);
  }
  for (const f of finals) lines.push(`  ${f} --> [*]`);
  const everywhere = [
    ...new Set(edges.filter((e) => e.source === null).map((e) => edgeLabel(e, labels, locale))),
  ];
  if (everywhere.length > 0 && initial !== undefined)
    lines.push(
      `  note left of ${initial}`,
      `    ${WORDS.everywhere[locale]}${locale === 'en' ? ': ' : '：'}`,
      ...everywhere.map((t) => `    ${mermaidText(t)}`),
      '  end note',
    );
  return `${lines.join('\n')}\n`;
}

/** The events that leave a state where it is (no arrow): state -> event labels. */
export function describeStayingEvents(diagram: MachineDiagram, locale: Locale): [string, string[]][] {
  const { labels } = diagram;
  const { edges } = readEdges(diagram.machine);
  const out = new Map<string, string[]>();
  for (const e of edges) {
    if (e.source === null || e.target !== null) continue;
    const text = edgeLabel(e, labels, locale);
    const state = labels.states[e.source]?.[locale] ?? e.source;
    const list = out.get(state) ?? [];
    if (!list.includes(text)) list.push(text);
    out.set(state, list);
  }
  return [...out];
}

/** Every machine's diagram in both languages: file name -> Mermaid text. */
export function renderMachineDiagrams(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const d of MACHINE_DIAGRAMS)
    for (const locale of ['zh-CN', 'en'] as const)
      files[`${d.name}.${locale}.mmd`] = renderMachineDiagram(d, locale);
  return files;
}
