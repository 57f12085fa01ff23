/**
 * Builds what the benchmark measures, only when it is missing or older than
 * its sources: the book (npm run build → dist/) and the bench pages
 * (bench/vite.config.ts → bench/dist/).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Newest modification time (ms) among `paths`, walking folders; missing paths count as 0. */
export function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== "node_modules" && !name.startsWith(".")) visit(join(p, name));
    } else newest = Math.max(newest, s.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

function isStale(output, sources) {
  if (!existsSync(output)) return "missing";
  return newestMtime(sources) > statSync(output).mtimeMs ? "older than its sources" : null;
}

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
  return { ok: r.status === 0, log: `${r.stdout ?? ""}${r.stderr ?? ""}`.slice(-4000) };
}

/**
 * Ensures dist/ and bench/dist/ are built. A failed rebuild of a stale output
 * falls back to the old output with a warning (other people may be mid-edit);
 * a missing output that cannot be built is fatal.
 * @returns what was done, for the report
 */
export function ensureBuilt(root, log) {
  const steps = [];
  const targets = [
    {
      name: "site",
      output: join(root, "dist/perceptron/index.html"),
      sources: ["src", "chapters", "public", "datasets", "index.html", "vite.config.ts", "package.json", "package-lock.json", "scripts/prerender.mjs"].map((p) => join(root, p)),
      build: () => run("npm", ["run", "--silent", "build"], root),
    },
    {
      name: "bench pages",
      output: join(root, "bench/dist/fit.html"),
      sources: ["src", "bench/pages", "bench/vite.config.ts", "package-lock.json"].map((p) => join(root, p)),
      build: () => run(join(root, "node_modules/.bin/vite"), ["build", "--config", "bench/vite.config.ts"], root),
    },
  ];
  for (const t of targets) {
    const why = isStale(t.output, t.sources);
    if (!why) {
      steps.push(`${t.name}: up to date`);
      continue;
    }
    log(`building ${t.name} (${why})…`);
    const t0 = Date.now();
    const r = t.build();
    if (r.ok) steps.push(`${t.name}: rebuilt (${why}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    else if (why === "missing") throw new Error(`building ${t.name} failed:\n${r.log}`);
    else {
      log(`WARNING: rebuilding ${t.name} failed; measuring the previous build.\n${r.log}`);
      steps.push(`${t.name}: rebuild FAILED, measured the previous (stale) build`);
    }
  }
  return steps;
}
