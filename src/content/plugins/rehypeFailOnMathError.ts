/**
 * rehype-katex only *warns* when a formula does not parse and then ships red
 * error text. A textbook must not: this plugin, placed after rehype-katex,
 * turns its messages into a build failure.
 */
import type { VFile } from "vfile";

/** rehype plugin: throw if rehype-katex reported any formula it could not render. */
export function rehypeFailOnMathError() {
  return (_tree: unknown, file: VFile) => {
    const problems = file.messages.filter((message) => message.source === "rehype-katex");
    if (problems.length > 0) {
      const list = problems.map((m) => `  ${file.path}:${m.line ?? "?"} ${m.cause instanceof Error ? m.cause.message : m.reason}`);
      throw new Error(`KaTeX could not render ${problems.length} formula(s):\n${list.join("\n")}`);
    }
  };
}
