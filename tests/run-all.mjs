#!/usr/bin/env node
/**
 * What `npm test` runs: make sure a real Chromium is there (installing
 * Debian's package if not), run the unit tests, build the static site, then
 * run the browser tests against that build. Every step runs even if an
 * earlier one failed where that still makes sense, and the last line says
 * what passed. Exits non-zero if anything failed.
 *
 *   node tests/run-all.mjs                 # everything
 *   node tests/run-all.mjs --browser-only  # build + browser tests
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumVersion, findChromium } from "./browser/chromium.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const browserOnly = process.argv.includes("--browser-only");
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** @type {{ name: string, ok: boolean, seconds: number, note?: string }[]} */
const results = [];
/** Test counts from vitest's JSON reports, for the closing "N passed, N failed" line CI reads. */
const counts = { passed: 0, failed: 0, skipped: 0 };
const reports = join(tmpdir(), `book-tests-${process.pid}`);
mkdirSync(reports, { recursive: true });

/** vitest arguments that also write a JSON report for `project`. */
function vitestArgs(project) {
  return ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${join(reports, `${project}.json`)}`];
}

/** Adds a project's counts; a missing report (vitest crashed) counts as one failure. */
function count(project) {
  const file = join(reports, `${project}.json`);
  if (!existsSync(file)) { counts.failed += 1; return; }
  const r = JSON.parse(readFileSync(file, "utf8"));
  counts.passed += r.numPassedTests;
  counts.failed += r.numFailedTests;
  counts.skipped += r.numPendingTests + r.numTodoTests;
}
const started = Date.now();

function run(name, cmd, args, env = {}) {
  console.log(`\n━━ ${name}: ${cmd} ${args.join(" ")}`);
  const t0 = Date.now();
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  const ok = result.status === 0;
  const note = result.error ? result.error.message : result.signal ? `killed by ${result.signal}` : ok ? undefined : `exit ${result.status}`;
  results.push({ name, ok, seconds: (Date.now() - t0) / 1000, note });
  return ok;
}

function summary() {
  const total = ((Date.now() - started) / 1000).toFixed(0);
  console.log("\n━━ Summary");
  for (const r of results) console.log(`  ${r.ok ? "PASS" : "FAIL"}  ${r.name} (${r.seconds.toFixed(0)} s)${r.note ? ` — ${r.note}` : ""}`);
  const failed = results.filter((r) => !r.ok);
  console.log(
    failed.length === 0
      ? `\nnpm test: ALL PASSED (${results.length} steps, ${total} s)`
      : `\nnpm test: FAILED — ${failed.map((r) => r.name).join(", ")} (${total} s)`,
  );
  // A step that failed without failing a test (no browser, a broken build) still counts as a failure.
  const failures = Math.max(counts.failed, failed.length > 0 && counts.failed === 0 ? 1 : counts.failed);
  console.log(`Tests: ${counts.passed} passed, ${failures} failed, ${counts.skipped} skipped`);
  return failed.length === 0;
}

// 1. A browser, first: without one the browser tests cannot run, and that is a failure, not a skip.
let chromium;
{
  const t0 = Date.now();
  try {
    chromium = await findChromium();
    const version = chromiumVersion(chromium);
    results.push({ name: "chromium", ok: true, seconds: (Date.now() - t0) / 1000, note: `${chromium}${version ? `, ${version}` : ""}` });
    console.log(`━━ chromium: ${chromium}${version ? ` (${version})` : ""}`);
  } catch (error) {
    results.push({ name: "chromium", ok: false, seconds: (Date.now() - t0) / 1000, note: error instanceof Error ? error.message : String(error) });
  }
}

// 2. Unit tests (TF.js cpu backend under Node).
if (!browserOnly) {
  run("unit tests", npx, vitestArgs("unit"));
  count("unit");
}

// 3. The production build the browser tests load; 4. the browser tests against it.
const built = run("build", npm, ["run", "build"]);
if (!chromium) {
  results.push({ name: "browser tests", ok: false, seconds: 0, note: "not run: no Chromium (see above)" });
} else if (!built) {
  results.push({ name: "browser tests", ok: false, seconds: 0, note: "not run: the build failed" });
} else {
  run("browser tests", npx, vitestArgs("browser"), { CHROMIUM_PATH: chromium });
  count("browser");
}

process.exit(summary() ? 0 : 1);
