/**
 * The SVM chapter's widgets in a real browser: each trains on webgpu, webgl and
 * cpu and its objective falls; the linear SVM's margin widens when C is lowered
 * while it trains; hostile values of their own settings are refused with a
 * message. Settings are kept small (64 random features, fast pace) so each
 * check takes seconds even on SwiftShader's WebGPU.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  embedURL, launch, press, problems, url, waitForWidget, openWidgetPage, widgetState,
  type Backend, type WidgetId,
} from "./helpers";

// Ceilings for slow machines, not expectations.
const ceiling: Record<Backend, number> = { webgpu: 150_000, webgl: 60_000, cpu: 60_000 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch({ webgpu: true });
});
afterAll(async () => {
  await browser?.close();
});

function open(path: string, id: WidgetId) {
  return openWidgetPage(browser, path, id);
}

/** The margin 1/‖w‖ from the linear widget's data-params. */
function marginOf(params: string | undefined): number {
  const { w } = JSON.parse(params ?? "{}") as { w: number[] };
  return 1 / Math.hypot(w[0], w[1]);
}

const settings: Record<"svm-linear" | "svm-kernel", Record<string, string | number>> = {
  "svm-linear": { speed: 2000, seed: 1 },
  "svm-kernel": { speed: 2000, seed: 1, D: 64 },
};

describe.each<Backend>(["cpu", "webgl", "webgpu"])("on %s", (backend) => {
  it.each(["svm-linear", "svm-kernel"] as const)("%s trains and its objective falls", async (id) => {
    const { page, complaints, close } = await open(embedURL(id, { ...settings[id], backend }), id);
    try {
      // One step first: its loss is the objective at the starting weights.
      await press(page, id, "step");
      const first = await waitForWidget(page, id, (s) => s.step === 1 && s.loss !== undefined, { timeout: ceiling[backend], what: "the first step" });
      await press(page, id, "train");
      const later = await waitForWidget(page, id, (s) => s.step >= 60, { timeout: ceiling[backend], what: "60 steps" });
      await press(page, id, "train"); // pause
      expect(later.backend).toBe(backend);
      expect(later.loss).toBeLessThan(first.loss! / 2);
      expect(later.accuracy).toBeGreaterThan(0.85);
      expect(later.params).toBeDefined();
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("svm-linear", () => {
  it("widens its margin when C is lowered while it trains", async () => {
    const id = "svm-linear";
    const { page, complaints, close } = await open(embedURL(id, { speed: 2000, backend: "cpu" }), id);
    try {
      await press(page, id, "train");
      const before = await waitForWidget(page, id, (s) => s.step >= 300, { what: "300 steps" });
      const field = page.locator(`section[data-widget="${id}"] .hp`, { hasText: "Penalty C" }).locator(".hp__number");
      await field.fill("0.01");
      await field.press("Enter");
      // Count from when the change was made: under load many steps pass between `before` and Enter.
      const changed = await widgetState(page, id);
      const after = await waitForWidget(page, id, (s) => s.step >= changed.step + 800, { what: "800 more steps" });
      await press(page, id, "train");
      expect(after.status).toBe("training"); // a live change: no restart
      expect(marginOf(after.params)).toBeGreaterThan(2 * marginOf(before.params));
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("hostile settings in the SVM widgets' URLs", () => {
  const SCRIPT = "<script>window.__pwned=1</script>";
  it.each([
    ["svm-linear", { C: "-1", lr: "1e308", speed: "NaN" }, [/Penalty C.*below the minimum/, /step size.*above the maximum/, /Steps per second.*not a usable number/]],
    ["svm-kernel", { data: SCRIPT, gamma: "Infinity", D: "0" }, [/Data.*not one of/, /Kernel width/, /Random features D.*below the minimum/]],
  ] as const)("%s refuses each bad value with a message and still trains", async (id, bad, messages) => {
    const query = new URLSearchParams({ ...bad, backend: "cpu" }).toString();
    const { page, complaints, close } = await open(url(`/embed/${id}/?${query}`), id);
    try {
      await expect.poll(() => page.locator(`section[data-widget="${id}"] .widget__url-messages`).isVisible()).toBe(true);
      const { urlMessages } = await widgetState(page, id);
      for (const m of messages) expect(urlMessages.some((text) => m.test(text)), `${m} in ${JSON.stringify(urlMessages)}`).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await page.locator("script", { hasText: "__pwned" }).count()).toBe(0);
      await press(page, id, "train");
      const s = await waitForWidget(page, id, (st) => st.step > 0, { what: "a step" });
      expect(Number.isFinite(s.loss)).toBe(true);
      await press(page, id, "train");
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });
});
