/**
 * The message protocol between a widget's page and its training worker.
 * Only plain numbers, strings and typed arrays cross; never tensors.
 */
import type { Settings } from "../hyperparams/schema";
import type { BackendName, ModelView, Status, StepMetrics } from "../ml/trainable";

export type { Status };

/** Which model a worker trains: a widget id, naming a factory in src/ml/models.ts (checked there). */
export type ModelId = string;

/** Page → worker. */
export type Command =
  | { readonly type: "init"; readonly model: ModelId; readonly settings: Settings }
  | { readonly type: "train" }
  | { readonly type: "pause" }
  | { readonly type: "step"; readonly count: number }
  /** Rebuild from the seed with these settings; disposes every tensor of the old model. */
  | { readonly type: "reset"; readonly settings: Settings }
  /** Live settings only (e.g. learning rate): applied at the next step, optimizer state kept. */
  | { readonly type: "set"; readonly settings: Settings }
  | { readonly type: "memory" };


/** Worker → page. */
export type Report =
  | {
      readonly type: "ready";
      readonly backend: BackendName;
      /** Why this backend runs, in words, e.g. "WebGPU has no adapter here; using WebGL". */
      readonly backendReason: string;
      readonly view: ModelView;
      /** Learning rate etc. as the worker applied them (after validation). */
      readonly settings: Settings;
    }
  | {
      readonly type: "progress";
      readonly status: Status;
      /** Only the points since the previous report. */
      readonly points: readonly StepMetrics[];
      readonly view: ModelView;
      /** Set when status is "diverged" or "done": what happened, in words. */
      readonly message?: string;
    }
  | {
      readonly type: "memory";
      readonly numTensors: number;
      readonly numBytes: number;
      /** Tensors alive before the first model was built: the floor after dispose. */
      readonly baseline: number;
      /** Most tensors and bytes alive at the end of any chunk since the model was (re)built. */
      readonly peakTensors: number;
      readonly peakBytes: number;
    }
  | { readonly type: "error"; readonly message: string };
