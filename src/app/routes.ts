/**
 * Every URL of the static site. Each one is a real file after prerendering
 * (`/perceptron/` → dist/perceptron/index.html), so any static host serves the
 * book without rewrite rules. Paths here are relative to the base (BOOK_BASE).
 */
import { chapters } from "../../chapters/manifest";
import { widgetCatalog, type WidgetId } from "../widgets/catalog";

/** Path of the not-found page; static hosts serve dist/404.html for missing files. */
export const notFoundPath = "/404.html";

/** The path of every page to prerender, home first. */
export function routePaths(): string[] {
  return [
    "/",
    ...chapters.map((chapter) => chapterPath(chapter.slug)),
    ...(Object.keys(widgetCatalog) as WidgetId[]).map(embedPath),
    notFoundPath,
  ];
}

/** `/<slug>/` */
export function chapterPath(slug: string): string {
  return `/${slug}/`;
}

/** `/embed/<widget-id>/` */
export function embedPath(id: WidgetId): string {
  return `/embed/${id}/`;
}

/** A path with the deployment base in front, for href attributes. */
export function href(path: string): string {
  return import.meta.env.BASE_URL.replace(/\/$/, "") + path;
}

/** The base-relative path of a browser URL path (dev server only; built pages say their route). */
export function stripBase(pathname: string): string {
  const base = import.meta.env.BASE_URL;
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}
