/**
 * The CNN chapter's widgets in a real browser. cnn-mnist trains on webgpu,
 * webgl and cpu (the quarter-size network on 64 digits for two short epochs,
 * so a backend takes seconds, not minutes): its loss falls, the held-out digits
 * are scored after each epoch and reported as data-accuracy, it stops as done,
 * a reset frees the old network's tensors, and a drawn digit gets an answer.
 * conv-arithmetic shows the output-size formula's value and animates the
 * window over every output cell.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embedURL, launch, openWidgetPage, press, problems, waitForWidget, widgetState, type Backend } from "./helpers";

// Ceilings for slow machines, not expectations.
const ceiling: Record<Backend, number> = { webgpu: 150_000, webgl: 90_000, cpu: 90_000 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch({ webgpu: true });
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Reset, then one step: the worker answers in order, so once that step shows,
 * the tensor count the reset asked for (the new network's, old one freed) has arrived.
 */
async function resetAndStep(page: Page, id: string, backend: Backend) {
  await press(page, id, "reset");
  await waitForWidget(page, id, (s) => s.status === "idle" && s.step === 0, { timeout: ceiling[backend], what: "the reset" });
  await press(page, id, "step");
  return waitForWidget(page, id, (s) => s.step === 1, { timeout: ceiling[backend], what: "a step after the reset" });
}

const short = { net: "quarter", n: 64, batch: 16, epochs: 2, lr: 0.005, seed: 1 };

/** One step, then Train until `steps`, then Pause: the loss (of a fresh minibatch each step) must have fallen. */
async function lossFalls(page: Page, id: string, backend: Backend, steps: number) {
  await press(page, id, "step");
  const first = await waitForWidget(page, id, (s) => s.step === 1 && s.loss !== undefined, { timeout: ceiling[backend], what: "the first step" });
  expect(first.accuracy).toBeUndefined(); // no epoch has ended: nothing scored yet
  await press(page, id, "train");
  const later = await waitForWidget(page, id, (s) => s.step >= steps || s.status === "done", { timeout: ceiling[backend], what: `${steps} steps` });
  if (later.status === "training") await press(page, id, "train");
  expect(later.backend).toBe(backend);
  expect(later.loss).toBeLessThan(first.loss! - 0.15);
  return later;
}

describe("cnn-mnist", () => {
  const id = "cnn-mnist";

  it("on cpu: trains, its loss falls, scores the held-out digits, stops after its epochs, trains one more on Train on, answers a drawing, and a reset frees its tensors", async () => {
    const backend = "cpu";
    const { page, complaints, close } = await openWidgetPage(browser, embedURL(id, { ...short, backend }), id);
    try {
      await lossFalls(page, id, backend, 8);
      const done = await waitForWidget(page, id, (s) => s.status === "done", { timeout: ceiling[backend], what: "two epochs" });
      expect(done.step).toBe(8); // 2 epochs × 64 digits / 16 per step
      expect(done.accuracy).toBeGreaterThan(0.15); // held-out, after 128 digits seen: well above chance
      expect(done.message).toMatch(/Finished 2 epochs \(8 steps\)/);
      // Train on after the last epoch trains one more, then stops again.
      await press(page, id, "train");
      const more = await waitForWidget(page, id, (s) => s.status === "done" && s.step === 12, { timeout: ceiling[backend], what: "a third epoch" });
      expect(more.message).toMatch(/Finished 3 epochs \(12 steps\)/);
      // The view drew what the network learned and how it scored.
      const section = page.locator(`section[data-widget="${id}"]`);
      expect(await section.getByRole("img", { name: /Confusion matrix of the 2000 held-out digits/ }).count()).toBe(1);
      expect(await section.getByRole("img", { name: /learned 3 × 3 filters/ }).count()).toBe(1);

      // A live setting redraws at once, without retraining.
      const digit = section.locator(".hp", { hasText: "Held-out digit shown" }).locator(".hp__number");
      await digit.fill("7");
      await digit.press("Enter");
      await expect.poll(() => section.getByRole("heading", { name: /Held-out digit #7/ }).count()).toBe(1);
      expect((await widgetState(page, id)).step).toBe(12);

      await section.locator('[data-action="example-drawing"]').click();
      const answer = section.getByTestId("drawn-prediction");
      await expect.poll(() => answer.getAttribute("data-prediction"), { timeout: 30_000 }).toMatch(/^\d$/);
      expect(await section.getByRole("img", { name: /Class probabilities for your drawing/ }).count()).toBe(1);

      const afterOne = await resetAndStep(page, id, backend);
      const afterTwo = await resetAndStep(page, id, backend);
      expect(afterOne.tensors).toBeGreaterThan(0);
      expect(afterTwo.tensors).toBe(afterOne.tensors);
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });

  it("on webgl: trains, its loss falls, the held-out digits are scored when an epoch ends, and Pause stops it mid-run", async () => {
    const backend = "webgl";
    const { page, complaints, close } = await openWidgetPage(browser, embedURL(id, { ...short, epochs: 30, backend }), id);
    try {
      await lossFalls(page, id, backend, 8);
      const paused = await waitForWidget(page, id, (s) => s.status === "paused", { timeout: ceiling[backend], what: "Pause" });
      expect(paused.step).toBeLessThan(120); // 30 epochs of 4 steps: it stopped because it was asked to
      expect(paused.accuracy).toBeGreaterThan(0.15); // scored after epochs 1 and 2 at least
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });

  // SwiftShader's WebGPU compiles every convolution pipeline slowly and scoring 2,000 digits takes minutes:
  // here only training steps, on a slice of the data too big for an epoch to end.
  it("on webgpu: trains and its loss falls", async () => {
    const backend = "webgpu";
    const { page, complaints, close } = await openWidgetPage(browser, embedURL(id, { net: "quarter", batch: 32, lr: 0.01, seed: 1, backend }), id);
    try {
      await lossFalls(page, id, backend, 6);
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("conv-arithmetic", () => {
  const id = "conv-arithmetic";
  it("shows ⌊(n + 2p − k)/s⌋ + 1 and slides the window over every output cell", async () => {
    const { page, complaints, close } = await openWidgetPage(browser, embedURL(id, { n: 5, k: 3, s: 2, p: 1, speed: 20 }), id);
    try {
      const section = page.locator(`section[data-widget="${id}"]`);
      expect(await section.getByTestId("output-size").textContent()).toBe("3");
      expect(JSON.parse((await widgetState(page, id)).params!)).toMatchObject({ outputSize: 3, outputs: 9, receptiveField2: 7 });
      await press(page, id, "step");
      await press(page, id, "step");
      const two = await widgetState(page, id);
      expect([two.step, two.status]).toEqual([2, "paused"]);
      expect(await section.locator(".conv__sum").textContent()).toMatch(/^y\[0,1\] = .* = -?\d+$/);

      const stride = section.locator(".hp", { hasText: "Stride s" }).locator(".hp__number");
      await stride.fill("1");
      await stride.press("Enter");
      await expect.poll(() => section.getByTestId("output-size").textContent()).toBe("5");
      expect((await widgetState(page, id)).status).toBe("idle"); // a new geometry starts over
      await press(page, id, "train");
      const done = await waitForWidget(page, id, (s) => s.status === "done", { timeout: 30_000, what: "25 outputs" });
      expect(done.step).toBe(25);
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });
});
