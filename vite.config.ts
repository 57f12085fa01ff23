/**
 * One config for the dev server, the client build and the SSR (prerender)
 * build. Chapters are MDX compiled at build time: math becomes KaTeX HTML here,
 * so no KaTeX JavaScript ever reaches the reader.
 */
import mdx from "@mdx-js/rollup";
import react from "@vitejs/plugin-react";
import rehypeKatex from "rehype-katex";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import { defineConfig, type Plugin } from "vite";
import { rehypeExportHeadings } from "./src/content/plugins/rehypeExportHeadings.ts";
import { rehypeFailOnMathError } from "./src/content/plugins/rehypeFailOnMathError.ts";
import { remarkChapterRules } from "./src/content/plugins/remarkChapterRules.ts";
import { remarkMermaid } from "./src/content/plugins/remarkMermaid.ts";

/**
 * The page's Content-Security-Policy. Everything is served from our own origin;
 * no inline scripts (the theme is set by public/theme-init.js for that reason).
 * - worker-src blob: TF.js and Vite may start workers from blob URLs.
 * - style-src 'unsafe-inline': Mermaid's SVG carries a <style> element and
 *   React's style={{…}} props become style attributes; styles cannot run code.
 * - img-src/font-src data: KaTeX's CSS and Mermaid's SVG use data: URLs.
 * frame-ancestors cannot be set from a <meta>; embeds are meant to be framed anyway.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join("; ");

/** Adds the CSP <meta> to the built HTML only: the dev server needs inline scripts for HMR. */
function cspMeta(): Plugin {
  return {
    name: "book:csp-meta",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: contentSecurityPolicy },
        injectTo: "head-prepend",
      },
    ],
  };
}

export default defineConfig({
  // Where the book lives on its host, e.g. BOOK_BASE=/ml-book/ for a project page.
  base: process.env.BOOK_BASE ?? "/",
  plugins: [
    {
      enforce: "pre",
      ...mdx({
        remarkPlugins: [remarkChapterRules, remarkGfm, remarkMath, remarkMermaid],
        rehypePlugins: [
          rehypeSlug,
          rehypeExportHeadings,
          [rehypeKatex, { trust: false, strict: "error" }],
          rehypeFailOnMathError,
        ],
      }),
    },
    react({ include: /\.(mdx|ts|tsx)$/ }),
    cspMeta(),
  ],
  worker: { format: "es" },
  // The manifest lets scripts/prerender.mjs preload each chapter's own chunk.
  build: { target: "es2022", manifest: true },
});
