/**
 * Turns ```mermaid fences into <Mermaid chart="…" /> so authors write plain
 * Markdown and the diagram still goes through the registry component (which
 * shows the source before JS runs, then mermaid's SVG). `{fact:id}` placeholders
 * in a diagram become the fact's text (fillFacts.ts).
 */
import type { Root, RootContent } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import facts from "../facts.json" with { type: "json" };
import { fillFacts } from "./fillFacts.ts";
import { walk } from "./walk.ts";

type Node = Root | RootContent;

/** remark plugin: mermaid code fences → Mermaid JSX elements with a literal `chart` prop. */
export function remarkMermaid() {
  return (tree: Root) => {
    walk<Node>(tree, (node, parent, index) => {
      if (node.type !== "code" || node.lang !== "mermaid" || parent === undefined || !("children" in parent)) return;
      const element: MdxJsxFlowElement = {
        type: "mdxJsxFlowElement",
        name: "Mermaid",
        attributes: [{ type: "mdxJsxAttribute", name: "chart", value: fillFacts(node.value, facts) }],
        children: [],
      };
      (parent.children as RootContent[]).splice(index, 1, element);
    });
  };
}
