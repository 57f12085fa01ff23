#!/usr/bin/env node
/**
 * Writes every route of the book as a real HTML file (Vite's pre-rendering
 * pattern): dist/index.html is the template the client build produced,
 * dist-ssr/prerender-entry.js renders each route's body. After this, dist/
 * works on any static file host with no rewrite rules:
 *   /            → dist/index.html
 *   /<slug>/     → dist/<slug>/index.html
 *   /embed/<id>/ → dist/embed/<id>/index.html
 *   missing      → dist/404.html
 */
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const ssrDir = join(root, "dist-ssr");

/** Escapes text for an HTML attribute or element. */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/** dist file for a route path: "/a/" → dist/a/index.html, "/404.html" → dist/404.html. */
function outputFile(path) {
  return join(dist, path.endsWith("/") ? `${path}index.html` : path);
}

const entryName = (await readdir(ssrDir)).find((name) => /^prerender-entry\.m?js$/.test(name));
if (entryName === undefined) throw new Error("dist-ssr/prerender-entry.js is missing: run the SSR build first");
const { render, routes } = await import(pathToFileURL(join(ssrDir, entryName)).href);
const template = await readFile(join(dist, "index.html"), "utf8");
for (const marker of ["<!--app-head-->", "<!--app-html-->", '<div id="root">']) {
  if (!template.includes(marker)) throw new Error(`dist/index.html lacks ${marker}`);
}

// Vite's build manifest maps a source file to its chunk and that chunk's static imports.
const manifestFile = join(dist, ".vite", "manifest.json");
const manifest = JSON.parse(await readFile(manifestFile, "utf8"));
const base = (process.env.BOOK_BASE ?? "/").replace(/\/?$/, "/");

/**
 * <link rel="modulepreload"> for the chunks of `sources` not already in the
 * template, so a chapter's text module downloads in parallel with the entry
 * instead of after it (it is needed before hydration).
 */
function preloadLinks(sources) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (chunk === undefined) throw new Error(`${key} is not in the build manifest`);
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  sources.forEach(visit);
  return [...files]
    .filter((file) => !template.includes(`/${file}"`))
    .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`);
}

let failures = 0;
for (const path of routes) {
  try {
    const page = await render(path);
    const head = [
      `<title>${escapeHtml(page.title)}</title>`,
      `<meta name="description" content="${escapeHtml(page.description)}" />`,
      ...preloadLinks(page.preload),
    ].join("\n    ");
    const html = template
      .replace("<!--app-head-->", () => head)
      .replace('<div id="root">', () => `<div id="root" data-route="${escapeHtml(path)}">`)
      .replace("<!--app-html-->", () => page.html);
    const file = outputFile(path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, html);
    console.log(`prerendered ${path} → ${file.slice(root.length + 1)}`);
  } catch (error) {
    failures += 1;
    console.error(`prerender failed for ${path}:`, error);
  }
}
// The manifest was only needed here; it is not part of the site.
await rm(join(dist, ".vite"), { recursive: true, force: true });
if (failures > 0) {
  console.error(`${failures} page(s) failed to prerender`);
  process.exit(1);
}
