/**
 * Mermaid state diagrams generated from the machine definitions themselves. Filled in as
 * machines land (the complaint machine first).
 */
export function renderMachineDiagrams(): Record<string, string> {
  return {};
}
