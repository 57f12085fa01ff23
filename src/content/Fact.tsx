/**
 * A number in the prose that code computed (scripts/facts.ts writes
 * facts.json). Chapters never type a checkable number by hand; an unknown id
 * throws, so a renamed fact breaks the build instead of printing nothing.
 */
import facts from "./facts.json";

interface FactEntry {
  readonly value: number;
  readonly text: string;
}

const table: Readonly<Record<string, FactEntry | undefined>> = facts;

export interface FactProps {
  /** Key in facts.json, e.g. "perceptron.iris.bound". */
  readonly id: string;
}

/** Renders the fact's preformatted text; `data-fact` lets tests find and check it. */
export function Fact({ id }: FactProps) {
  const fact = table[id];
  if (fact === undefined) throw new Error(`Unknown fact "${id}" (not in src/content/facts.json)`);
  return (
    <span className="fact" data-fact={id}>
      {fact.text}
    </span>
  );
}
