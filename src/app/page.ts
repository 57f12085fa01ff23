/**
 * Resolves a path to everything its page needs (for chapters: the compiled
 * MDX module, loaded before rendering). The server and the client call the same
 * function with the same path, so both render the same tree and hydration matches.
 */
import { chapterBySlug, chapters, type ChapterEntry } from "../../chapters/manifest";
import { loadChapter, type ChapterModule } from "../content/chapterModules";
import { isWidgetId, widgetCatalog, type WidgetId } from "../widgets/catalog";
import { book } from "./book";

/** One page of the site, ready to render. */
export type Page =
  | { readonly kind: "home" }
  | {
      readonly kind: "chapter";
      readonly chapter: ChapterEntry;
      readonly content: ChapterModule;
      readonly previous?: ChapterEntry;
      readonly next?: ChapterEntry;
    }
  | { readonly kind: "embed"; readonly widget: WidgetId }
  | { readonly kind: "not-found" };

/** The page at a base-relative path such as "/" or "/perceptron/"; unknown paths give "not-found". */
export async function loadPage(path: string): Promise<Page> {
  if (path === "/" || path === "/index.html") return { kind: "home" };
  const parts = path.split("/").filter((part) => part !== "" && part !== "index.html");
  if (parts.length === 2 && parts[0] === "embed" && isWidgetId(parts[1] ?? "")) {
    return { kind: "embed", widget: parts[1] as WidgetId };
  }
  const chapter = parts.length === 1 ? chapterBySlug(parts[0] ?? "") : undefined;
  if (chapter === undefined) return { kind: "not-found" };
  const index = chapters.indexOf(chapter);
  return {
    kind: "chapter",
    chapter,
    content: await loadChapter(chapter),
    previous: chapters[index - 1],
    next: chapters[index + 1],
  };
}

/** The page's <title> and meta description. */
export function pageHead(page: Page): { title: string; description: string } {
  switch (page.kind) {
    case "home":
      return { title: book.title, description: book.description };
    case "chapter":
      return { title: `${page.chapter.title} · ${book.title}`, description: page.chapter.summary };
    case "embed": {
      const entry = widgetCatalog[page.widget];
      return { title: `${entry.title} · ${book.title}`, description: `Live widget from ${book.title}: ${entry.title}.` };
    }
    case "not-found":
      return { title: `Page not found · ${book.title}`, description: book.description };
  }
}
