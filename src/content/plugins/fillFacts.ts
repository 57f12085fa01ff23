/**
 * Facts inside text that no component renders, such as a Mermaid diagram's
 * source: `{fact:cnn.conv1.shape}` becomes that fact's text from facts.json at
 * build time, so a diagram's numbers are computed like the prose's. An unknown
 * id fails the build, as an unknown <Fact id> does.
 */

const PLACEHOLDER = /\{fact:([A-Za-z0-9_.-]+)\}/g;

/** Replaces every `{fact:id}` in `source` with `facts[id].text`. @throws on an unknown id */
export function fillFacts(source: string, facts: Readonly<Record<string, { readonly text: string } | undefined>>): string {
  return source.replace(PLACEHOLDER, (_, id: string) => {
    const fact = facts[id];
    if (fact === undefined) throw new Error(`Unknown fact "${id}" in a diagram (not in src/content/facts.json)`);
    return fact.text;
  });
}
