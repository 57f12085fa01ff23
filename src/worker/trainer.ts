/**
 * The one trainer interface widgets talk to. Training runs in a Web Worker;
 * widgets never import TF.js.
 */
import type { Settings } from "../hyperparams/schema";
import type { Report } from "./protocol";

export interface Trainer {
  train(): void;
  pause(): void;
  step(count?: number): void;
  /** Rebuilds the model from the seed with these settings (a new worker if the backend changes or the old one failed). */
  reset(settings: Settings): void;
  /** Live settings only; applied at the next step. */
  set(settings: Settings): void;
  /** Asks for tf.memory(); the answer arrives as a "memory" report. */
  requestMemory(): void;
  /** Every report, in order. Returns the unsubscribe function. */
  subscribe(listener: (report: Report) => void): () => void;
  /** Ends the worker and frees everything it held. */
  dispose(): void;
}
