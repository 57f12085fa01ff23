/**
 * The logistic-regression chapter's widgets in a real browser: each trains on
 * webgpu, webgl and cpu and its loss falls; hostile link values are refused with
 * a message; the decision-threshold slider changes the confusion matrix live;
 * the ±1-labels pitfall drives the cross-entropy below zero.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  embedURL, launch, press, problems, waitForWidget, openWidgetPage, widgetState,
  type Backend, type WidgetId,
} from "./helpers";

// helpers.ts lists the ids it was written for; these are this chapter's.
const PENGUINS = "logreg-penguins" as WidgetId;
const SOFTMAX = "softmax-iris" as WidgetId;

// WebGPU runs on SwiftShader here, far slower than the others: ceilings, not expectations.
const ceiling: Record<Backend, number> = { webgpu: 120_000, webgl: 60_000, cpu: 60_000 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch({ webgpu: true });
});
afterAll(async () => {
  await browser?.close();
});

/** The widget's embed page with these settings, watched. */
function open(id: WidgetId, settings: Record<string, string | number>) {
  return openWidgetPage(browser, embedURL(id, settings), id);
}

/** The confusion matrix as the widget shows it: [tp, fp, fn, tn], or undefined before any step. */
async function confusion(page: Page): Promise<number[] | undefined> {
  const text = await page.locator(`section[data-widget="${PENGUINS}"] [data-confusion]`).getAttribute("data-confusion");
  return text ? text.split(",").map(Number) : undefined;
}

describe.each<Backend>(["cpu", "webgl", "webgpu"])("on %s", (backend) => {
  it.each([PENGUINS, SOFTMAX])("%s trains and its loss falls", async (id) => {
    const { page, complaints, close } = await open(id, { backend, seed: 1, lr: 2 });
    try {
      // The first loss from one Step: a Train report already holds many steps.
      await press(page, id, "step");
      const first = (await waitForWidget(page, id, (s) => s.step === 1 && s.loss !== undefined, { timeout: ceiling[backend], what: "step 1" })).loss!;
      await press(page, id, "train");
      const later = await waitForWidget(page, id, (s) => s.step >= 25 || s.status === "done", {
        timeout: ceiling[backend], what: "25 steps", interval: 50,
      });
      expect(later.backend).toBe(backend);
      expect(later.loss).toBeLessThan(first * 0.7);
      expect(later.accuracy).toBeGreaterThan(0.8);
      if (later.status === "training") await press(page, id, "train"); // pause
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("logreg-penguins", () => {
  it("moves the confusion matrix when the threshold slider moves, without training", async () => {
    const { page, complaints, close } = await open(PENGUINS, { backend: "cpu", lr: 5 });
    try {
      await press(page, PENGUINS, "train");
      const done = await waitForWidget(page, PENGUINS, (s) => s.status === "done", { what: "status done" });
      const before = await confusion(page);
      expect(before).toBeDefined();
      const [tp, fp, fn, tn] = before!;
      expect(tp + fp + fn + tn).toBe(219);
      const slider = page.getByRole("slider", { name: "Decision threshold t slider" });
      await slider.focus();
      await slider.press("Home"); // t = 0.01: nearly every bird is called a Chinstrap
      await expect.poll(() => confusion(page)).not.toEqual(before);
      const low = (await confusion(page))!;
      expect(low[0]).toBeGreaterThanOrEqual(tp);   // more Chinstraps found…
      expect(low[1]).toBeGreaterThan(fp);           // …and more false alarms
      expect(await page.locator(`section[data-widget="${PENGUINS}"] [data-confusion] caption`).textContent()).toContain("0.01");
      await slider.press("End"); // t = 0.99: only the surest Chinstraps
      await expect.poll(async () => (await confusion(page))?.[1]).toBe(0);
      const high = (await confusion(page))!;
      expect(high[0]).toBeLessThan(tp);
      // The model did not change: moving the threshold is not training.
      const after = await widgetState(page, PENGUINS);
      expect(after.step).toBe(done.step);
      expect(after.params).toBe(done.params);
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });

  it("with labels ±1 (the pitfall) the cross-entropy goes below zero", async () => {
    const { page, complaints, close } = await open(PENGUINS, { backend: "cpu", labels: "pm1", lr: 5 });
    try {
      await press(page, PENGUINS, "train");
      const s = await waitForWidget(page, PENGUINS, (st) => (st.loss ?? 0) < -1, { what: "a negative loss" });
      expect(s.status).toBe("training");
      await press(page, PENGUINS, "train");
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });

  it("refuses hostile link values with a message, runs nothing, and still trains", async () => {
    const { page, complaints, close } = await open(PENGUINS, {
      backend: "cpu", thr: "2", l2: "-1", lr: "<img src=x onerror=window.__pwned=1>", labels: "<script>window.__pwned=1</script>", seed: "1e400",
    });
    try {
      await expect.poll(() => page.locator(`section[data-widget="${PENGUINS}"] .widget__url-messages`).isVisible()).toBe(true);
      const { urlMessages } = await widgetState(page, PENGUINS);
      for (const pattern of [/threshold.*above the maximum/i, /L2 strength.*below the minimum/, /Learning rate.*not a usable number/, /Labels.*not one of/, /Seed/]) {
        expect(urlMessages.some((m) => pattern.test(m)), `${pattern} in ${JSON.stringify(urlMessages)}`).toBe(true);
      }
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      await press(page, PENGUINS, "step");
      const s = await waitForWidget(page, PENGUINS, (st) => st.step > 0, { what: "a step" });
      expect(s.loss).toBeGreaterThan(0); // the refused labels fell back to 0 and 1
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("softmax-iris", () => {
  it("refuses hostile link values with a message", async () => {
    const { page, complaints, close } = await open(SOFTMAX, { backend: "cpu", l2: "NaN", lr: "1e308", thr: "0.5" });
    try {
      await expect.poll(() => page.locator(`section[data-widget="${SOFTMAX}"] .widget__url-messages`).isVisible()).toBe(true);
      const { urlMessages } = await widgetState(page, SOFTMAX);
      for (const pattern of [/L2 strength.*not a usable number/, /Learning rate.*above the maximum/, /Unknown setting.*thr/]) {
        expect(urlMessages.some((m) => pattern.test(m)), `${pattern} in ${JSON.stringify(urlMessages)}`).toBe(true);
      }
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });
});
