/**
 * Shape of a compiled chapter. `headings` is added at build time by
 * src/content/plugins/rehypeExportHeadings.ts (the "On this page" list).
 */
declare module "*.mdx" {
  import type { ComponentType } from "react";
  import type { MDXComponents } from "mdx/types";

  /** One h2/h3 of the chapter, with the id rehype-slug gave it. */
  export interface ChapterHeading {
    readonly depth: 2 | 3;
    readonly id: string;
    readonly text: string;
  }
  export const headings: readonly ChapterHeading[];
  const MDXContent: ComponentType<{ readonly components?: MDXComponents }>;
  export default MDXContent;
}
