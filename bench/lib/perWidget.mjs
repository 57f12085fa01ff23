/**
 * (e) Every widget in the catalog: steps/s on its embed page (from
 * data-step, after a warm-up) against its own model trained bare by
 * trainable.run(k) in a worker (bench/pages/bare.html), and the page's
 * main-thread long tasks while it trains, against a page that is not training.
 */
import { observeLongTasks } from "./longTasks.mjs";
import { sleep } from "./pageTools.mjs";

/** The widgets the built catalog holds (bench/dist is rebuilt from src/ when stale). */
export async function readCatalog({ browser, benchUrl }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${benchUrl}bare.html`, { waitUntil: "load" });
    await page.waitForSelector("body[data-ready]");
    return await page.evaluate(() => window.benchCatalog());
  } finally {
    await context.close();
  }
}

/** Waits until the widget has run a step (training or already done); throws on error or divergence. */
function waitStarted(page, id, timeout) {
  return page.waitForFunction((id) => {
    const s = document.querySelector(`[data-widget="${id}"]`);
    if (!s) return false;
    if (s.dataset.status === "error" || s.dataset.status === "diverged") throw new Error(`widget ${id} is ${s.dataset.status}`);
    return (s.dataset.status === "training" || s.dataset.status === "done") && Number(s.dataset.step) >= 1;
  }, id, { timeout, polling: 50 });
}

/**
 * In the page: samples data-step every `everyMs` and counts frames for
 * `windowMs` (or until the status leaves "training").
 */
function sampleWindow(page, id, windowMs, everyMs = 100) {
  return page.evaluate(({ id, windowMs, everyMs }) => new Promise((resolve) => {
    const el = document.querySelector(`[data-widget="${id}"]`);
    const samples = [];
    let frames = 0;
    let worstGap = 0;
    let prevFrame = performance.now();
    let running = true;
    const frame = (t) => {
      frames++;
      worstGap = Math.max(worstGap, t - prevFrame);
      prevFrame = t;
      if (running) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const t0 = performance.now();
    const take = () => {
      samples.push({ t: performance.now(), step: Number(el.dataset.step), status: el.dataset.status });
      if (performance.now() - t0 < windowMs && el.dataset.status === "training") setTimeout(take, everyMs);
      else { running = false; resolve({ samples, frames, worstFrameGapMs: worstGap }); }
    };
    take();
  }), { id, windowMs, everyMs });
}

/**
 * CPU seconds per Chromium process type (browser, renderer, GPU…) from the
 * browser's CDP, and this page's main-thread task time: where the window's
 * CPU went. Under software WebGL/WebGPU the "GPU" process is CPU work too.
 */
async function cpuSnapshot(browser, pageCdp) {
  const out = { byProcess: null, mainThreadTaskS: null };
  try {
    const cdp = await browser.newBrowserCDPSession();
    const { processInfo } = await cdp.send("SystemInfo.getProcessInfo");
    await cdp.detach();
    out.byProcess = {};
    for (const p of processInfo) out.byProcess[p.type] = (out.byProcess[p.type] ?? 0) + p.cpuTime;
  } catch { /* not every browser offers it */ }
  try {
    const { metrics } = await pageCdp.send("Performance.getMetrics");
    out.mainThreadTaskS = metrics.find((m) => m.name === "TaskDuration")?.value ?? null;
  } catch { /* idem */ }
  return out;
}

/** CPU seconds per second of wall time between two snapshots (1.0 = one core busy). */
function cpuShare(a, b, seconds) {
  const share = {};
  if (a.byProcess && b.byProcess) for (const k of Object.keys(b.byProcess)) share[k] = Number((((b.byProcess[k] ?? 0) - (a.byProcess[k] ?? 0)) / seconds).toFixed(2));
  if (a.mainThreadTaskS !== null && b.mainThreadTaskS !== null) share.pageMainThread = Number(((b.mainThreadTaskS - a.mainThreadTaskS) / seconds).toFixed(2));
  return share;
}

/** Long tasks in [t0, t1] of the page's clock. */
async function longTasksBetween(page, t0, t1) {
  const all = await page.evaluate(() => window.__longTasks ?? []);
  const inWindow = all.filter((t) => t.start + t.duration >= t0 && t.start <= t1);
  return {
    count: inWindow.length,
    longestMs: inWindow.reduce((m, t) => Math.max(m, t.duration), 0),
    totalMs: inWindow.reduce((a, t) => a + t.duration, 0),
    sincePageLoad: all.length,
    longestSincePageLoadMs: all.reduce((m, t) => Math.max(m, t.duration), 0),
  };
}

/**
 * The widget on /embed/<id>/?backend=…&<search>: click Train, wait for the
 * first step, warm up, then sample data-step over the window.
 */
export async function widgetRun({ browser, siteUrl, id, backend, search, warmupMs, windowMs, startTimeoutMs = 60000, initScript, probe }) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  await context.addInitScript(observeLongTasks);
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const sel = `[data-widget="${id}"]`;
  const attrs = () => page.evaluate((sel) => { const s = document.querySelector(sel); return { status: s.dataset.status, backend: s.dataset.backend, step: Number(s.dataset.step) }; }, sel);
  try {
    const url = `${siteUrl}embed/${id}/?backend=${backend}${search ? `&${search}` : ""}`;
    const resp = await page.goto(url, { waitUntil: "load" });
    if (!resp || !resp.ok()) throw new Error(`GET ${url}: ${resp ? resp.status() : "no response"}`);
    await page.waitForSelector(`${sel} [data-action="train"]`, { timeout: 30000 });
    const clickedAt = Date.now();
    await page.locator(`${sel} [data-action="train"]`).click();
    await waitStarted(page, id, startTimeoutMs);
    const startToFirstStepMs = Date.now() - clickedAt;
    await sleep(warmupMs);
    const before = await attrs();
    if (before.status !== "training") {
      const seconds = (Date.now() - clickedAt) / 1000;
      return { backend: before.backend, requested: backend, startToFirstStepMs, stepsPerSecond: null, endStatus: before.status, doneEarly: { step: before.step, withinSeconds: seconds }, pageErrors: errors };
    }
    // One CDP session for both readings: TaskDuration counts from Performance.enable.
    const pageCdp = await context.newCDPSession(page);
    await pageCdp.send("Performance.enable").catch(() => {});
    const cpu0 = await cpuSnapshot(browser, pageCdp);
    const c0 = Date.now();
    const w = await sampleWindow(page, id, windowMs);
    const cpu = cpuShare(cpu0, await cpuSnapshot(browser, pageCdp), (Date.now() - c0) / 1000);
    const s = w.samples;
    const first = s[0];
    const last = s[s.length - 1];
    const ms = last.t - first.t;
    const changes = s.slice(1).filter((x, i) => x.step !== s[i].step).length;
    const after = await attrs();
    const longTasks = await longTasksBetween(page, first.t, last.t);
    return {
      backend: after.backend,
      requested: backend,
      startToFirstStepMs,
      steps: last.step - first.step,
      ms,
      stepsPerSecond: ms > 0 ? ((last.step - first.step) / ms) * 1000 : null,
      dataStepChangesPerSecond: ms > 0 ? (changes / ms) * 1000 : null,
      endStatus: last.status,
      doneEarly: last.status === "done" ? { step: last.step, withinSeconds: (Date.now() - clickedAt) / 1000 } : null,
      fps: ms > 0 ? (w.frames / ms) * 1000 : null,
      worstFrameGapMs: w.worstFrameGapMs,
      longTasks,
      cpuCoresBusy: cpu,
      pageErrors: errors,
      ...(probe ? { probe: await probe(page) } : {}),
    };
  } finally {
    await context.close();
  }
}

/** The same model bare: trainable.run(k) back to back in a worker on bench/dist/bare.html. */
export async function bareRunThroughput({ browser, benchUrl, id, backend, search, warmupMs, windowMs, chunkMs }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${benchUrl}bare.html`, { waitUntil: "load" });
    await page.waitForSelector("body[data-ready]", { state: "attached", timeout: 60000 });
    const r = await page.evaluate((o) => window.benchBare(o), { id, search, backend, warmupMs, windowMs, chunkMs });
    return { requested: backend, ...r };
  } finally {
    await context.close();
  }
}

/** Control: an embed page loaded and left alone (not training) for the same window. */
export async function idleControl({ browser, siteUrl, id, backend, windowMs }) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  await context.addInitScript(observeLongTasks);
  const page = await context.newPage();
  try {
    await page.goto(`${siteUrl}embed/${id}/?backend=${backend}`, { waitUntil: "load" });
    await page.waitForSelector(`[data-widget="${id}"] [data-action="train"]`, { timeout: 30000 });
    await sleep(1000);
    const t0 = await page.evaluate(() => performance.now());
    await sleep(windowMs);
    const t1 = await page.evaluate(() => performance.now());
    return { widget: id, backend, windowSeconds: (t1 - t0) / 1000, longTasks: await longTasksBetween(page, t0, t1) };
  } finally {
    await context.close();
  }
}
