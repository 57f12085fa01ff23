/** The book served by its own scripts/serve.mjs, and bench/dist/ served statically beside it. */
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sirv from "sirv";

/** Starts `node scripts/serve.mjs --port 0` and resolves to its base URL (ends in "/"). */
export function serveSite(root) {
  const child = spawn(process.execPath, [join(root, "scripts/serve.mjs"), "--port", "0"], { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, BOOK_BASE: "/" } });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`scripts/serve.mjs did not start:\n${out}`)), 15000);
    const onData = (d) => {
      out += d;
      const m = out.match(/https?:\/\/[^\s]+\//);
      if (m) {
        clearTimeout(timer);
        const handle = { url: m[0], exited: null, close: () => child.kill() };
        child.on("exit", (code, signal) => (handle.exited = `exited (${code ?? signal}): ${out.slice(-500)}`));
        resolve(handle);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (d) => (out += d));
    child.once("exit", (code) => reject(new Error(`scripts/serve.mjs exited (${code}):\n${out}`)));
  });
}

/**
 * Copies dist/ to a private folder and serves that copy as scripts/serve.mjs
 * serves dist/ (sirv, no SPA fallback). Other people rebuild dist/ while the
 * benchmark runs; a snapshot keeps every measurement on one build.
 */
export function serveSnapshot(root) {
  const snapshot = mkdtempSync(join(tmpdir(), "bench-site-"));
  cpSync(join(root, "dist"), snapshot, { recursive: true });
  return serveDir(snapshot, { dev: false, etag: true }).then((s) => ({
    ...s,
    dir: snapshot,
    exited: null,
    close: () => { s.close(); rmSync(snapshot, { recursive: true, force: true }); },
  }));
}

/** Serves `dir` on a free port. */
export function serveDir(dir, options = { dev: true }) {
  const files = sirv(dir, options);
  const server = createServer((req, res) => files(req, res, () => { res.statusCode = 404; res.end("not found"); }));
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
    });
  });
}
