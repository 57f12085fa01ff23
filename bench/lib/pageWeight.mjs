/**
 * (a) Page weight: every script a chapter page loads, gzipped (level 9) here,
 * split by what it is for. The split comes from the built chunk graph: the
 * page's entry scripts and their static imports are "initial"; the chunks the
 * Mermaid and WidgetView dynamic imports bring in are "Mermaid" and "widget
 * UI"; what loads after Train is the worker, TF.js and a backend.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { quiet, waitForWidgets } from "./pageTools.mjs";

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
/** Strings only TF.js's own code contains (core, layers, backends). */
const TFJS_SIGNATURE = /Backend name '|High memory usage in GPU|WEBGL_VERSION|is already registered/;

/** Static and dynamic imports between the built chunks in dist/assets. */
function chunkGraph(assets) {
  const graph = new Map();
  for (const file of readdirSync(assets).filter((f) => f.endsWith(".js"))) {
    const text = readFileSync(join(assets, file), "utf8");
    const statics = [...text.matchAll(/(?:from|import)\s*["'`]\.\/([\w.@-]+\.js)["'`]/g)].map((m) => m[1]);
    const dynamics = [...text.matchAll(/import\(\s*["'`]\.\/([\w.@-]+\.js)["'`]\s*\)/g)].map((m) => m[1]);
    graph.set(file, { statics, dynamics });
  }
  return graph;
}

function closure(graph, starts, { dynamic = false } = {}) {
  const seen = new Set();
  const todo = [...starts];
  while (todo.length) {
    const f = todo.pop();
    if (seen.has(f) || !graph.has(f)) continue;
    seen.add(f);
    const g = graph.get(f);
    todo.push(...g.statics, ...(dynamic ? g.dynamics : []));
  }
  return seen;
}

const baseName = (url) => new URL(url).pathname.split("/").pop();
const isScript = (r) => /\.m?js(\?|$)/.test(new URL(r.url).pathname) || /javascript/.test(r.contentType ?? "");

/**
 * Loads `/perceptron/`, waits until everything before any widget runs has
 * loaded (hydration, Mermaid's diagram, the lazy widgets), then clicks Train
 * on the MLP widget and records what loads then.
 */
export async function measurePageWeight({ browser, siteUrl, dist, chapter = "perceptron", widget = "mlp-xnor" }) {
  const assets = join(dist, "assets");
  const graph = chunkGraph(assets);
  const html = readFileSync(join(dist, chapter, "index.html"), "utf8");
  const entries = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+)"/g)].map((m) => m[1].split("/").pop());
  const initialSet = closure(graph, entries);
  // Mermaid's entry chunk is named after the package; every other chunk the page imports
  // dynamically (not the chapter, which is preloaded) is the lazy widget UI.
  const mermaidEntry = [...graph.keys()].filter((f) => /^mermaid\.core-/.test(f));
  const lazyTargets = [...initialSet].flatMap((f) => graph.get(f)?.dynamics ?? []).filter((f) => !initialSet.has(f) && !mermaidEntry.includes(f));
  const widgetSet = new Set([...closure(graph, lazyTargets)].filter((f) => !initialSet.has(f)));
  const mermaidSet = new Set([...closure(graph, mermaidEntry, { dynamic: true })].filter((f) => !initialSet.has(f) && !widgetSet.has(f)));
  // TF.js is whatever the training worker pulls in, statically or dynamically.
  const workerEntry = [...graph.keys()].filter((f) => /\.worker-/.test(f));
  const workerStatic = closure(graph, workerEntry);
  const workerAll = closure(graph, workerEntry, { dynamic: true });

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  let phase = "before";
  const responses = [];
  const pending = [];
  const onResponse = (response) => {
    const rec = { url: response.url(), status: response.status(), contentType: response.headers()["content-type"], phase, fromWorker: !response.frame?.() };
    pending.push(
      response.body().then(
        (b) => { rec.bytes = b.length; rec.gzip = gz(b); rec.source = "response body"; },
        () => {
          // Worker responses may not expose a body to Playwright; the static server sends the file as is.
          const file = join(dist, decodeURIComponent(new URL(rec.url).pathname));
          if (existsSync(file)) { const b = readFileSync(file); rec.bytes = b.length; rec.gzip = gz(b); rec.source = "file on disk"; }
        },
      ).then(() => responses.push(rec)),
    );
  };
  context.on("response", onResponse);
  let lastRequest = Date.now();
  context.on("request", () => (lastRequest = Date.now()));

  await page.goto(`${siteUrl}${chapter}/`, { waitUntil: "load" });
  const widgetCount = await waitForWidgets(page);
  const hasDiagram = (await page.locator("[data-mermaid], figure.mermaid, pre.mermaid").count()) > 0;
  if (hasDiagram) await page.waitForSelector('[data-mermaid="svg"], [data-mermaid="error"]', { timeout: 30000 }).catch(() => {});
  await quiet(() => lastRequest, 1500);
  await Promise.all(pending);

  phase = "after-train";
  const section = page.locator(`section[data-widget="${widget}"]`);
  await section.scrollIntoViewIfNeeded();
  await section.locator('[data-action="train"]').click();
  await page.waitForFunction((id) => { const s = document.querySelector(`section[data-widget="${id}"]`); return s && Number(s.dataset.step) > 0; }, widget, { timeout: 60000 });
  const backend = await section.getAttribute("data-backend");
  await quiet(() => lastRequest, 1500);
  await Promise.all(pending);
  await context.close();

  const scripts = responses.filter(isScript).filter((r) => r.status < 400);
  const tag = (r) => {
    const f = baseName(r.url);
    if (r.phase === "after-train") return workerStatic.has(f) ? "after Train: worker + TF.js core/layers" : "after Train: TF.js backend (lazy)";
    if (initialSet.has(f) || !f.match(/^[\w.@-]+-[\w-]{8}\.js$/)) return "initial page JS";
    if (widgetSet.has(f)) return "widget UI";
    if (mermaidSet.has(f)) return "Mermaid";
    return "other (not in the graph)";
  };
  const files = scripts.map((r) => ({ file: new URL(r.url).pathname, group: tag(r), phase: r.phase, bytes: r.bytes ?? 0, gzip: r.gzip ?? 0, tfjs: workerAll.has(baseName(r.url)) || TFJS_SIGNATURE.test(readBody(dist, r.url)), source: r.source }));
  const sum = (pred) => files.filter(pred).reduce((a, f) => a + f.gzip, 0);
  const groups = {};
  for (const f of files) {
    const g = (groups[f.group] ??= { files: 0, bytes: 0, gzip: 0 });
    g.files++; g.bytes += f.bytes; g.gzip += f.gzip;
  }
  const before = (f) => f.phase === "before";
  return {
    chapter: `/${chapter}/`,
    widgetsOnPage: widgetCount,
    lazyWidgetChunks: [...widgetSet],
    diagramOnPage: hasDiagram,
    trainedWidget: widget,
    backendAfterTrain: backend,
    groups,
    beforeWidgetStartsGzip: sum(before),
    beforeWidgetStartsWithoutMermaidGzip: sum((f) => before(f) && f.group !== "Mermaid"),
    initialGzip: sum((f) => f.group === "initial page JS"),
    mermaidGzip: sum((f) => f.group === "Mermaid"),
    widgetUiGzip: sum((f) => f.group === "widget UI"),
    afterTrainGzip: sum((f) => f.phase === "after-train"),
    tfjsLoadedBeforeWidgetStarts: files.some((f) => before(f) && f.tfjs),
    workerResponsesSeen: files.filter((f) => f.phase === "after-train").length,
    files,
  };
}

function readBody(dist, url) {
  const file = join(dist, decodeURIComponent(new URL(url).pathname));
  return existsSync(file) ? readFileSync(file, "utf8") : "";
}
