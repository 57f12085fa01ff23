/**
 * The SVM chapter's widgets in a real browser: each trains on webgpu, webgl and
 * cpu and its objective falls; the linear SVM's margin widens when C is lowered
 * while it trains; hostile values of their own settings are refused with a
 * message. Settings are kept small (64 random features, fast pace) so each
 * check takes seconds even on SwiftShader's WebGPU.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  embedURL, launch, press, problems, url, waitForWidget, waitForWidgetReady, watchedPage, widgetState,
  type Backend, type Complaints, type WidgetId,
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

async function open(path: string, id: WidgetId): Promise<{ page: Page; complaints: Complaints; close: () => Promise<void> }> {
  const { page, context, complaints } = await watchedPage(browser);
  await page.goto(path);
  await waitForWidgetReady(page, id);
  return { page, complaints, close: () => context.close() };
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
      await press(page, id, "train");
      let first: number | undefined;
      const later = await waitForWidget(page, id, (s) => s.step >= 150 && s.loss !== undefined, {
        timeout: ceiling[backend], what: "150 steps", interval: 50,
        onState: (s) => { if (first === undefined && s.loss !== undefined) first = s.loss; },
      });
      await press(page, id, "train"); // pause
      expect(later.backend).toBe(backend);
      expect(first).toBeDefined();
      expect(later.loss).toBeLessThan(first! / 2);
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
      const before = await waitForWidget(page, id, (s) => s.step >= 400, { what: "400 steps" });
      const field = page.locator(`section[data-widget="${id}"] .hp`, { hasText: "Penalty C" }).locator(".hp__number");
      await field.fill("0.01");
      await field.press("Enter");
      const after = await waitForWidget(page, id, (s) => s.step >= before.step + 600, { what: "600 more steps" });
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
  it.each([
    ["svm-linear", "C=-1", /Penalty C.*below the minimum/],
    ["svm-linear", "C=NaN", /Penalty C.*not a usable number/],
    ["svm-linear", "lr=1e308", /step size.*above the maximum/],
    ["svm-kernel", `data=${encodeURIComponent("<script>window.__pwned=1</script>")}`, /Data.*not one of/],
    ["svm-kernel", "gamma=Infinity", /Kernel width/],
    ["svm-kernel", "D=0", /Random features D.*below the minimum/],
  ] as const)("%s?%s is refused with a message and the widget still trains", async (id, query, message) => {
    const small = id === "svm-kernel" && !query.startsWith("D=") ? "&D=64" : "";
    const { page, complaints, close } = await open(url(`/embed/${id}/?${query}&backend=cpu${small}`), id);
    try {
      await expect.poll(() => page.locator(`section[data-widget="${id}"] .widget__url-messages`).isVisible()).toBe(true);
      const { urlMessages } = await widgetState(page, id);
      expect(urlMessages.some((m) => message.test(m)), JSON.stringify(urlMessages)).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
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
