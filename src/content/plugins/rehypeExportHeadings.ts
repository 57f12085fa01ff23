/**
 * Adds `export const headings = [{ depth, id, text }, …]` to each compiled
 * chapter, listing its h2/h3 after rehype-slug gave them ids. The shell builds
 * the "On this page" list from it, so the TOC can never drift from the text.
 */
import type { Root, RootContent } from "hast";
import type { Expression, Program } from "estree";
import type {} from "mdast-util-mdx"; // declares the mdxjsEsm hast node
import { textOf, walk } from "./walk.ts";

interface Heading {
  depth: 2 | 3;
  id: string;
  text: string;
}

/** rehype plugin; must run after rehype-slug (it reads the ids). */
export function rehypeExportHeadings() {
  return (tree: Root) => {
    const headings: Heading[] = [];
    walk<Root | RootContent>(tree, (node) => {
      if (node.type !== "element" || (node.tagName !== "h2" && node.tagName !== "h3")) return;
      const id = node.properties.id;
      if (typeof id !== "string") throw new Error(`Heading without id: ${textOf(node)}`);
      headings.push({ depth: node.tagName === "h2" ? 2 : 3, id, text: textOf(node).trim() });
    });
    const program: Program = {
      type: "Program",
      sourceType: "module",
      body: [
        {
          type: "ExportNamedDeclaration",
          specifiers: [],
          attributes: [],
          declaration: {
            type: "VariableDeclaration",
            kind: "const",
            declarations: [
              {
                type: "VariableDeclarator",
                id: { type: "Identifier", name: "headings" },
                init: { type: "ArrayExpression", elements: headings.map(toObjectExpression) },
              },
            ],
          },
        },
      ],
    };
    tree.children.unshift({ type: "mdxjsEsm", value: "", data: { estree: program } });
  };
}

function toObjectExpression(heading: Heading): Expression {
  return {
    type: "ObjectExpression",
    properties: Object.entries(heading).map(([key, value]) => ({
      type: "Property",
      kind: "init",
      method: false,
      shorthand: false,
      computed: false,
      key: { type: "Identifier", name: key },
      value: { type: "Literal", value },
    })),
  };
}
