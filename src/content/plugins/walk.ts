/**
 * A ten-line tree walker for the build's remark/rehype plugins, so they depend
 * on nothing beyond the unist node shape (no hoisted transitive packages).
 */

/** The part of a unist node the walker needs. */
export interface UnistNode {
  readonly type: string;
  children?: UnistNode[];
}

/** Calls `visit` on every node, depth first, parents before children. */
export function walk<N extends UnistNode>(
  node: N,
  visit: (node: N, parent: N | undefined, index: number) => void,
  parent?: N,
  index = 0,
): void {
  visit(node, parent, index);
  node.children?.forEach((child, i) => walk(child as N, visit, node, i));
}

/** Concatenated text of a hast/mdast subtree (what a heading says). */
export function textOf(node: UnistNode): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  return (node.children ?? []).map(textOf).join("");
}
