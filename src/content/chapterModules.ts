/**
 * Loads a chapter's compiled MDX. import.meta.glob with lazy imports gives each
 * chapter its own chunk, so a page downloads only its own text's module.
 */
import type { MDXComponents } from "mdx/types";
import type { ComponentType } from "react";
import type { ChapterEntry } from "../../chapters/manifest";

/** One h2/h3 of a chapter (exported by rehypeExportHeadings). */
export interface ChapterHeading {
  readonly depth: 2 | 3;
  readonly id: string;
  readonly text: string;
}

/** A compiled chapter, as mdx.d.ts declares it. */
export interface ChapterModule {
  readonly default: ComponentType<{ readonly components?: MDXComponents }>;
  readonly headings: readonly ChapterHeading[];
}

const modules = import.meta.glob<ChapterModule>("../../chapters/*.mdx");

/** The chapter's module; throws if the manifest names a file that does not exist. */
export async function loadChapter(chapter: ChapterEntry): Promise<ChapterModule> {
  const load = modules[`../../chapters/${chapter.file}`];
  if (load === undefined) throw new Error(`chapters/manifest.ts names chapters/${chapter.file}, which does not exist`);
  return load();
}
