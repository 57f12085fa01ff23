/**
 * Serves the production build (dist/) for the browser tests the way a plain
 * static host would: real files only, no SPA fallback, dist/404.html with
 * status 404 for anything missing. If a page only works with rewrites, the
 * tests see the 404. The base URL reaches tests through `inject("baseURL")`.
 *
 * It serves a snapshot of dist/ copied to a temporary folder, so a rebuild
 * during the run (someone's `npm run build`) cannot pull files from under it.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import sirv from "sirv";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** e.g. "http://127.0.0.1:41234" (no trailing slash) */
    baseURL: string;
  }
}

const dist = resolve(import.meta.dirname, "../../dist");
const required = ["index.html", "404.html", "perceptron/index.html", "embed/mlp-xnor/index.html"];

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const missing = required.filter((file) => !existsSync(join(dist, file)));
  if (missing.length > 0) {
    throw new Error(
      `The browser tests need the production build, but dist/ lacks ${missing.join(", ")}. ` +
        "Run `npm run build` first (or `npm test`, which builds before the browser tests).",
    );
  }
  const snapshot = mkdtempSync(join(tmpdir(), "book-dist-"));
  cpSync(dist, snapshot, { recursive: true });
  const stillMissing = required.filter((file) => !existsSync(join(snapshot, file)));
  if (stillMissing.length > 0) throw new Error(`dist/ changed while it was copied (a build running?); ${stillMissing.join(", ")} missing. Run again.`);
  const files = sirv(snapshot, { dev: false, etag: true });
  const notFound = readFileSync(join(snapshot, "404.html"));
  const server: Server = createServer((req, res) =>
    files(req, res, () => {
      res.writeHead(404, { "Content-Type": "text/html; charset=utf-8" });
      res.end(notFound);
    }),
  );
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => done());
  });
  const { port } = server.address() as AddressInfo;
  project.provide("baseURL", `http://127.0.0.1:${port}`);

  return async () => {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
    rmSync(snapshot, { recursive: true, force: true });
  };
}
