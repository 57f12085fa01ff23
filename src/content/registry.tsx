/**
 * The fixed set of components a chapter may use. Chapters import nothing; MDX
 * looks names up here. A name missing from this object makes MDX throw while
 * rendering, so prerendering (and the build) fails loudly on a typo.
 */
import type { MDXComponents } from "mdx/types";
import type { ComponentPropsWithoutRef } from "react";
import { Callout } from "./Callout";
import { Fact } from "./Fact";
import { H2, H3 } from "./Heading";
import { Mermaid } from "./Mermaid";
import { WidgetSlot } from "./WidgetSlot";

/** Wide tables scroll in their own box instead of widening the page on a phone. */
function Table(props: ComponentPropsWithoutRef<"table">) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Table">
      <table {...props} />
    </div>
  );
}

/** Components and element overrides available to every chapter. */
export const registry: MDXComponents = {
  Widget: WidgetSlot,
  Mermaid,
  Fact,
  Callout,
  h2: H2,
  h3: H3,
  table: Table,
};
