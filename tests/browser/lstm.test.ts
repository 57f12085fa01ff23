/**
 * The RNN/LSTM chapter's widgets in a real browser: each trains on webgpu,
 * webgl and cpu and its loss falls; the forecaster stops by itself after its
 * epochs with a finite tail RMSE and no accuracy (it is a regression); a Reset
 * frees every tensor (the same count after each reset, on cpu and webgl); the
 * page answers a live setting and Pause while both networks train in their
 * worker; the chapter page draws its diagrams and tables; hostile link values
 * are refused with a message. Settings are tiny
 * (look-back 6, 4 units, sequences of 4) so each check takes seconds even on
 * SwiftShader's WebGPU.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embedURL, launch, openWidgetPage, press, problems, url, waitForWidget, watchedPage, widgetState, type Backend, type WidgetId } from "./helpers";

// Ceilings for slow machines, not expectations.
const ceiling: Record<Backend, number> = { webgpu: 150_000, webgl: 90_000, cpu: 90_000 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch({ webgpu: true });
});
afterAll(async () => {
  await browser?.close();
});

const short: Record<"lstm-co2" | "rnn-vs-lstm", Record<string, string | number>> = {
  // 620 windows in batches of 256: 3 steps an epoch, 2 epochs.
  "lstm-co2": { lb: 6, units: 4, bs: 256, ep: 2, lr: 0.05, seed: 1 },
  // A high rate, so the read-out's bias finds the mean sum within a few steps.
  "rnn-vs-lstm": { T: 4, units: 4, bs: 32, lr: 0.1, seed: 1 },
};
const CO2_STEPS = 6;
const RACE_STEPS = 5;

/** The read-out figure labelled `label`, as a number. */
async function stat(page: Page, id: WidgetId, label: string): Promise<number> {
  const text = await page.locator(`section[data-widget="${id}"] .widget__stats > div`, { hasText: label }).locator("dd").textContent();
  return Number(text);
}

/** Presses Step on a reset widget and returns the state once the first step shows (with its tensor count). */
async function firstStep(page: Page, id: WidgetId, backend: Backend) {
  await press(page, id, "step");
  return waitForWidget(page, id, (s) => s.step === 1 && s.loss !== undefined, { timeout: ceiling[backend], what: "the first step" });
}

async function resetAndStep(page: Page, id: WidgetId, backend: Backend) {
  await press(page, id, "reset");
  await waitForWidget(page, id, (s) => s.step === 0 && s.status === "idle", { what: "the reset" });
  return firstStep(page, id, backend);
}

/**
 * Reset, step, reset, step: the worker reports the same tensor count after each
 * reset. Skipped on WebGPU, where SwiftShader makes every rebuild slow; the same
 * model code frees the same tensors on every backend (and the unit tests count them).
 */
async function expectResetsFreeTensors(page: Page, id: WidgetId, backend: Backend) {
  if (backend === "webgpu") return;
  const afterOne = await resetAndStep(page, id, backend);
  const afterTwo = await resetAndStep(page, id, backend);
  expect(afterOne.tensors).toBeGreaterThan(0);
  expect(afterTwo.tensors).toBe(afterOne.tensors);
}

describe.each<Backend>(["cpu", "webgl", "webgpu"])("on %s", (backend) => {
  it("lstm-co2 trains, its loss falls, it stops after its epochs, and resets free its tensors", async () => {
    const id = "lstm-co2";
    const { page, complaints, close } = await openWidgetPage(browser, embedURL(id, { ...short[id], backend }), id);
    try {
      const first = await firstStep(page, id, backend);
      await press(page, id, "train");
      const done = await waitForWidget(page, id, (s) => s.status === "done", { timeout: ceiling[backend], what: "the last epoch" });
      expect(done.backend).toBe(backend);
      expect(done.step).toBe(CO2_STEPS);
      expect(done.message).toMatch(/2 epochs/);
      expect(done.loss).toBeLessThan(first.loss!);
      expect(done.accuracy).toBeUndefined();
      const error = await stat(page, id, "Tail RMSE");
      expect(error).toBeGreaterThan(0);
      expect(Number.isFinite(error)).toBe(true);
      await expectResetsFreeTensors(page, id, backend);
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });

  it("rnn-vs-lstm trains both networks, the LSTM's loss falls, and resets free its tensors", async () => {
    const id = "rnn-vs-lstm";
    const { page, complaints, close } = await openWidgetPage(browser, embedURL(id, { ...short[id], backend }), id);
    try {
      const first = await firstStep(page, id, backend);
      await press(page, id, "train");
      const later = await waitForWidget(page, id, (s) => s.step >= RACE_STEPS, { timeout: ceiling[backend], what: `${RACE_STEPS} steps` });
      await press(page, id, "train"); // pause
      expect(later.backend).toBe(backend);
      expect(later.loss).toBeLessThan(first.loss!);
      expect(await stat(page, id, "Simple RNN, held-out MSE")).toBeLessThan(1);
      expect(await stat(page, id, "LSTM, held-out MSE")).toBeLessThan(1);
      await expectResetsFreeTensors(page, id, backend);
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("rnn-vs-lstm while it trains", () => {
  it("answers a live learning-rate change and Pause at once: the worker trains, the page stays free", async () => {
    const id = "rnn-vs-lstm";
    const { page, complaints, close } = await openWidgetPage(browser, embedURL(id, { T: 6, units: 4, backend: "cpu" }), id);
    try {
      await press(page, id, "train");
      await waitForWidget(page, id, (s) => s.step >= 2, { timeout: ceiling.cpu, what: "2 steps" });
      const field = page.locator(`section[data-widget="${id}"] .hp`, { hasText: "Learning rate" }).locator(".hp__number");
      await field.fill("0.02");
      await field.press("Enter");
      await expect.poll(() => new URL(page.url()).searchParams.get("lr")).toBe("0.02");
      const changed = await widgetState(page, id);
      expect(changed.status).toBe("training"); // a live change: no restart
      await waitForWidget(page, id, (s) => s.step > changed.step, { what: "a step after the change" });
      await press(page, id, "train");
      const paused = await waitForWidget(page, id, (s) => s.status === "paused", { what: "the pause" });
      await new Promise((r) => setTimeout(r, 1500));
      expect((await widgetState(page, id)).step).toBe(paused.step);
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("the chapter page", () => {
  it("draws both diagrams, shows the computed tables and mounts both widgets without complaints", async () => {
    const { page, context, complaints } = await watchedPage(browser);
    try {
      await page.goto(url("/lstm/"));
      const diagrams = page.locator("figure.mermaid");
      expect(await diagrams.count()).toBe(2);
      for (let k = 0; k < 2; k++) {
        await diagrams.nth(k).scrollIntoViewIfNeeded();
        await diagrams.nth(k).locator("svg").waitFor({ timeout: 30_000 });
      }
      expect(await page.locator('figure.mermaid[data-mermaid="error"]').count()).toBe(0);
      // The worked LSTM step and the attention weights: every cell a number, each attention row summing to 1.
      const rows = await page.locator("table").evaluateAll((tables) => tables.map((t) => [...t.querySelectorAll("tbody tr")].map((r) => [...r.querySelectorAll("td")].map((d) => d.textContent ?? ""))));
      const weights = rows.find((t) => t.length === 3 && t[0].length === 4 && t[0][2].split(",").length === 3)!;
      for (const row of weights) expect(row[2].split(",").map(Number).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
      for (const id of ["rnn-vs-lstm", "lstm-co2"]) {
        await page.locator(`section[data-widget="${id}"]`).scrollIntoViewIfNeeded();
        await page.locator(`section[data-widget="${id}"] [data-action="train"]`).waitFor();
      }
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("hostile settings in the LSTM widgets' URLs", () => {
  it.each([
    ["lstm-co2", { enc: "<script>window.__pwned=1</script>", lb: "1e9", ep: "-5" }, [/Inputs and target.*not one of/, /Look-back.*above the maximum/, /Epochs.*below the minimum/]],
    ["rnn-vs-lstm", { T: "NaN", units: "0", lr: "Infinity" }, [/Sequence length T.*not a usable number/, /Hidden units.*below the minimum/, /Learning rate/]],
  ] as const)("%s refuses each bad value with a message and still trains", async (id, bad, messages) => {
    const query = new URLSearchParams({ ...bad, backend: "cpu" }).toString();
    const { page, complaints, close } = await openWidgetPage(browser, url(`/embed/${id}/?${query}`), id);
    try {
      await expect.poll(() => page.locator(`section[data-widget="${id}"] .widget__url-messages`).isVisible()).toBe(true);
      const { urlMessages } = await widgetState(page, id);
      for (const m of messages) expect(urlMessages.some((text) => m.test(text)), `${m} in ${JSON.stringify(urlMessages)}`).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      await press(page, id, "step");
      const s = await waitForWidget(page, id, (st) => st.step > 0, { timeout: ceiling.cpu, what: "a step" });
      expect(Number.isFinite(s.loss)).toBe(true);
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });
});
