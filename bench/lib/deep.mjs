/**
 * (f) The deep widgets (CNN, GAN, LSTM chapters): steps/s on the embed page
 * against bare tfjs `model.fit` of the identical network, batch size and data
 * (bench/pages/deepFits.ts), the peak tensors and bytes the widget's worker
 * held, and main-thread long tasks while it trains.
 * (g) MNIST: seconds from Train to 97 % held-out accuracy with the default
 * settings, read from the widget's data-accuracy.
 */
import { sleep } from "./pageTools.mjs";

/** Installed before page scripts: keeps every Worker so the bench can ask the training worker for its memory report. */
export const trackWorkers = () => {
  window.__benchWorkers = [];
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      window.__benchWorkers.push(this);
    }
  };
};

/** Asks each of the page's workers for a memory report (src/worker/protocol.ts) and returns the first answer. */
export function askMemory(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const workers = window.__benchWorkers ?? [];
    const timer = setTimeout(() => resolve({ error: "no memory report within 30 s" }), 30000);
    for (const w of workers) {
      w.addEventListener("message", function answer(e) {
        if (e.data?.type !== "memory") return;
        w.removeEventListener("message", answer);
        clearTimeout(timer);
        resolve({ numTensors: e.data.numTensors, numBytes: e.data.numBytes, peakTensors: e.data.peakTensors, peakBytes: e.data.peakBytes, baseline: e.data.baseline });
      });
      w.postMessage({ type: "memory" });
    }
  }));
}

/** Bare model.fit of the widget's network on bench/dist/deep.html, in a worker. */
export async function deepFitThroughput({ browser, benchUrl, id, backend, search, warmupMs, windowMs }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${benchUrl}deep.html`, { waitUntil: "load" });
    await page.waitForSelector("body[data-ready]", { state: "attached", timeout: 60000 });
    const r = await page.evaluate((o) => window.benchDeepFit(o), { id, search, backend, warmupMs, windowMs });
    return { requested: backend, ...r };
  } finally {
    await context.close();
  }
}

/** Which widget ids have a model.fit baseline in bench/pages/deepFits.ts. */
export async function deepFitIds({ browser, benchUrl }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${benchUrl}deep.html`, { waitUntil: "load" });
    await page.waitForSelector("body[data-ready]", { state: "attached", timeout: 60000 });
    return await page.evaluate(() => window.benchDeepFitIds());
  } finally {
    await context.close();
  }
}

/**
 * Trains cnn-mnist with its defaults on `backend` and polls data-accuracy (the
 * held-out accuracy) every second until it reaches `target`, the run ends, or
 * `limitS` passes. Records the curve every ~10 s.
 */
export async function secondsToAccuracy({ browser, siteUrl, id = "cnn-mnist", backend, target = 0.97, limitS = 900 }) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const sel = `[data-widget="${id}"]`;
  try {
    await page.goto(`${siteUrl}embed/${id}/?backend=${backend}`, { waitUntil: "load" });
    await page.waitForSelector(`${sel} [data-action="train"]`, { timeout: 60000 });
    const t0 = Date.now();
    await page.locator(`${sel} [data-action="train"]`).click();
    const curve = [];
    let last = { accuracy: NaN, step: 0, status: "idle", backend: "" };
    while ((Date.now() - t0) / 1000 < limitS) {
      await sleep(1000);
      last = await page.evaluate((sel) => {
        const s = document.querySelector(sel);
        return { accuracy: Number(s.dataset.accuracy), step: Number(s.dataset.step), status: s.dataset.status, backend: s.dataset.backend };
      }, sel);
      const seconds = (Date.now() - t0) / 1000;
      if (curve.length === 0 || seconds - curve.at(-1).seconds >= 10) curve.push({ seconds: Math.round(seconds), step: last.step, accuracy: last.accuracy });
      if (last.accuracy >= target) return { backend: last.backend, reached: true, seconds, step: last.step, accuracy: last.accuracy, curve };
      if (last.status === "error" || last.status === "diverged" || last.status === "done") break;
    }
    return { backend: last.backend, reached: false, seconds: (Date.now() - t0) / 1000, step: last.step, accuracy: last.accuracy, endStatus: last.status, curve };
  } finally {
    await context.close();
  }
}
