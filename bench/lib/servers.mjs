/** The book served by its own scripts/serve.mjs, and bench/dist/ served statically beside it. */
import { spawn } from "node:child_process";
import { createServer } from "node:http";
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
        resolve({ url: m[0], close: () => child.kill() });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => reject(new Error(`scripts/serve.mjs exited (${code}):\n${out}`)));
  });
}

/** Serves `dir` on a free port. */
export function serveDir(dir) {
  const files = sirv(dir, { dev: true });
  const server = createServer((req, res) => files(req, res, () => { res.statusCode = 404; res.end("not found"); }));
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
    });
  });
}
