/**
 * Links are input from strangers. Markup in keys and values never executes or
 * becomes elements; nonsense numbers, unknown and repeated keys, huge values
 * and TF.js engine flags each get a visible message; the page throws nothing
 * and the widget still trains.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, press, problems, url, waitForWidget, waitForWidgetReady, watchedPage, widgetState, type WidgetId } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launch({ webgpu: false });
});
afterAll(async () => {
  await browser?.close();
});

const IMG = "<img src=x onerror=window.__pwned=1>";
const SCRIPT = "<script>window.__pwned=1</script>";

/** One hostile query: raw pairs (encoded here, the way a browser sends a pasted link) and what the message must mention. */
interface Case {
  readonly name: string;
  readonly pairs: readonly (readonly [string, string])[];
  readonly message: RegExp;
}

const cases: readonly Case[] = [
  { name: "markup in a number value", pairs: [["lr", IMG]], message: /Learning rate.*not a usable number/ },
  { name: "markup in a choice value", pairs: [["backend", SCRIPT]], message: /Backend.*not one of/ },
  { name: "a script tag as a key", pairs: [[SCRIPT, "1"]], message: /Unknown setting/ },
  { name: "an img tag as a key", pairs: [[IMG, IMG]], message: /Unknown setting/ },
  { name: "NaN", pairs: [["lr", "NaN"]], message: /Learning rate.*not a usable number/ },
  { name: "1e308", pairs: [["lr", "1e308"]], message: /Learning rate.*above the maximum/ },
  { name: "Infinity", pairs: [["seed", "Infinity"]], message: /Seed/ },
  { name: "a negative learning rate", pairs: [["lr", "-1"]], message: /Learning rate.*below the minimum/ },
  { name: "a negative seed", pairs: [["seed", "-5"]], message: /Seed.*below the minimum/ },
  { name: "an unknown key", pairs: [["foo", "bar"]], message: /Unknown setting.*foo/ },
  { name: "a duplicated key", pairs: [["lr", "0.5"], ["lr", "0.7"]], message: /more than once/ },
  { name: "a 10,000-character value", pairs: [["seed", "9".repeat(10_000)]], message: /Seed/ },
  { name: "TF.js engine flags", pairs: [["tfjsflags", "WEBGL_VERSION:0,DEBUG:true"]], message: /tfjsflags/ },
];

function query(pairs: readonly (readonly [string, string])[], prefix: string): string {
  return pairs.map(([k, v]) => `${encodeURIComponent(k === "tfjsflags" ? k : prefix + k)}=${encodeURIComponent(v)}`).join("&");
}

/** Nothing from the URL ran or became an element. */
async function expectNothingInjected(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  const scripts = await page.locator("script").evaluateAll((els) => els.map((e) => e.textContent ?? "").filter((t) => t.includes("__pwned")));
  expect(scripts).toEqual([]);
}

/** The widget still trains: Train advances the step; on `backend` if given. */
async function expectTrains(page: Page, id: WidgetId, backend?: string) {
  await press(page, id, "train");
  const s = await waitForWidget(page, id, (st) => st.step > 0 && st.backend !== undefined, { what: "a step" });
  if (backend) expect(s.backend).toBe(backend);
  else expect(["webgpu", "webgl", "cpu"]).toContain(s.backend);
  await press(page, id, "train"); // pause, so the page is quiet when it closes
}

describe("hostile URLs on the embed route", () => {
  it.each(cases)("$name", async ({ pairs, message }) => {
    const id: WidgetId = "perceptron-iris";
    const keys = pairs.map(([k]) => k);
    // WEBGL_VERSION:0 would break WebGL if the flags were honoured, so that case trains on WebGL.
    // A refused backend value falls back to the default (auto): any backend will do there.
    const backend = keys.includes("tfjsflags") ? "webgl" : keys.includes("backend") ? undefined : "cpu";
    const { page, context, complaints } = await watchedPage(browser);
    try {
      await page.goto(url(`/embed/${id}/?${query(pairs, "")}&speed=1000${backend ? `&backend=${backend}` : ""}`));
      await waitForWidgetReady(page, id);
      const list = page.locator(`section[data-widget="${id}"] .widget__url-messages`);
      await expect.poll(() => list.isVisible()).toBe(true);
      const { urlMessages } = await widgetState(page, id);
      expect(urlMessages.some((m) => message.test(m)), JSON.stringify(urlMessages)).toBe(true);
      // Messages quote at most a short piece of what was given.
      for (const m of urlMessages) expect(m.length).toBeLessThan(300);
      await expectNothingInjected(page);
      await expectTrains(page, id, backend);
      await expectNothingInjected(page);
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("hostile URLs on the chapter page", () => {
  it("every widget lists its own problems, nothing runs, and the widgets still train", async () => {
    const { page, context, complaints } = await watchedPage(browser);
    try {
      const q = [
        query([["lr", IMG], [SCRIPT, "1"], ["speed", "1e308"], ["backend", "cpu"]], "perceptron-iris."),
        query([["lr", "NaN"], ["lr", "0.5"], ["seed", "9".repeat(10_000)], ["backend", "cpu"], ["speed", "200"]], "perceptron-xnor."),
        query([["hidden", "-3"], ["foo", "bar"], ["backend", "cpu"]], "mlp-xnor."),
        query([["tfjsflags", "WEBGL_VERSION:0,DEBUG:true"]], ""),
        `${encodeURIComponent(SCRIPT)}=${encodeURIComponent(IMG)}`,
      ].join("&");
      await page.goto(url(`/perceptron/?${q}`));
      const expected: Partial<Record<WidgetId, RegExp[]>> = {
        "perceptron-iris": [/Learning rate.*not a usable number/, /Unknown setting/, /above the maximum/],
        "perceptron-xnor": [/more than once/, /Seed/],
        "mlp-xnor": [/Hidden units.*below the minimum/, /Unknown setting.*foo/],
      };
      // Keys no widget reads, and engine flags, are named once by the page itself.
      const notice = page.locator(".link-notice li");
      await expect.poll(() => notice.count()).toBeGreaterThan(0);
      const pageMessages = await notice.allTextContents();
      expect(pageMessages.some((m) => /tfjsflags.*ignored/.test(m)), JSON.stringify(pageMessages)).toBe(true);
      expect(pageMessages.some((m) => m.includes("Unknown setting") && m.includes("<script")), JSON.stringify(pageMessages)).toBe(true);
      for (const [id, patterns] of Object.entries(expected) as [WidgetId, RegExp[]][]) {
        await waitForWidgetReady(page, id);
        await expect.poll(() => page.locator(`section[data-widget="${id}"] .widget__url-messages`).isVisible()).toBe(true);
        const { urlMessages } = await widgetState(page, id);
        for (const p of patterns) expect(urlMessages.some((m) => p.test(m)), `${id}: ${p} in ${JSON.stringify(urlMessages)}`).toBe(true);
      }
      await expectNothingInjected(page);
      for (const id of Object.keys(expected) as WidgetId[]) await expectTrains(page, id, "cpu");
      await expectNothingInjected(page);
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
