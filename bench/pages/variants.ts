/**
 * Where the widget's training time goes: the MLP trained through the real
 * session loop (src/ml/session.ts) with one thing changed at a time, and the
 * trainable's own run() in a bare loop. Used by bench/profile.mjs, not by
 * `npm run bench`.
 */
import { defaults, type BackendChoice, type Settings } from "../../src/hyperparams/schema";
import { createModel, type ModelSetup } from "../../src/ml/models";
import { createSession, type SessionOptions } from "../../src/ml/session";
import { selectBackend } from "../../src/ml/backend";
import type { Trainable } from "../../src/ml/trainable";
import { widgetCatalog } from "../../src/widgets/catalog";

export interface VariantOptions {
  readonly backend: BackendChoice;
  readonly learningRate: number;
  readonly warmupMs: number;
  readonly windowMs: number;
  /** "session": the widget's loop; "run:N": trainable.run(N) back to back. */
  readonly loop: string;
  readonly chunkMs?: number;
  readonly reportsPerSecond?: number;
  /** Replace view() (decision grid + weights read back each report) by a plain step count. */
  readonly cheapView?: boolean;
}

export interface VariantResult {
  readonly stepsPerSecond: number;
  readonly reportsPerSecond: number;
  readonly steps: number;
  readonly ms: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function settingsFor(o: VariantOptions): Settings {
  return { ...defaults(widgetCatalog["mlp-xnor"].schema), learningRate: o.learningRate, backend: o.backend };
}

function cheap(setup: ModelSetup): ModelSetup {
  let step = 0;
  const t = setup.trainable;
  const trainable: Trainable = {
    ...t,
    async run(count) {
      const r = await t.run(count);
      step = r.points.at(-1)?.step ?? step;
      return r;
    },
    view: async () => ({ step }),
  };
  return { ...setup, trainable };
}

export async function runVariant(o: VariantOptions): Promise<VariantResult> {
  if (o.loop.startsWith("run:")) {
    await selectBackend(o.backend);
    const n = Number(o.loop.slice(4));
    const { trainable } = await createModel("mlp-xnor", settingsFor(o));
    const w0 = performance.now();
    while (performance.now() - w0 < o.warmupMs) await trainable.run(n);
    let steps = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < o.windowMs) { await trainable.run(n); steps += n; }
    const ms = performance.now() - t0;
    trainable.dispose();
    return { steps, ms, stepsPerSecond: (steps / ms) * 1000, reportsPerSecond: 0 };
  }
  let step = 0;
  let reports = 0;
  const options: SessionOptions = {
    chunkMs: o.chunkMs,
    reportsPerSecond: o.reportsPerSecond,
    factory: async (id, s) => (o.cheapView ? cheap(await createModel(id, s)) : createModel(id, s)),
  };
  const session = createSession((r) => { if (r.type === "progress") { step = r.view.step; reports++; } }, options);
  await session.handle({ type: "init", model: "mlp-xnor", settings: settingsFor(o) });
  void session.handle({ type: "train" });
  await sleep(o.warmupMs);
  const s0 = step, r0 = reports, t0 = performance.now();
  await sleep(o.windowMs);
  const steps = step - s0, ms = performance.now() - t0;
  await session.handle({ type: "pause" });
  return { steps, ms, stepsPerSecond: (steps / ms) * 1000, reportsPerSecond: ((reports - r0) / ms) * 1000 };
}
