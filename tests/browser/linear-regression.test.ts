/**
 * The linear-regression chapter in a real browser: both widgets train on
 * webgpu, webgl and cpu and their loss falls; a too-large learning rate stops
 * with status "diverged" and a message naming the step; hostile link values are
 * refused with a message (embed route and chapter page) and the widgets still
 * train; the chapter's formulas, computed numbers and diagram are there.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  embedURL, launch, press, problems, url, waitForWidget, waitForWidgetReady, openWidgetPage, watchedPage, widgetState,
  type Backend, type WidgetId,
} from "./helpers";

const LINREG: WidgetId = "linreg-cars";
const POLYFIT: WidgetId = "polyfit-cars";

// WebGPU and WebGL run on SwiftShader here, far slower than the CPU: ceilings, not expectations.
const ceiling: Record<Backend, number> = { webgpu: 150_000, webgl: 90_000, cpu: 60_000 };

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

const backendLabel: Record<Backend, string> = { webgpu: "WebGPU", webgl: "WebGL", cpu: "CPU" };

describe.each<Backend>(["cpu", "webgl", "webgpu"])("on %s", (backend) => {
  it.each([
    [LINREG, { x: "both" }],
    [POLYFIT, {}],
  ] as const)("%s trains and its loss falls", async (id, extra) => {
    const { page, complaints, close } = await open(id, { backend, seed: 1, ...extra });
    try {
      // One Step first: its loss is the MSE at the start (θ = 0), however fast training then runs.
      await press(page, id, "step");
      const first = (await waitForWidget(page, id, (s) => s.step === 1 && s.loss !== undefined, { timeout: ceiling[backend], what: "the first step" })).loss;
      await press(page, id, "train");
      const later = await waitForWidget(page, id, (s) => (s.step >= 8 && (s.loss ?? Infinity) < first! * 0.8) || s.status === "done", {
        timeout: ceiling[backend], what: "8 steps and a loss below 80 % of the first", interval: 50,
      });
      expect(later.backend).toBe(backend);
      expect(later.statusText).toContain(backendLabel[backend]);
      expect(later.statusText).toMatch(/as requested/);
      expect(first).toBeDefined();
      expect(later.loss).toBeLessThan(first! * 0.8);
      // The fitted parameters are reported and finite: w (one per feature) and b.
      const params = JSON.parse(later.params ?? "{}") as { w?: number[]; b?: number[] };
      expect(params.w?.length).toBe(id === LINREG ? 2 : 10);
      expect([...(params.w ?? []), ...(params.b ?? [])].every(Number.isFinite)).toBe(true);
      if (later.status === "training") await press(page, id, "train"); // pause
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("a too-large learning rate", () => {
  it.each<Backend>(["cpu", "webgl"])("stops linreg-cars with status diverged and names the step (%s)", async (backend) => {
    const { page, complaints, close } = await open(LINREG, { backend, x: "both", lr: 5 });
    try {
      await press(page, LINREG, "train");
      const s = await waitForWidget(page, LINREG, (st) => st.status === "diverged", { timeout: ceiling[backend], what: "status diverged" });
      expect(s.message).toMatch(/at step \d+/);
      expect(s.message).toMatch(/lower learning rate/);
      expect(await page.locator(`section[data-widget="${LINREG}"] [data-action="train"]`).isDisabled()).toBe(true);
      // Reset recovers: a stable rate then trains normally.
      await press(page, LINREG, "reset");
      await waitForWidget(page, LINREG, (st) => st.status === "idle" && st.step === 0, { what: "reset" });
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });

  it("with seed 000's scaling, a rate the standardised problem takes diverges", async () => {
    const { page, complaints, close } = await open(LINREG, { backend: "cpu", x: "both", scale: "seed000", lr: 0.5 });
    try {
      const note = page.locator(`section[data-widget="${LINREG}"] [data-pitfall="seed000"]`);
      await expect.poll(() => note.isVisible()).toBe(true);
      expect(await note.textContent()).toMatch(/one mean and one standard deviation for every column/);
      await press(page, LINREG, "train");
      const s = await waitForWidget(page, LINREG, (st) => st.status === "diverged", { what: "status diverged" });
      expect(s.message).toMatch(/at step \d+/);
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });
});

const IMG = "<img src=x onerror=window.__pwned=1>";
const SCRIPT = "<script>window.__pwned=1</script>";

/** Nothing from the URL ran or became an element. */
async function expectNothingInjected(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
}

describe("hostile URLs", () => {
  const cases: readonly { id: WidgetId; pairs: [string, string][]; messages: RegExp[] }[] = [
    {
      id: LINREG,
      pairs: [["lr", IMG], ["batch", SCRIPT], ["x", "weight;drop"], ["scale", "NaN"], [SCRIPT, "1"], ["tfjsflags", "WEBGL_VERSION:0"]],
      messages: [/Learning rate η.*not a usable number/, /Batch size.*not one of/, /Features.*not one of/, /Feature scaling.*not one of/, /Unknown setting/, /tfjsflags/],
    },
    {
      id: LINREG,
      pairs: [["lr", "1e308"], ["seed", "-5"]],
      messages: [/Learning rate η.*above the maximum/, /Seed.*below the minimum/],
    },
    {
      id: POLYFIT,
      pairs: [["deg", "1e9"], ["l2", "-1"], ["n", IMG], ["lr", "Infinity"], ["foo", "bar"]],
      messages: [/Polynomial degree.*above the maximum/, /L2 strength λ.*below the minimum/, /Training cars.*not a usable number/, /Learning rate.*not a usable number/, /Unknown setting.*foo/],
    },
    {
      id: POLYFIT,
      pairs: [["deg", "2.5"], ["deg", "3"], ["seed", "9".repeat(5000)]],
      messages: [/more than once/, /Seed/],
    },
  ];

  it.each(cases)("$id refuses $pairs.0.0=… with messages and still trains", async ({ id, pairs, messages }) => {
    const { page, context, complaints } = await watchedPage(browser);
    try {
      const q = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
      await page.goto(url(`/embed/${id}/?${q}&backend=cpu`));
      await waitForWidgetReady(page, id);
      await expect.poll(() => page.locator(`section[data-widget="${id}"] .widget__url-messages`).isVisible()).toBe(true);
      const { urlMessages } = await widgetState(page, id);
      for (const m of messages) expect(urlMessages.some((text) => m.test(text)), `${m} in ${JSON.stringify(urlMessages)}`).toBe(true);
      for (const m of urlMessages) expect(m.length).toBeLessThan(300);
      await expectNothingInjected(page);
      await press(page, id, "train");
      const s = await waitForWidget(page, id, (st) => st.step > 0, { what: "a step" });
      expect(s.backend).toBe("cpu");
      expect(Number.isFinite(s.loss)).toBe(true);
      // 1e308 is clamped to the largest learning rate, 10, which diverges within steps: then there is nothing to pause.
      if ((await widgetState(page, id)).status === "training") await press(page, id, "train");
      await expectNothingInjected(page);
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("on the chapter page each widget lists its own problems and still trains", async () => {
    const { page, context, complaints } = await watchedPage(browser);
    try {
      const q = [
        ["linreg-cars.lr", IMG], ["linreg-cars.scale", SCRIPT], ["linreg-cars.backend", "cpu"],
        ["polyfit-cars.deg", "-3"], ["polyfit-cars.zzz", "1"], ["polyfit-cars.backend", "cpu"],
      ].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
      await page.goto(url(`/linear-regression/?${q}`));
      const expected: [WidgetId, RegExp[]][] = [
        [LINREG, [/Learning rate η.*not a usable number/, /Feature scaling.*not one of/]],
        [POLYFIT, [/Polynomial degree.*below the minimum/, /Unknown setting/]],
      ];
      for (const [id, patterns] of expected) {
        await waitForWidgetReady(page, id);
        await expect.poll(() => page.locator(`section[data-widget="${id}"] .widget__url-messages`).isVisible()).toBe(true);
        const { urlMessages } = await widgetState(page, id);
        for (const p of patterns) expect(urlMessages.some((m) => p.test(m)), `${id}: ${p} in ${JSON.stringify(urlMessages)}`).toBe(true);
      }
      await expectNothingInjected(page);
      for (const [id] of expected) {
        await press(page, id, "train");
        const s = await waitForWidget(page, id, (st) => st.step > 0, { what: "a step" });
        expect(s.backend).toBe("cpu");
        await press(page, id, "train");
      }
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("the linear-regression chapter", () => {
  it("has its prose, typeset maths, computed numbers and widget placeholders in the HTML, and a diagram in the browser", async () => {
    const response = await fetch(url("/linear-regression/"));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<h1[^>]*>[^<]*Linear regression/);
    expect(html).toContain('class="katex"');
    // Seed 004's numbers, computed by code and cited as facts.
    for (const [id, text] of [["xtx11", "66"], ["xtx12", "78"], ["xtx22", "93"], ["w1", "−1"], ["w2", "2"]]) {
      expect(html).toContain(`data-fact="linear-regression.seed004.${id}">${text}<`);
    }
    expect(html).toContain('data-widget="linreg-cars"');
    expect(html).toContain('data-widget="polyfit-cars"');
    expect(html).toMatch(/class="callout callout--pitfall"/);

    const { page, context, complaints } = await watchedPage(browser);
    try {
      await page.goto(url("/linear-regression/"));
      // Mermaid loads when its figure comes near the viewport: scroll there, then wait for the svg.
      await page.locator("figure.mermaid").first().scrollIntoViewIfNeeded();
      await page.locator('figure.mermaid[data-mermaid="svg"] svg').first().waitFor({ timeout: 30_000 });
      expect(await page.locator('figure.mermaid[data-mermaid="error"]').count()).toBe(0);
      await page.locator(`section[data-widget="${POLYFIT}"]`).waitFor();
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
