/** Boxed asides: a note, a pitfall (an error the source articles make), a theorem and its proof. */
import type { ReactNode } from "react";

export type CalloutKind = "note" | "pitfall" | "theorem" | "proof";

const defaultTitles: Readonly<Record<CalloutKind, string>> = {
  note: "Note",
  pitfall: "Pitfall",
  theorem: "Theorem",
  proof: "Proof",
};

export interface CalloutProps {
  readonly kind: CalloutKind;
  /** Shown after the kind, e.g. "Theorem (Novikoff, 1962)". */
  readonly title?: string;
  readonly children?: ReactNode;
}

/** An aside with a visible label; an unknown kind throws so a typo fails the build. */
export function Callout({ kind, title, children }: CalloutProps) {
  if (!Object.hasOwn(defaultTitles, kind)) throw new Error(`Unknown Callout kind "${String(kind)}"`);
  const label = title === undefined ? defaultTitles[kind] : `${defaultTitles[kind]} (${title})`;
  return (
    <aside className={`callout callout--${kind}`} aria-label={label}>
      <p className="callout__label">{label}</p>
      <div className="callout__body">{children}</div>
    </aside>
  );
}
