/**
 * The training loop behind every widget: train, pause, step, reset and live
 * settings over one model, reporting at a bounded rate. Runs unchanged in a
 * worker (src/worker/trainer.worker.ts), on the main thread (benchmarks) and
 * under vitest.
 */
import * as tf from "./tf";
import type { BackendChoice, Settings } from "../hyperparams/schema";
import type { Command, ModelId, Report } from "../worker/protocol";
import { selectBackend } from "./backend";
import { createModel, type ModelSetup } from "./models";
import { thin } from "./thin";
import type { Status, StepMetrics } from "./trainable";

export interface SessionOptions {
  /** Most progress reports per second, however fast training runs. */
  readonly reportsPerSecond?: number;
  /** Wall-clock time one unpaced chunk of steps aims for, in ms. */
  readonly chunkMs?: number;
  /** Most points one report carries; longer runs are thinned evenly. */
  readonly maxPointsPerReport?: number;
  /** Clock, replaceable in tests. */
  readonly now?: () => number;
  /** Builds the model for an id; defaults to the book's models (src/ml/models.ts). */
  readonly factory?: (id: ModelId, settings: Settings) => ModelSetup | Promise<ModelSetup>;
}

export interface Session {
  /** Handles one command from the page. Commands run in arrival order. */
  handle(command: Command): Promise<void>;
}

/** Lets queued messages in before the next chunk, without setTimeout's 4 ms clamp. */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); resolve(); };
    channel.port2.postMessage(null);
  });
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A training session that posts its reports through `post`. */
export function createSession(post: (report: Report) => void, options: SessionOptions = {}): Session {
  const now = options.now ?? (() => performance.now());
  const reportEvery = 1000 / (options.reportsPerSecond ?? 20);
  // Long enough that the one GPU readback per chunk is a small share of it, short enough that Pause answers at once.
  const chunkMs = options.chunkMs ?? 100;
  const maxPoints = options.maxPointsPerReport ?? 200;
  const factory = options.factory ?? createModel;

  let model: ModelId | undefined;
  let settings: Settings = {};
  let setup: ModelSetup | undefined;
  let status: Status = "idle";
  let baseline = 0;
  let pending: StepMetrics[] = [];
  let lastReport = -Infinity;
  let chunkSize = 1;
  let paceStart = 0;
  let pacedSteps = 0;
  let queue: Promise<void> = Promise.resolve();
  /** Reports still waiting for their view's GPU readback; they post in order. */
  let reporting: Promise<void> = Promise.resolve();
  /** A view is being read back; training reports wait for it rather than pile up. */
  let viewInFlight = false;
  /** How long the last view took; views are held to about a fifth of training time. */
  let lastViewMs = 0;
  let loopScheduled = false;
  /** High-water marks of tf.memory() at chunk ends since the last build (bookkeeping only, no GPU sync). */
  let peak = { numTensors: 0, numBytes: 0 };

  function notePeak() {
    const m = tf.memory();
    peak = { numTensors: Math.max(peak.numTensors, m.numTensors), numBytes: Math.max(peak.numBytes, m.numBytes) };
  }

  const enqueue = (op: () => Promise<void>) => {
    queue = queue.then(op).catch(fail);
    return queue;
  };

  function fail(e: unknown) {
    status = "error";
    post({ type: "error", message: e instanceof Error ? e.message : String(e) });
  }

  /** Builds the model; a factory may be async (it may fetch its data set first, e.g. MNIST). */
  async function build() {
    if (!model) throw new Error("The session has no model yet (init first).");
    setup = await factory(model, settings);
    peak = { numTensors: 0, numBytes: 0 };
    notePeak();
    pending = [];
    chunkSize = 1;
  }

  /** Frees the model once no report is still reading from it. */
  async function teardown() {
    await reporting;
    setup?.trainable.dispose();
    setup = undefined;
  }

  /**
   * Posts the points since the last report with a fresh view. The view's GPU
   * readback is not awaited here, so the next chunk's work queues behind it on
   * the device instead of the device idling; reports still post in order.
   */
  function report(message?: string): Promise<void> {
    if (!setup) return reporting;
    const points = thin(pending, maxPoints);
    const state = status;
    pending = [];
    lastReport = now();
    const started = now();
    viewInFlight = true;
    const view = setup.trainable.view();
    reporting = reporting
      .then(() => view)
      .then((v) => {
        lastViewMs = now() - started;
        post({ type: "progress", status: state, points, view: v, message });
      })
      .catch(fail)
      .finally(() => { viewInFlight = false; });
    return reporting;
  }

  /** Runs `count` steps, then stops on divergence or convergence. */
  async function runSteps(count: number): Promise<void> {
    if (!setup) return;
    const result = await setup.trainable.run(count);
    const bad = result.points.findIndex((p) => !Number.isFinite(p.loss));
    if (bad >= 0) {
      pending.push(...result.points.slice(0, bad));
      const p = result.points[bad];
      status = "diverged";
      const lr = settings.learningRate === undefined ? "" : ` (now ${settings.learningRate})`;
      await report(`The loss became ${p.loss} at step ${p.step}, so training stopped. Try a lower learning rate${lr}, then Reset.`);
      return;
    }
    pending.push(...result.points);
    if (result.converged) {
      status = "done";
      await report(result.message ?? `Converged at step ${result.points.at(-1)?.step ?? 0}.`);
    }
  }

  /**
   * How many steps the next chunk runs: paced models follow the clock, all fill
   * at most chunkMs, so a slow backend keeps chunks short and Pause answers.
   */
  function dueSteps(): number {
    const pace = setup?.pace;
    if (pace === undefined) return chunkSize;
    const due = Math.floor(((now() - paceStart) * pace) / 1000) - pacedSteps;
    return Math.min(due, chunkSize);
  }

  async function chunk() {
    loopScheduled = false;
    if (status !== "training" || !setup) return;
    const count = dueSteps();
    if (count <= 0) {
      await sleep(Math.max(1, 1000 / (setup.pace ?? 1000)));
    } else {
      const t0 = now();
      await runSteps(count);
      notePeak();
      pacedSteps += count;
      const took = Math.max(0.1, now() - t0);
      // Per step, so a paced chunk cut short by the clock does not read as a fast one.
      chunkSize = Math.max(1, Math.min(4096, Math.round(Math.min(4 * chunkSize, (chunkMs / took) * count))));
    }
    const reportDue = now() - lastReport >= Math.max(reportEvery, 4 * lastViewMs);
    if (status === "training" && !viewInFlight && reportDue) void report();
    if (status === "training") scheduleLoop();
  }

  function scheduleLoop() {
    if (loopScheduled) return;
    loopScheduled = true;
    void yieldToMessages().then(() => enqueue(chunk));
  }

  function restartPace() {
    paceStart = now();
    pacedSteps = 0;
  }

  const handlers: { [K in Command["type"]]: (c: Extract<Command, { type: K }>) => Promise<void> } = {
    async init(c) {
      model = c.model;
      settings = c.settings;
      const { backend, reason } = await selectBackend((settings.backend as BackendChoice) ?? "auto");
      baseline = tf.memory().numTensors;
      await build();
      const s = setup as ModelSetup;
      post({ type: "ready", backend, backendReason: reason, view: await s.trainable.view(), settings });
    },
    async train() {
      if (!setup || status === "training") return;
      if (status === "diverged" || status === "error") return;
      status = "training";
      restartPace();
      lastReport = -Infinity;
      scheduleLoop();
      await report();
    },
    async pause() {
      if (status !== "training") return;
      status = "paused";
      await report();
    },
    async step(c) {
      if (!setup || status === "diverged" || status === "error") return;
      status = "paused";
      await runSteps(Math.max(1, Math.floor(c.count)));
      notePeak();
      if (status === "paused") await report();
    },
    async reset(c) {
      settings = c.settings;
      await teardown();
      status = "idle";
      await build();
      await report();
    },
    async set(c) {
      settings = { ...settings, ...c.settings };
      setup?.trainable.setLive(c.settings);
      if (setup && c.settings.speed !== undefined) setup = { ...setup, pace: Number(c.settings.speed) };
      restartPace();
      // While training the next report shows the change; otherwise show it now (e.g. a decision threshold moved while paused).
      if (setup && status !== "training") await report();
    },
    async memory() {
      await reporting; // a pending view holds a tensor until its readback ends
      const m = tf.memory();
      post({ type: "memory", numTensors: m.numTensors, numBytes: m.numBytes, baseline, peakTensors: peak.numTensors, peakBytes: peak.numBytes });
    },
  };

  return {
    handle(command) {
      return enqueue(() => (handlers[command.type] as (c: Command) => Promise<void>)(command));
    },
  };
}
