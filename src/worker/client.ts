/** The page side of a training worker: implements Trainer over postMessage. */
import type { Settings } from "../hyperparams/schema";
import type { Command, ModelId, Report } from "./protocol";
import type { Trainer } from "./trainer";

function spawn(): Worker {
  return new Worker(new URL("./trainer.worker.ts", import.meta.url), { type: "module", name: "trainer" });
}

/**
 * Starts a worker for `model` with `settings`. A crashed worker reports an
 * "error"; reset() then starts a fresh worker, so Reset always works.
 */
export function createWorkerTrainer(model: ModelId, settings: Settings): Trainer {
  const listeners = new Set<(r: Report) => void>();
  let worker: Worker;
  let current = settings;
  let failed = false;

  const emit = (r: Report) => {
    if (r.type === "error") failed = true;
    listeners.forEach((l) => l(r));
  };
  const send = (c: Command) => worker.postMessage(c);

  function start() {
    failed = false;
    worker = spawn();
    worker.onmessage = (e: MessageEvent<Report>) => emit(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      emit({ type: "error", message: `The training worker crashed: ${e.message || "unknown error"}.` });
    };
    worker.onmessageerror = () => emit({ type: "error", message: "A message from the training worker could not be read." });
    send({ type: "init", model, settings: current });
  }

  start();
  return {
    train: () => send({ type: "train" }),
    pause: () => send({ type: "pause" }),
    step: (count = 1) => send({ type: "step", count }),
    reset(next) {
      const backendChanged = next.backend !== current.backend;
      current = next;
      if (failed || backendChanged) {
        worker.terminate();
        start();
      } else {
        send({ type: "reset", settings: next });
      }
    },
    set(next) {
      current = { ...current, ...next };
      send({ type: "set", settings: next });
    },
    requestMemory: () => send({ type: "memory" }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      worker.terminate();
      listeners.clear();
    },
  };
}
