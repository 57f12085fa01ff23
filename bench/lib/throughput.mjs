/**
 * (b) Training throughput: the MLP widget on its real embed page (steps/s
 * from data-step) against a bare `model.fit` of the same network on the
 * bench page, in a worker and on the main thread, same backend and browser.
 */
import { sleep, waitForWidgets, waitTraining } from "./pageTools.mjs";

/** Samples data-step inside the page every `everyMs` for `windowMs`; returns steps/s over the window. */
function sampleSteps(page, selector, windowMs, everyMs = 200) {
  return page.evaluate(({ selector, windowMs, everyMs }) => new Promise((resolve) => {
    const el = document.querySelector(selector);
    const samples = [];
    const t0 = performance.now();
    const take = () => {
      samples.push({ t: performance.now(), step: Number(el.dataset.step), status: el.dataset.status });
      if (performance.now() - t0 < windowMs && el.dataset.status === "training") setTimeout(take, everyMs);
      else resolve(samples);
    };
    take();
  }), { selector, windowMs, everyMs });
}

function rate(samples) {
  // From the first to the last change of data-step, so report granularity does not bias the figure.
  const first = samples[0];
  const last = samples[samples.length - 1];
  const ms = last.t - first.t;
  return { steps: last.step - first.step, ms, stepsPerSecond: ms > 0 ? ((last.step - first.step) / ms) * 1000 : 0, endStatus: last.status };
}

/** Steps/s of the widget on /embed/mlp-xnor/?backend=…&lr=…, after warm-up. */
export async function widgetThroughput({ browser, siteUrl, backend, lr, warmupMs, windowMs }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  try {
    await page.goto(`${siteUrl}embed/mlp-xnor/?backend=${backend}&lr=${lr}`, { waitUntil: "load" });
    await waitForWidgets(page);
    const t0 = Date.now();
    await page.locator('[data-widget="mlp-xnor"] [data-action="train"]').click();
    await waitTraining(page, "mlp-xnor");
    const startMs = Date.now() - t0;
    await sleep(warmupMs);
    const samples = await sampleSteps(page, '[data-widget="mlp-xnor"]', windowMs);
    const actual = await page.getAttribute('[data-widget="mlp-xnor"]', "data-backend");
    const reportsPerSecond = samples.slice(1).filter((s, i) => s.step !== samples[i].step).length / ((samples.at(-1).t - samples[0].t) / 1000);
    return { backend: actual, requested: backend, startToFirstStepMs: startMs, ...rate(samples), dataStepChangesPerSecond: reportsPerSecond, pageErrors: errors };
  } finally {
    await context.close();
  }
}

/** Bare model.fit on bench/dist/fit.html, `where` = "worker" | "main". */
export async function bareFitThroughput({ browser, benchUrl, where, backend, lr, warmupMs, windowMs }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${benchUrl}fit.html`, { waitUntil: "load" });
    await page.waitForSelector("body[data-ready]");
    const r = await page.evaluate(({ where, o }) => window.benchFit(where, o), { where, o: { backend, learningRate: lr, warmupMs, windowMs } });
    return { where, requested: backend, ...r };
  } finally {
    await context.close();
  }
}

/** What the browser offers: WebGPU adapter, WebGL renderer (in a worker, as the widget uses it). */
export async function probeBackends({ browser, benchUrl }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${benchUrl}fit.html`, { waitUntil: "load" });
    return await page.evaluate(async () => {
      const out = { webgpu: "no navigator.gpu", webgl2: "no WebGL2", offscreenCanvas: typeof OffscreenCanvas !== "undefined", hardwareConcurrency: navigator.hardwareConcurrency };
      if (navigator.gpu) {
        try {
          const a = await navigator.gpu.requestAdapter();
          out.webgpu = a ? `adapter: ${[a.info?.vendor, a.info?.architecture, a.info?.description].filter(Boolean).join(" / ") || "yes"}` : "no adapter";
        } catch (e) { out.webgpu = `requestAdapter failed: ${e}`; }
      }
      const gl = new OffscreenCanvas(1, 1).getContext("webgl2");
      if (gl) {
        const ext = gl.getExtension("WEBGL_debug_renderer_info");
        out.webgl2 = ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
      }
      return out;
    });
  } finally {
    await context.close();
  }
}
