/**
 * Table of contents: the chapter list and, on a chapter page, its sections.
 * Rendered twice by ChapterPage: as a sticky side column on wide screens and
 * as a collapsible box above the text on narrow ones (CSS shows one of them).
 */
import { chapters } from "../../chapters/manifest";
import type { ChapterHeading } from "../content/chapterModules";
import { chapterPath, href } from "./routes";

export interface TocProps {
  /** Slug of the chapter being read, marked aria-current. */
  readonly current?: string;
  readonly headings?: readonly ChapterHeading[];
}

/** Chapters, then "On this page" (h2 and nested h3). */
export function Toc({ current, headings = [] }: TocProps) {
  return (
    <>
      <h2 className="toc__heading">Chapters</h2>
      <ol className="toc__chapters">
        {chapters.map((chapter) => (
          <li key={chapter.slug}>
            <a href={href(chapterPath(chapter.slug))} aria-current={chapter.slug === current ? "page" : undefined}>
              {chapter.title}
            </a>
          </li>
        ))}
      </ol>
      {headings.length > 0 && (
        <>
          <h2 className="toc__heading">On this page</h2>
          <ul className="toc__sections">
            {headings.map((heading) => (
              <li key={heading.id} className={`toc__depth-${heading.depth}`}>
                <a href={`#${heading.id}`}>{heading.text}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
