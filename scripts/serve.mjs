#!/usr/bin/env node
/**
 * Serves dist/ exactly as a plain static host would: real files only, no SPA
 * fallback, dist/404.html (with status 404) for anything missing.
 * Usage: node scripts/serve.mjs [--port 4173] [--open]   (or PORT=… env)
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import sirv from "sirv";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
if (!existsSync(join(dist, "index.html"))) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}

const args = process.argv.slice(2);
const portFlag = args.indexOf("--port");
const port = Number(portFlag >= 0 ? args[portFlag + 1] : (process.env.PORT ?? 4173));
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Not a port: ${String(port)}`);
  process.exit(1);
}
// Same base the build used, so BOOK_BASE=/ml-book/ builds are served at /ml-book/.
const base = (process.env.BOOK_BASE ?? "/").replace(/\/?$/, "/");

// dev: true looks each file up per request instead of snapshotting dist/ at start,
// so a rebuild while serving neither 404s new files nor crashes on removed ones.
const files = sirv(dist, { dev: true, etag: true });
const notFound = readFileSync(join(dist, "404.html"));

const server = createServer((req, res) => {
  const url = req.url ?? "/";
  if (!url.startsWith(base)) return sendNotFound(res);
  req.url = `/${url.slice(base.length)}`;
  files(req, res, () => sendNotFound(res));
});

function sendNotFound(res) {
  res.writeHead(404, { "Content-Type": "text/html; charset=utf-8" });
  res.end(notFound);
}

server.listen(port, () => {
  const address = server.address();
  const url = `http://localhost:${typeof address === "object" && address ? address.port : port}${base}`;
  console.log(`Serving dist/ at ${url}`);
  if (args.includes("--open")) {
    // Best effort: no desktop (CI, containers) simply means no browser opens.
    const opener = spawn("xdg-open", [url], { stdio: "ignore", detached: true });
    opener.on("error", () => {});
    opener.unref();
  }
});
