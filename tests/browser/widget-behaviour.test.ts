/**
 * Widget behaviour beyond training itself: falling back when a forced backend
 * cannot start (and saying so), working inside an iframe, releasing every
 * tensor on Reset, and working from the keyboard. This browser runs without
 * the WebGPU flags, so WebGPU has no adapter here.
 */
import type { Browser, Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseURL, embedURL, launch, press, problems, waitForWidget, waitForWidgetReady, watchedPage, widgetState, type WidgetId } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launch({ webgpu: false });
});
afterAll(async () => {
  await browser?.close();
});

describe("widget behaviour", () => {
  it("a forced backend that cannot start falls back to WebGL and says why", async () => {
    const id: WidgetId = "perceptron-iris";
    const { page, context, complaints } = await watchedPage(browser);
    try {
      await page.goto(embedURL(id, { backend: "webgpu", speed: 1000 }));
      await waitForWidgetReady(page, id);
      expect((await widgetState(page, id)).backend).toBeUndefined(); // nothing loads before Train
      await press(page, id, "train");
      const s = await waitForWidget(page, id, (st) => st.backend !== undefined && st.step > 0, { what: "a backend and a step" });
      expect(s.backend).toBe("webgl");
      expect(s.statusText).toContain("WebGL");
      expect(s.statusText).toContain("instead of WebGPU");
      // …and the reason WebGPU failed, in brackets.
      expect(s.statusText).toMatch(/instead of WebGPU \(.*WebGPU.*\)/);
      await press(page, id, "train");
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("the embed route works inside an iframe and links back to its chapter", async () => {
    const id: WidgetId = "mlp-xnor";
    const { page, context, complaints } = await watchedPage(browser);
    try {
      const src = embedURL(id, { backend: "cpu" });
      await page.setContent(`<!doctype html><title>host</title><iframe src="${src}" width="900" height="1000" title="widget"></iframe>`);
      const handle = await page.locator("iframe").elementHandle();
      const frame = (await handle?.contentFrame()) as Frame;
      expect(frame).toBeTruthy();
      await waitForWidgetReady(frame, id);
      await press(frame, id, "train");
      const first = await waitForWidget(frame, id, (s) => s.step > 0, { what: "a first step" });
      expect(first.backend).toBe("cpu");
      await waitForWidget(frame, id, (s) => s.step > first.step || s.status === "done", { what: "more steps" });
      const link = frame.locator("a", { hasText: "From the chapter" });
      expect(await link.count()).toBe(1);
      const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
      expect(href).toBe(`${baseURL()}/perceptron/`);
      expect(await link.getAttribute("target")).toBe("_top");
      expect((await fetch(href)).status).toBe(200);
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("Reset releases every tensor: data-tensors is the same after each of 10 step/reset cycles", async () => {
    const id: WidgetId = "mlp-xnor";
    const { page, context, complaints } = await watchedPage(browser);
    try {
      await page.goto(embedURL(id, { backend: "cpu", seed: 3 }));
      await waitForWidgetReady(page, id);
      const counts: number[] = [];
      for (let cycle = 0; cycle <= 10; cycle++) {
        for (let k = 0; k < 3; k++) {
          const before = (await widgetState(page, id)).step;
          await press(page, id, "step");
          const after = await waitForWidget(page, id, (s) => s.step > before, { what: `cycle ${cycle}, step ${k + 1}` });
          // The worker answers in order: once this cycle's first step is shown, the
          // tensor count asked for by the previous Reset has arrived too.
          if (k === 0 && cycle > 0) counts.push(after.tensors as number);
        }
        if (cycle === 10) break;
        await press(page, id, "reset");
        await waitForWidget(page, id, (s) => s.step === 0 && s.status === "idle", { what: `reset ${cycle + 1}` });
      }
      expect(counts).toHaveLength(10);
      expect(Number.isInteger(counts[0])).toBe(true);
      expect(counts[0]).toBeGreaterThan(0);
      expect(new Set(counts).size, JSON.stringify(counts)).toBe(1);
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("keyboard: Tab reaches Train; Enter starts training, Space pauses and restarts it", async () => {
    const id: WidgetId = "perceptron-iris";
    const { page, context, complaints } = await watchedPage(browser);
    try {
      await page.goto(embedURL(id, { backend: "cpu", speed: 20 }));
      await waitForWidgetReady(page, id);
      const train = page.locator(`section[data-widget="${id}"] [data-action="train"]`);
      const focused = () => train.evaluate((el) => el === document.activeElement);
      for (let tabs = 0; tabs < 40 && !(await focused()); tabs++) await page.keyboard.press("Tab");
      expect(await focused()).toBe(true);

      await page.keyboard.press("Enter");
      await waitForWidget(page, id, (s) => s.status === "training", { what: "training after Enter" });
      await page.keyboard.press("Space");
      await waitForWidget(page, id, (s) => s.status === "paused", { what: "paused after Space" });
      const paused = (await widgetState(page, id)).step;
      await page.keyboard.press("Space");
      await waitForWidget(page, id, (s) => s.status === "training" && s.step > paused, { what: "training again after Space" });
      await page.keyboard.press("Enter");
      await waitForWidget(page, id, (s) => s.status === "paused", { what: "paused after Enter" });
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
