/** Previous / next chapter links at the end of a chapter. */
import type { ChapterEntry } from "../../chapters/manifest";
import { chapterPath, href } from "./routes";

export interface ChapterNavProps {
  readonly previous?: ChapterEntry;
  readonly next?: ChapterEntry;
}

/** Plain links: each chapter is its own prerendered file, so navigation is a page load. */
export function ChapterNav({ previous, next }: ChapterNavProps) {
  return (
    <nav className="chapter-nav" aria-label="Previous and next chapter">
      {previous === undefined ? (
        <a href={href("/")}>← All chapters</a>
      ) : (
        <a href={href(chapterPath(previous.slug))} rel="prev">
          ← {previous.title}
        </a>
      )}
      {next === undefined ? (
        <span className="chapter-nav__end">More chapters are on the way.</span>
      ) : (
        <a href={href(chapterPath(next.slug))} rel="next">
          {next.title} →
        </a>
      )}
    </nav>
  );
}
