/**
 * Server entry for prerendering (built with `vite build --ssr`, run by
 * scripts/prerender.mjs). Renders each route to HTML that already contains the
 * chapter's text and KaTeX math; the client then hydrates it.
 */
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { App } from "./App";
import { loadPage, pageHead } from "./page";
import { routePaths } from "./routes";

/** Every path to write into dist/, e.g. "/", "/perceptron/", "/404.html". */
export const routes: readonly string[] = routePaths();

/** The rendered page for one route. */
export interface RenderedPage {
  readonly html: string;
  readonly title: string;
  readonly description: string;
  /** Source files (relative to the project root) whose built chunks the page loads at once. */
  readonly preload: readonly string[];
}

/** Renders one route; throws (failing the build) on an unknown component, fact or widget. */
export async function render(path: string): Promise<RenderedPage> {
  const page = await loadPage(path);
  const html = renderToString(
    <StrictMode>
      <App page={page} />
    </StrictMode>,
  );
  const preload = page.kind === "chapter" ? [`chapters/${page.chapter.file}`] : [];
  return { html, preload, ...pageHead(page) };
}
