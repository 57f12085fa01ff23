/**
 * The address bar is a permalink: settings changed through the controls are
 * written to location.href, and opening that URL in a fresh page shows the
 * same settings and, with the same seed on the cpu backend, trains to the same
 * parameters step for step.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embedURL, launch, paramsAfterSteps, problems, url, waitForWidgetReady, watchedPage, type WidgetId } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launch({ webgpu: false });
});
afterAll(async () => {
  await browser?.close();
});

/** The control block (label + inputs) whose label starts with `label`. */
function control(page: Page, id: WidgetId, label: string) {
  return page
    .locator(`section[data-widget="${id}"] .hp`)
    .filter({ has: page.locator(".hp__label", { hasText: label }) });
}

async function typeInto(page: Page, id: WidgetId, label: string, value: string) {
  const input = control(page, id, label).locator("input.hp__number");
  await input.fill(value);
  await input.press("Enter");
}

async function choose(page: Page, id: WidgetId, label: string, value: string) {
  await control(page, id, label).locator("select").selectOption(value);
}

async function shown(page: Page, id: WidgetId, label: string): Promise<string> {
  const block = control(page, id, label);
  return (await block.locator("select").count()) > 0 ? block.locator("select").inputValue() : block.locator("input.hp__number").inputValue();
}

describe("settings round-trip through the URL", () => {
  it("embed route (bare keys): typed and chosen settings survive a fresh page, and training repeats exactly", async () => {
    const id = "mlp-xnor";
    const a = await watchedPage(browser);
    const b = await watchedPage(browser);
    try {
      await a.page.goto(embedURL(id));
      await waitForWidgetReady(a.page, id);
      await typeInto(a.page, id, "Learning rate", "0.2");
      await typeInto(a.page, id, "Hidden units", "6");
      await typeInto(a.page, id, "Seed", "4242");
      await choose(a.page, id, "Activation", "sigmoid");
      await choose(a.page, id, "Optimizer", "sgd");
      await choose(a.page, id, "Backend", "cpu");
      const expected = { "Learning rate": "0.2", "Hidden units": "6", Seed: "4242", Activation: "sigmoid", Optimizer: "sgd", Backend: "cpu" };

      await expect.poll(() => a.page.evaluate(() => location.href)).toContain("backend=cpu");
      const href = await a.page.evaluate(() => location.href);
      const query = new URL(href).searchParams;
      expect(Object.fromEntries(query)).toMatchObject({ lr: "0.2", hidden: "6", seed: "4242", act: "sigmoid", opt: "sgd", backend: "cpu" });

      await b.page.goto(href);
      await waitForWidgetReady(b.page, id);
      for (const [label, value] of Object.entries(expected)) expect(await shown(b.page, id, label), label).toBe(value);
      expect(await b.page.locator(".widget__url-messages li").count()).toBe(0);

      const stepsA = await paramsAfterSteps(a.page, id, 5);
      const stepsB = await paramsAfterSteps(b.page, id, 5);
      expect(stepsA).toBeDefined();
      expect(JSON.parse(stepsA!)).toBeTruthy();
      expect(stepsB).toBe(stepsA);
      expect(await problems(a.page, a.complaints)).toEqual([]);
      expect(await problems(b.page, b.complaints)).toEqual([]);
    } finally {
      await a.context.close();
      await b.context.close();
    }
  });

  it("chapter page (prefixed keys): one widget's settings survive, other widgets' keys are left alone", async () => {
    const id = "perceptron-iris";
    const a = await watchedPage(browser);
    const b = await watchedPage(browser);
    try {
      await a.page.goto(url("/perceptron/?mlp-xnor.hidden=3"));
      await waitForWidgetReady(a.page, id);
      await waitForWidgetReady(a.page, "mlp-xnor");
      await typeInto(a.page, id, "Learning rate", "0.5");
      await typeInto(a.page, id, "Seed", "7");
      await choose(a.page, id, "Backend", "cpu");
      await expect.poll(() => a.page.evaluate(() => location.href)).toContain("perceptron-iris.backend=cpu");
      const href = await a.page.evaluate(() => location.href);
      expect(Object.fromEntries(new URL(href).searchParams)).toMatchObject({
        "perceptron-iris.lr": "0.5", "perceptron-iris.seed": "7", "perceptron-iris.backend": "cpu", "mlp-xnor.hidden": "3",
      });

      await b.page.goto(href);
      await waitForWidgetReady(b.page, id);
      await waitForWidgetReady(b.page, "mlp-xnor");
      expect(await shown(b.page, id, "Learning rate")).toBe("0.5");
      expect(await shown(b.page, id, "Seed")).toBe("7");
      expect(await shown(b.page, id, "Backend")).toBe("cpu");
      expect(await shown(b.page, "mlp-xnor", "Hidden units")).toBe("3");

      const stepsA = await paramsAfterSteps(a.page, id, 6);
      const stepsB = await paramsAfterSteps(b.page, id, 6);
      expect(stepsA).toBeDefined();
      expect(stepsB).toBe(stepsA);
      expect(await problems(a.page, a.complaints)).toEqual([]);
      expect(await problems(b.page, b.complaints)).toEqual([]);
    } finally {
      await a.context.close();
      await b.context.close();
    }
  });
});
