/**
 * Every widget trains on every backend, forced with ?backend=: the widget
 * reports the backend it was given and names it in its status line, and the
 * model behaves as the chapter says (the Iris perceptron converges, the XNOR
 * perceptron never does, the MLP's loss falls until it is done).
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  embedURL, launch, press, problems, waitForWidget, openWidgetPage, type WidgetId,
  type Backend, type WidgetState,
} from "./helpers";

const backendLabel: Record<Backend, string> = { webgpu: "WebGPU", webgl: "WebGL", cpu: "CPU" };
// WebGPU runs on SwiftShader here, far slower than the others: these are ceilings, not expectations.
const ceiling: Record<Backend, number> = { webgpu: 150_000, webgl: 60_000, cpu: 60_000 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch({ webgpu: true });
});
afterAll(async () => {
  await browser?.close();
});

function openWidget(path: string, id: WidgetId) {
  return openWidgetPage(browser, path, id);
}

function expectBackend(state: WidgetState, backend: Backend) {
  expect(state.backend).toBe(backend);
  expect(state.statusText).toContain(backendLabel[backend]);
  expect(state.statusText).toMatch(/as requested/);
}

describe.each<Backend>(["cpu", "webgl", "webgpu"])("on %s", (backend) => {
  it("perceptron-iris converges: done, accuracy 1", async () => {
    const { page, complaints, close } = await openWidget(embedURL("perceptron-iris", { backend, speed: 1000, seed: 1 }), "perceptron-iris");
    try {
      await press(page, "perceptron-iris", "train");
      const done = await waitForWidget(page, "perceptron-iris", (s) => s.status === "done", { timeout: ceiling[backend], what: "status done" });
      expectBackend(done, backend);
      // WebGL's mean of 100 ones comes back as 0.99999994 (float32); every point is still right.
      expect(done.accuracy).toBeCloseTo(1, 6);
      expect(done.message).toMatch(/\S/);
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });

  it("perceptron-xnor never converges: mistakes keep growing, never done", async () => {
    const { page, complaints, close } = await openWidget(embedURL("perceptron-xnor", { backend, speed: 1000, seed: 1 }), "perceptron-xnor");
    try {
      await press(page, "perceptron-xnor", "train");
      const seen = new Set<string | undefined>();
      const early = await waitForWidget(page, "perceptron-xnor", (s) => s.step >= 20 && s.mistakes !== undefined, {
        timeout: ceiling[backend], what: "20 steps", onState: (s) => seen.add(s.status),
      });
      const late = await waitForWidget(page, "perceptron-xnor", (s) => s.step >= 300, {
        timeout: ceiling[backend], what: "300 steps", onState: (s) => seen.add(s.status),
      });
      expectBackend(late, backend);
      expect(seen.has("done")).toBe(false);
      expect(late.status).toBe("training");
      expect(late.mistakes).toBeGreaterThan(early.mistakes ?? Infinity);
      expect(late.accuracy).toBeLessThan(1);
      await press(page, "perceptron-xnor", "train"); // Pause
      await waitForWidget(page, "perceptron-xnor", (s) => s.status === "paused", { what: "status paused" });
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });

  it("mlp-xnor: the loss falls to under half its first value and training finishes", async () => {
    const { page, complaints, close } = await openWidget(embedURL("mlp-xnor", { backend, seed: 1 }), "mlp-xnor");
    try {
      await press(page, "mlp-xnor", "train");
      let first: number | undefined;
      const done = await waitForWidget(page, "mlp-xnor", (s) => s.status === "done", {
        timeout: ceiling[backend],
        what: "status done",
        interval: 50,
        onState: (s) => {
          if (first === undefined && s.loss !== undefined) first = s.loss;
        },
      });
      expectBackend(done, backend);
      expect(first).toBeDefined();
      expect(done.loss).toBeLessThan(first! / 2);
      expect(done.loss).toBeLessThan(0.01);
      expect(done.accuracy).toBeCloseTo(1, 6);
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await close();
    }
  });
});
