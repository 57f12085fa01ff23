/**
 * (c) Main-thread long tasks and frame rate while the MLP trains: the widget
 * (training in its worker) on its embed page, against the same session loop
 * run on the main thread (bench/pages/mainloop.html). During the window the
 * page is scrolled and the learning-rate slider moved, as a reader would.
 */
import { sleep, waitTraining } from "./pageTools.mjs";

/** Installed before any page script: buffers every long task from page start. */
export const observeLongTasks = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
};

async function measure(page, { selector, slider, windowMs, idle = false }) {
  if (!idle) await waitTraining(page, selector.match(/data-widget="([^"]+)"/)[1]);
  await sleep(1000);
  const windowPromise = page.evaluate((windowMs) => new Promise((resolve) => {
    let frames = 0;
    let worstGap = 0;
    const t0 = performance.now();
    let prev = t0;
    const tick = (t) => {
      frames++;
      worstGap = Math.max(worstGap, t - prev);
      prev = t;
      if (t - t0 < windowMs) requestAnimationFrame(tick);
      else resolve({ t0, t1: t, frames, worstFrameGapMs: worstGap });
    };
    requestAnimationFrame(tick);
  }), windowMs);
  // Reader activity during the window: scroll, and nudge the learning-rate slider.
  const until = Date.now() + windowMs - 300;
  const range = page.locator(slider).first();
  let right = true;
  while (Date.now() < until) {
    await page.mouse.move(400, 300);
    await page.mouse.wheel(0, right ? 240 : -240);
    await range.focus();
    await page.keyboard.press(right ? "ArrowRight" : "ArrowLeft");
    right = !right;
    await sleep(250);
  }
  const w = await windowPromise;
  const all = await page.evaluate(() => window.__longTasks);
  const inWindow = all.filter((t) => t.start + t.duration >= w.t0 && t.start <= w.t1);
  const state = await page.evaluate((sel) => { const s = document.querySelector(sel); return { status: s.dataset.status, backend: s.dataset.backend, step: Number(s.dataset.step) }; }, selector);
  const seconds = (w.t1 - w.t0) / 1000;
  return {
    windowSeconds: seconds,
    fps: w.frames / seconds,
    worstFrameGapMs: w.worstFrameGapMs,
    longTasks: inWindow.length,
    longestLongTaskMs: inWindow.reduce((m, t) => Math.max(m, t.duration), 0),
    longTaskMsTotal: inWindow.reduce((a, t) => a + t.duration, 0),
    longTasksSincePageLoad: all.length,
    ...state,
  };
}

export async function longTasksWorker({ browser, siteUrl, backend, lr, windowMs }) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 600 } });
  await context.addInitScript(observeLongTasks);
  const page = await context.newPage();
  try {
    await page.goto(`${siteUrl}embed/mlp-xnor/?backend=${backend}&lr=${lr}`, { waitUntil: "load" });
    await page.waitForSelector('[data-widget="mlp-xnor"] [data-action="train"]');
    await page.locator('[data-widget="mlp-xnor"] [data-action="train"]').click();
    return { where: "worker (widget embed page)", ...(await measure(page, { selector: '[data-widget="mlp-xnor"]', slider: '[data-widget="mlp-xnor"] input[type="range"]', windowMs })) };
  } finally {
    await context.close();
  }
}

/** Control: the same embed page and the same scrolling and slider moves, with nothing training. */
export async function longTasksIdle({ browser, siteUrl, backend, lr, windowMs }) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 600 } });
  await context.addInitScript(observeLongTasks);
  const page = await context.newPage();
  try {
    await page.goto(`${siteUrl}embed/mlp-xnor/?backend=${backend}&lr=${lr}`, { waitUntil: "load" });
    await page.waitForSelector('[data-widget="mlp-xnor"] [data-action="train"]');
    return { where: "control: widget page, not training", ...(await measure(page, { selector: '[data-widget="mlp-xnor"]', slider: '[data-widget="mlp-xnor"] input[type="range"]', windowMs, idle: true })) };
  } finally {
    await context.close();
  }
}

export async function longTasksMainThread({ browser, benchUrl, backend, lr, windowMs }) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 600 } });
  await context.addInitScript(observeLongTasks);
  const page = await context.newPage();
  try {
    await page.goto(`${benchUrl}mainloop.html?backend=${backend}&lr=${lr}`, { waitUntil: "load" });
    await page.locator('[data-action="train"]').click();
    return { where: "main thread (same session loop)", ...(await measure(page, { selector: '[data-widget="mlp-xnor-main-thread"]', slider: 'input[type="range"]', windowMs })) };
  } finally {
    await context.close();
  }
}
