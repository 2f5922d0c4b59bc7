/**
 * Mermaid state diagrams generated from the machine definitions themselves: every state,
 * every transition with its event and guard, as xstate holds them. Nothing is typed by
 * hand, so a diagram cannot drift from its machine.
 */

import type { AnyStateMachine } from 'xstate';
import { complaintMachine } from '../src/complaints/complaintMachine.js';

interface NodeLike {
  readonly key: string;
  readonly type: string;
  readonly states: Record<string, NodeLike>;
  readonly transitions: Map<string, readonly TransitionLike[]>;
  readonly initial?: { readonly target?: readonly NodeLike[] };
}
interface TransitionLike {
  readonly target?: readonly NodeLike[];
  readonly guard?: unknown;
}

/** A guard in words: `canClose`, `hasCallbackOutcome(no-answer)`, `a && b`. */
function guardText(guard: unknown): string | null {
  if (guard === undefined || guard === null) return null;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'function') {
    const inner = (guard as { guards?: unknown[] }).guards;
    if (Array.isArray(inner))
      return inner
        .map(guardText)
        .filter((g) => g !== null)
        .join(' && ');
    return guard.name || 'guard';
  }
  if (typeof guard === 'object' && 'type' in guard) {
    const { type, params } = guard as { type: string; params?: Record<string, unknown> };
    const args = params === undefined ? '' : `(${Object.values(params).map(String).join(', ')})`;
    return `${type}${args}`;
  }
  return 'guard';
}

/** A machine as a Mermaid `stateDiagram-v2`. */
export function renderMachineDiagram(machine: AnyStateMachine, title: string): string {
  const root = machine.root as unknown as NodeLike;
  const lines = [`---`, `title: ${title}`, `---`, 'stateDiagram-v2'];
  const initial = root.initial?.target?.[0]?.key;
  if (initial !== undefined) lines.push(`  [*] --> ${initial}`);
  const internal: string[] = [];
  for (const [key, node] of Object.entries(root.states)) {
    for (const [event, candidates] of node.transitions) {
      for (const t of candidates) {
        const guard = guardText(t.guard);
        const label = `${event}${guard === null ? '' : ` [${guard}]`}`;
        const target = t.target?.[0]?.key;
        if (target === undefined) internal.push(`${key}: ${label}`);
        else lines.push(`  ${key} --> ${target}: ${label}`);
      }
    }
    if (node.type === 'final') lines.push(`  ${key} --> [*]`);
  }
  const rootEvents = [...root.transitions.entries()].map(([event, ts]) => {
    const guard = guardText(ts[0]?.guard);
    return `${event}${guard === null ? '' : ` [${guard}]`}`;
  });
  if (rootEvents.length > 0) {
    lines.push(
      `  note right of ${initial ?? Object.keys(root.states)[0]}`,
      `    In every state: ${rootEvents.join(', ')}`,
      '  end note',
    );
  }
  for (const i of internal) lines.push(`  %% internal (no state change): ${i}`);
  return `${lines.join('\n')}\n`;
}

/** Every machine's diagram: file name -> Mermaid text. */
export function renderMachineDiagrams(): Record<string, string> {
  return {
    'complaint-machine.mmd': renderMachineDiagram(complaintMachine, 'Complaint lifecycle (CMP-FLOW)'),
  };
}
