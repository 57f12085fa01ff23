/**
 * Builds the benchmark's own pages (bench/pages/*.html) into bench/dist/.
 * They import the book's real src/ml code, so the bare `model.fit` and the
 * main-thread loop train exactly the network the widget trains.
 */
import { readdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = dirname(fileURLToPath(import.meta.url));
const pages = resolve(here, "pages");
const input = Object.fromEntries(
  readdirSync(pages)
    .filter((f) => f.endsWith(".html"))
    .map((f) => [f.replace(/\.html$/, ""), resolve(pages, f)]),
);

export default defineConfig({
  root: pages,
  base: "./",
  logLevel: "warn",
  publicDir: false,
  worker: { format: "es" },
  build: {
    outDir: resolve(here, "dist"),
    emptyOutDir: true,
    target: "es2022",
    rollupOptions: { input },
  },
});
