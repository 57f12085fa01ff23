/**
 * The optimizers chapter's widgets in a real browser: each trains on webgpu,
 * webgl and cpu and its loss falls; hostile link values are refused with a
 * message; a learning rate above the quadratic's critical 2/λ_max marks plain
 * gradient descent as diverged while the others race on; and the batch-size
 * widget keeps an earlier run on its chart after a reset. Settings are short
 * (few steps) so each check takes seconds even on SwiftShader's WebGPU.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embedURL, launch, press, problems, waitForWidget, openWidgetPage, widgetState, type Backend, type WidgetId } from "./helpers";

// This chapter's ids are not in helpers' union (other chapters edit it); the helpers only use them as strings.
const RACE = "optimizer-race" as WidgetId;
const BATCH = "batch-size" as WidgetId;
// Ceilings for slow machines (WebGPU is SwiftShader here), not expectations.
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

/** One step (its loss is the first), then Train until "done"; returns both losses' states. */
async function trainToDone(page: Page, id: WidgetId, backend: Backend) {
  await press(page, id, "step");
  const first = (await waitForWidget(page, id, (s) => s.step === 1 && s.loss !== undefined, { timeout: ceiling[backend], what: "step 1" })).loss;
  await press(page, id, "train");
  const done = await waitForWidget(page, id, (s) => s.status === "done", { timeout: ceiling[backend], interval: 50, what: "status done" });
  return { first, done };
}

/** Each racer's state as its table row says: running, arrived or diverged. */
const racerStates = (page: Page) =>
  page.locator(`section[data-widget="${RACE}"] tr[data-racer]`).evaluateAll((rows) =>
    Object.fromEntries(rows.map((r) => [(r as HTMLElement).dataset.racer, (r as HTMLElement).dataset.racerState])));

describe.each<Backend>(["cpu", "webgl", "webgpu"])("on %s", (backend) => {
  it("optimizer-race: the best loss falls on the quadratic and every racer moves", async () => {
    const { page, complaints, close } = await open(embedURL(RACE, { backend, speed: 1000, steps: 40 }), RACE);
    try {
      const { first, done } = await trainToDone(page, RACE, backend);
      expect(done.backend).toBe(backend);
      expect(done.step).toBeGreaterThanOrEqual(40);
      expect(first).toBeDefined();
      expect(done.loss).toBeLessThan(first! / 10);
      const params = JSON.parse(done.params ?? "{}") as Record<string, number[]>;
      for (const name of ["sgd", "momentum", "rmsprop", "adam"]) expect(params[name][0], name).toBeGreaterThan(-4);
      expect(Object.values(await racerStates(page))).not.toContain("diverged");
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });

  it("batch-size: logistic regression's training loss falls below ln 2 by the last epoch", async () => {
    const { page, complaints, close } = await open(embedURL(BATCH, { backend, batch: 32, epochs: 3 }), BATCH);
    try {
      const { first, done } = await trainToDone(page, BATCH, backend);
      expect(done.backend).toBe(backend);
      expect(done.step).toBe(Math.ceil((3 * 100) / 32));
      expect(done.loss).toBeLessThan(first!);
      expect(done.loss).toBeLessThan(Math.log(2));
      expect(done.accuracy).toBeGreaterThan(0.8);
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("divergence", () => {
  it("above the critical learning rate SGD is marked diverged; the race goes on and the widget is not", async () => {
    const { page, complaints, close } = await open(embedURL(RACE, { backend: "cpu", speed: 1000, steps: 80, lr: 0.11 }), RACE);
    try {
      const { done } = await trainToDone(page, RACE, "cpu");
      const states = await racerStates(page);
      expect(states.sgd).toBe("diverged");
      expect(states.momentum).not.toBe("diverged");
      expect(await page.locator(`section[data-widget="${RACE}"] tr[data-racer="sgd"]`).textContent()).toMatch(/diverged at step \d+/);
      expect(done.status).toBe("done");
      expect(Number.isFinite(done.loss)).toBe(true);
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });

  it("below it, SGD is not", async () => {
    const { page, close } = await open(embedURL(RACE, { backend: "cpu", speed: 1000, steps: 80, lr: 0.09 }), RACE);
    try {
      await trainToDone(page, RACE, "cpu");
      expect((await racerStates(page)).sgd).not.toBe("diverged");
    } finally {
      await close();
    }
  });
});

describe("hostile links", () => {
  it.each([
    { id: RACE, query: "lr=NaN&surface=%3Cscript%3Ealert(1)%3C%2Fscript%3E&beta=5&speed=-3&steps=1e400", messages: [/Learning rate.*not a usable number/, /Surface.*not one of/, /Momentum.*above the maximum/, /Steps per second.*below the minimum/, /Steps in the race/] },
    { id: BATCH, query: "batch=7&epochs=%3Cimg%20src%3Dx%3E&x=sideways&lr=1e9", messages: [/Batch size.*not one of/, /Epochs.*not a usable number/, /x axis.*not one of/, /Learning rate.*above the maximum/] },
  ])("$id refuses bad values with a message and still trains", async ({ id, query, messages }) => {
    const { page, complaints, close } = await open(`${embedURL(id, { backend: "cpu" })}&${query}`, id);
    try {
      const { urlMessages } = await widgetState(page, id);
      for (const m of messages) expect(urlMessages.some((u) => m.test(u)), `${m} in ${JSON.stringify(urlMessages)}`).toBe(true);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      await press(page, id, "step");
      await waitForWidget(page, id, (s) => s.step > 0, { what: "a step" });
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("compare runs", () => {
  it("a reset keeps the earlier run on the chart, labelled by the setting that changed", async () => {
    const { page, complaints, close } = await open(embedURL(BATCH, { backend: "cpu", batch: 32, epochs: 2 }), BATCH);
    try {
      await trainToDone(page, BATCH, "cpu");
      await page.locator(`section[data-widget="${BATCH}"] select`).first().selectOption("full");
      await waitForWidget(page, BATCH, (s) => s.status === "idle" && s.step === 0, { what: "a reset" });
      await trainToDone(page, BATCH, "cpu");
      const legend = await page.locator(`section[data-widget="${BATCH}"] .u-legend`).textContent();
      expect(legend).toMatch(/run 1: Batch size 32/);
      expect(legend).toMatch(/now: Batch size all 100/);
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });
});
