/** A chapter: its MDX text with the registry's components, the TOC and chapter navigation. */
import { registry } from "../content/registry";
import type { ChapterEntry } from "../../chapters/manifest";
import type { ChapterModule } from "../content/chapterModules";
import { ChapterNav } from "./ChapterNav";
import { LinkNotice } from "./LinkNotice";
import { Shell } from "./Shell";
import { Toc } from "./Toc";

export interface ChapterPageProps {
  readonly chapter: ChapterEntry;
  readonly content: ChapterModule;
  readonly number: number;
  readonly previous?: ChapterEntry;
  readonly next?: ChapterEntry;
}

/** The chapter page; the text and KaTeX HTML are all in the prerendered file. */
export function ChapterPage({ chapter, content, number, previous, next }: ChapterPageProps) {
  const Content = content.default;
  const toc = <Toc current={chapter.slug} headings={content.headings} />;
  return (
    <Shell
      aside={
        <nav className="toc toc--side" aria-label="Table of contents">
          {toc}
        </nav>
      }
    >
      <article className="chapter">
        <header className="chapter__header">
          <p className="chapter__kicker">Chapter {number}</p>
          <h1>{chapter.title}</h1>
          <p className="chapter__summary">{chapter.summary}</p>
        </header>
        <LinkNotice chapter={chapter.slug} />
        <details className="toc toc--inline">
          <summary>Contents</summary>
          <nav aria-label="Table of contents">{toc}</nav>
        </details>
        <Content components={registry} />
        <ChapterNav previous={previous} next={next} />
      </article>
    </Shell>
  );
}
