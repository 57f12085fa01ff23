/**
 * Enforces the content contract at build time: chapters import nothing, export
 * nothing and pass only literal props, so a chapter is data and every component
 * it uses comes from the fixed registry (src/content/registry.tsx).
 */
import type { Root, RootContent } from "mdast";
import type {} from "mdast-util-mdx"; // adds the MDX node types to mdast
import type { VFile } from "vfile";
import { walk } from "./walk.ts";

/** remark plugin: fail the build on ESM, JS expressions or non-literal JSX props in a chapter. */
export function remarkChapterRules() {
  return (tree: Root, file: VFile) => {
    walk<Root | RootContent>(tree, (node) => {
      const where = `${file.path}:${node.position?.start.line ?? "?"}`;
      if (node.type === "mdxjsEsm") {
        file.fail(`Chapters import and export nothing (${where}); use a registered component.`, node);
      }
      if ((node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") && !isComment(node.value)) {
        file.fail(`Chapters contain no JS expressions (${where}): {${node.value}}`, node);
      }
      if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
        for (const attribute of node.attributes) {
          const literal =
            attribute.type === "mdxJsxAttribute" &&
            (typeof attribute.value !== "object" || isLiteral(attribute.value?.value ?? ""));
          if (!literal) {
            file.fail(`<${node.name ?? ""}> takes literal props only (${where}).`, node);
          }
        }
      }
    });
  };
}

/** `n={3}` and `open={true}` are literals too; anything else is code. */
function isLiteral(source: string): boolean {
  return /^\s*(-?\d+(\.\d+)?|true|false)\s*$/.test(source);
}

/** `{/* … *\/}` is MDX's comment syntax; it is the one expression allowed. */
function isComment(source: string): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(source);
}
