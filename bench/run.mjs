#!/usr/bin/env node
/**
 * `npm run bench`: builds what is missing or stale, serves a snapshot of dist/, measures in
 * headless Chromium and prints a JSON object, then a readable table with each
 * target marked "met" or "missed by …". Figures never fail the run: the exit
 * code is non-zero only when the harness itself cannot work.
 *
 * Environment: BENCH_WINDOW_MS (default 8000), BENCH_WARMUP_MS (2000),
 * BENCH_BACKENDS (webgl,webgpu,cpu), BENCH_LR (0.0001, small so training never
 * reaches "done"), BENCH_ROUNDS (2: widget and bare fit alternate, medians
 * reported, since other processes on a small machine make single runs noisy),
 * BENCH_ONLY (comma list of: weight,throughput,longtasks,tensors,widgets).
 *
 * (e) every widget in the catalog (read at run time): BENCH_WIDGETS (id,id; all
 * by default), BENCH_WIDGET_BACKENDS (webgl,webgpu; add cpu for a reference),
 * BENCH_WIDGET_WARMUP_MS (2000), BENCH_WIDGET_WINDOW_MS (3000), BENCH_CHUNK_MS
 * (100: what one bare trainable.run(k) call aims for).
 *
 * (f) the deep widgets (chapters cnn, gan, lstm) against bare model.fit, with peak
 * memory: BENCH_DEEP_WIDGETS (id,id; all of those chapters by default),
 * BENCH_DEEP_BACKENDS (webgl,webgpu), BENCH_DEEP_WARMUP_MS (3000), BENCH_DEEP_WINDOW_MS (8000),
 * BENCH_DEEP_CNN_WINDOW_MS (30000: the CNN's window, at least).
 * (g) seconds to 97 % held-out accuracy on MNIST with the defaults: BENCH_MNIST_BACKENDS
 * (webgl,webgpu; cpu also works, about 30 minutes), BENCH_MNIST_LIMIT_S (900 per backend).
 * `npm run bench:mnist97-node` (bench/mnist97Node.ts) trains the same defaults in Node
 * on the cpu backend and prints every epoch's held-out accuracy.
 * BENCH_ONLY names for them: deep, mnist97.
 */
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchBrowser } from "./lib/browser.mjs";
import { ensureBuilt } from "./lib/build.mjs";
import { measurePageWeight } from "./lib/pageWeight.mjs";
import { longTasksIdle, longTasksMainThread, longTasksWorker } from "./lib/longTasks.mjs";
import { printTable } from "./lib/table.mjs";
import { serveDir, serveSnapshot } from "./lib/servers.mjs";
import { tensorsAfterReset } from "./lib/tensors.mjs";
import { bareFitThroughput, probeBackends, widgetThroughput } from "./lib/throughput.mjs";
import { bareRunThroughput, idleControl, readCatalog, widgetRun } from "./lib/perWidget.mjs";
import { benchSettings } from "./lib/widgetSettings.mjs";
import { askMemory, deepFitIds, deepFitThroughput, secondsToAccuracy, trackWorkers } from "./lib/deep.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const log = (m) => process.stderr.write(`bench: ${m}\n`);
const env = process.env;
const windowMs = Number(env.BENCH_WINDOW_MS ?? 8000);
const warmupMs = Number(env.BENCH_WARMUP_MS ?? 2000);
const lr = Number(env.BENCH_LR ?? 0.0001);
const backends = (env.BENCH_BACKENDS ?? "webgl,webgpu,cpu").split(",").map((s) => s.trim()).filter(Boolean);
const rounds = Math.max(1, Number(env.BENCH_ROUNDS ?? 2));
const only = env.BENCH_ONLY ? new Set(env.BENCH_ONLY.split(",")) : null;
const wanted = (k) => !only || only.has(k);
const list = (v, fallback) => (v ?? fallback).split(",").map((x) => x.trim()).filter(Boolean);
const perWidget = {
  ids: env.BENCH_WIDGETS ? list(env.BENCH_WIDGETS) : null,
  backends: list(env.BENCH_WIDGET_BACKENDS, "webgl,webgpu"),
  warmupMs: Number(env.BENCH_WIDGET_WARMUP_MS ?? 2000),
  windowMs: Number(env.BENCH_WIDGET_WINDOW_MS ?? 3000),
  chunkMs: Number(env.BENCH_CHUNK_MS ?? 100),
};

const deep = {
  chapters: ["cnn", "gan", "lstm"],
  ids: env.BENCH_DEEP_WIDGETS ? list(env.BENCH_DEEP_WIDGETS) : null,
  backends: list(env.BENCH_DEEP_BACKENDS, "webgl,webgpu"),
  warmupMs: Number(env.BENCH_DEEP_WARMUP_MS ?? 3000),
  windowMs: Number(env.BENCH_DEEP_WINDOW_MS ?? 8000),
  cnnWindowMs: Number(env.BENCH_DEEP_CNN_WINDOW_MS ?? 30000),
};
const mnist97 = { backends: list(env.BENCH_MNIST_BACKENDS, "webgl,webgpu"), limitS: Number(env.BENCH_MNIST_LIMIT_S ?? 900) };

/** Runs one measurement; a failure is recorded in the results rather than ending the run. */
async function attempt(label, fn) {
  log(`${label}…`);
  const t0 = Date.now();
  try {
    const r = await fn();
    log(`${label}: done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return r;
  } catch (e) {
    log(`${label}: FAILED: ${e instanceof Error ? e.stack ?? e.message : e}`);
    return { error: e instanceof Error ? e.message.split("\n")[0] : String(e) };
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Median steps/s over the rounds that worked, with every round kept for the JSON. */
function summarise(runs) {
  const ok = runs.filter((r) => !r.error && Number.isFinite(r.stepsPerSecond));
  if (ok.length === 0) return { error: runs.find((r) => r.error)?.error ?? "no result", runs };
  return { backend: ok[0].backend, stepsPerSecond: median(ok.map((r) => r.stepsPerSecond)), perRound: runs.map((r) => r.stepsPerSecond ?? null), runs };
}

/**
 * (e) Every widget in the catalog, on each of perWidget.backends: the widget
 * (embed page, long tasks recorded) then its bare model, alternating, so
 * drifting load hits both alike. A widget that fails is recorded and skipped.
 */
async function measureEveryWidget({ browser, benchUrl, siteUrl }) {
  const catalog = await attempt("(e) reading the widget catalog", () => readCatalog({ browser, benchUrl }));
  if (catalog.error) return { error: catalog.error };
  const known = new Set(catalog.map((e) => e.id));
  const skipped = (perWidget.ids ?? []).filter((id) => !known.has(id)).map((id) => ({ id, why: "not in the catalog (yet)" }));
  for (const e of catalog) if (!e.trains) skipped.push({ id: e.id, why: "trains no model" });
  const entries = (perWidget.ids ? catalog.filter((e) => perWidget.ids.includes(e.id)) : catalog).filter((e) => e.trains);
  const { warmupMs, windowMs, chunkMs } = perWidget;
  const out = { skipped, rows: [] };
  const lb = perWidget.backends.includes("webgl") ? "webgl" : perWidget.backends[0];
  const controlId = entries[0]?.id;
  if (controlId) out.idleBefore = await attempt(`(e) control: ${controlId} page, not training, ${lb}`, async () => idleControl({ browser, siteUrl: await siteUrl(), id: controlId, backend: lb, windowMs }));
  for (const entry of entries) {
    const { search, notes, pace } = benchSettings(entry);
    for (const backend of perWidget.backends) {
      const label = `(e) ${entry.id}, ${backend}`;
      const common = { browser, id: entry.id, backend, search, warmupMs, windowMs };
      const widget = await attempt(`${label}: widget`, async () => widgetRun({ ...common, siteUrl: await siteUrl() }));
      const bare = await attempt(`${label}: bare trainable.run(k)`, () => bareRunThroughput({ ...common, benchUrl, chunkMs }));
      const ratio = widget.stepsPerSecond && bare.stepsPerSecond ? widget.stepsPerSecond / bare.stepsPerSecond : null;
      out.rows.push({ id: entry.id, chapter: entry.chapter, backend, search, notes, pace, widget, bare, widgetOverBare: ratio });
    }
  }
  if (controlId) out.idleAfter = await attempt(`(e) control again: ${controlId} page, not training, ${lb}`, async () => idleControl({ browser, siteUrl: await siteUrl(), id: controlId, backend: lb, windowMs }));
  out.longTaskBackend = lb;
  return out;
}

/**
 * (f) Each deep widget on each backend: the widget (long tasks, then its
 * worker's peak memory) and bare model.fit of the same network, where the
 * widget's training is a model.fit (not the GANs').
 */
async function measureDeepWidgets({ browser, benchUrl, siteUrl }) {
  const catalog = await attempt("(f) reading the widget catalog", () => readCatalog({ browser, benchUrl }));
  if (catalog.error) return { error: catalog.error };
  const withFit = await attempt("(f) listing model.fit baselines", () => deepFitIds({ browser, benchUrl }));
  const fits = new Set(Array.isArray(withFit) ? withFit : []);
  const entries = catalog.filter((e) => e.trains && (deep.ids ? deep.ids.includes(e.id) : deep.chapters.includes(e.chapter)));
  const rows = [];
  for (const entry of entries) {
    const { search, notes } = benchSettings(entry);
    for (const backend of deep.backends) {
      const label = `(f) ${entry.id}, ${backend}`;
      // A CNN step can take seconds under software WebGL/WebGPU: a longer window so several steps land in it.
      const windowMs = entry.chapter === "cnn" ? Math.max(deep.windowMs, deep.cnnWindowMs) : deep.windowMs;
      const common = { browser, id: entry.id, backend, search, warmupMs: deep.warmupMs, windowMs };
      const widget = await attempt(`${label}: widget`, async () => widgetRun({ ...common, siteUrl: await siteUrl(), initScript: trackWorkers, probe: askMemory }));
      const fit = fits.has(entry.id) ? await attempt(`${label}: bare model.fit`, () => deepFitThroughput({ ...common, benchUrl })) : { none: "not a model.fit (alternating steps); see (e) for its bare loop" };
      const ratio = widget.stepsPerSecond && fit.stepsPerSecond ? widget.stepsPerSecond / fit.stepsPerSecond : null;
      rows.push({ id: entry.id, chapter: entry.chapter, backend, search, notes, widget, fit, widgetOverFit: ratio });
    }
  }
  return { rows };
}

async function main() {
  const started = Date.now();
  const build = ensureBuilt(root, log);
  let site = await serveSnapshot(root);
  const warnings = [];
  // The book's server can die mid-run (e.g. someone rebuilds dist/ under it): restart it, note it.
  const siteUrl = async () => {
    if (site.exited) {
      warnings.push(`scripts/serve.mjs ${site.exited.replace(/\s+/g, " ")}; restarted`);
      log(`the site server ${site.exited}; restarting it`);
      site = await serveSnapshot(root);
    }
    return site.url;
  };
  const benchSite = await serveDir(join(root, "bench/dist"));
  const { browser, launcher } = await launchBrowser(root);
  const results = {
    startedAt: new Date(started).toISOString(),
    settings: { windowMs, warmupMs, learningRate: lr, backends, rounds, perWidget, deep, mnist97 },
    build,
    warnings,
    machine: {
      cpuCores: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: browser.version(),
      launcher,
      loadAverageAtStart: loadavg().map((x) => Number(x.toFixed(2))),
    },
  };
  try {
    results.machine.backends = await attempt("probing backends", () => probeBackends({ browser, benchUrl: benchSite.url }));
    if (wanted("weight")) results.pageWeight = await attempt("(a) page weight", async () => measurePageWeight({ browser, siteUrl: await siteUrl(), dist: site.dir, log }));
    if (wanted("throughput")) {
      results.throughput = {};
      for (const b of backends) {
        const common = { browser, backend: b, lr, warmupMs, windowMs };
        const widgetRuns = [];
        const bareWorkerRuns = [];
        // Alternate widget and bare fit so drifting background load hits both alike.
        for (let k = 1; k <= rounds; k++) {
          widgetRuns.push(await attempt(`(b) widget throughput, ${b}, round ${k}/${rounds}`, async () => widgetThroughput({ ...common, siteUrl: await siteUrl() })));
          bareWorkerRuns.push(await attempt(`(b) bare model.fit in a worker, ${b}, round ${k}/${rounds}`, () => bareFitThroughput({ ...common, benchUrl: benchSite.url, where: "worker" })));
        }
        const bareMain = await attempt(`(b) bare model.fit on the main thread, ${b}`, () => bareFitThroughput({ ...common, benchUrl: benchSite.url, where: "main" }));
        const widget = summarise(widgetRuns);
        const bareWorker = summarise(bareWorkerRuns);
        const ratio = widget.stepsPerSecond && bareWorker.stepsPerSecond ? widget.stepsPerSecond / bareWorker.stepsPerSecond : null;
        results.throughput[b] = { widget, bareWorker, bareMain, widgetOverBareWorker: ratio };
      }
    }
    if (wanted("longtasks")) {
      const b = backends.includes("webgl") ? "webgl" : backends[0];
      results.longTasks = {
        backend: b,
        worker: await attempt(`(c) long tasks, widget (worker), ${b}`, async () => longTasksWorker({ browser, siteUrl: await siteUrl(), backend: b, lr, windowMs })),
        mainThread: await attempt(`(c) long tasks, main-thread loop, ${b}`, () => longTasksMainThread({ browser, benchUrl: benchSite.url, backend: b, lr, windowMs })),
        idle: await attempt("(c) long tasks, control: widget page not training", async () => longTasksIdle({ browser, siteUrl: await siteUrl(), backend: b, lr, windowMs })),
      };
    }
    if (wanted("tensors")) {
      results.tensors = {};
      for (const b of ["cpu", "webgl"]) results.tensors[b] = await attempt(`(d) tensors after reset, ${b}`, async () => tensorsAfterReset({ browser, siteUrl: await siteUrl(), backend: b, lr }));
    }
    if (wanted("widgets")) results.widgets = await measureEveryWidget({ browser, benchUrl: benchSite.url, siteUrl });
    if (wanted("deep")) results.deep = await measureDeepWidgets({ browser, benchUrl: benchSite.url, siteUrl });
    if (wanted("mnist97")) {
      results.mnist97 = {};
      for (const b of mnist97.backends) results.mnist97[b] = await attempt(`(g) MNIST to 97 %, ${b}`, async () => secondsToAccuracy({ browser, siteUrl: await siteUrl(), backend: b, limitS: mnist97.limitS }));
    }
  } finally {
    await browser.close();
    site.close();
    benchSite.close();
  }
  results.seconds = Math.round((Date.now() - started) / 1000);
  results.machine.loadAverageAtEnd = loadavg().map((x) => Number(x.toFixed(2)));
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n\n`);
  printTable(results, (line) => process.stdout.write(`${line}\n`));
}

main().catch((e) => {
  log(`the harness broke: ${e instanceof Error ? e.stack ?? e.message : e}`);
  process.exit(1);
});
