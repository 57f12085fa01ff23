/**
 * A widget's connection to its training worker. The worker (and with it TF.js)
 * starts on the reader's first Train or Step, not on page load.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Settings } from "../../hyperparams/schema";
import type { BackendName, ModelView, Status } from "../../ml/trainable";
import { createWorkerTrainer } from "../../worker/client";
import type { ModelId, Report } from "../../worker/protocol";
import type { Trainer } from "../../worker/trainer";
import { appendPoints, emptyHistory, type History } from "./history";
import { keepRun, type PastRun } from "./runs";

export interface TrainerState {
  readonly status: Status;
  readonly started: boolean;
  readonly backend?: BackendName;
  readonly backendReason?: string;
  readonly view?: ModelView;
  /** Why training stopped or failed, for the reader. */
  readonly message?: string;
  readonly memory?: { readonly numTensors: number; readonly numBytes: number; readonly baseline: number };
  /** Bumped on every report so charts redraw from `history`. */
  readonly revision: number;
}

export interface TrainerControls {
  readonly state: TrainerState;
  readonly history: History;
  /** Earlier runs of this widget, oldest first: each reset keeps the run it ends (see runs.ts). */
  readonly runs: readonly PastRun[];
  /** Forgets the earlier runs. */
  clearRuns(): void;
  train(): void;
  pause(): void;
  step(): void;
  reset(settings: Settings): void;
  setLive(settings: Settings): void;
}

const initial: TrainerState = { status: "idle", started: false, revision: 0 };

/** Drives `model` in a worker with the widget's current `settings`. */
export function useTrainer(model: ModelId, settings: Settings): TrainerControls {
  const trainer = useRef<Trainer | null>(null);
  const history = useRef<History>(emptyHistory());
  const latest = useRef(settings);
  latest.current = settings;
  const [state, setState] = useState<TrainerState>(initial);
  const [runs, setRuns] = useState<readonly PastRun[]>([]);

  const onReport = useCallback((r: Report) => {
    setState((s) => {
      const revision = s.revision + 1;
      switch (r.type) {
        case "ready":
          return { ...s, backend: r.backend, backendReason: r.backendReason, view: r.view, revision };
        case "progress":
          appendPoints(history.current, r.points);
          return { ...s, status: r.status, view: r.view, message: r.message ?? (r.status === "training" ? undefined : s.message), revision };
        case "memory":
          return { ...s, memory: { numTensors: r.numTensors, numBytes: r.numBytes, baseline: r.baseline }, revision };
        case "error":
          return { ...s, status: "error", message: r.message, revision };
      }
    });
  }, []);

  const ensure = useCallback((): Trainer => {
    if (!trainer.current) {
      trainer.current = createWorkerTrainer(model, latest.current);
      trainer.current.subscribe(onReport);
      setState((s) => ({ ...s, started: true }));
    }
    return trainer.current;
  }, [model, onReport]);

  useEffect(() => () => trainer.current?.dispose(), []);

  return {
    state,
    history: history.current,
    runs,
    clearRuns: () => setRuns([]),
    train: () => ensure().train(),
    pause: () => trainer.current?.pause(),
    step: () => ensure().step(1),
    reset(next) {
      // The settings the ending run trained under: `latest` still holds them (the new ones arrive as `next`).
      const ended = history.current;
      const endedSettings = latest.current;
      setRuns((r) => keepRun(r, ended, endedSettings));
      history.current = emptyHistory();
      setState((s) => ({ ...s, status: "idle", message: undefined, revision: s.revision + 1 }));
      trainer.current?.reset(next);
      trainer.current?.requestMemory();
    },
    setLive: (next) => trainer.current?.set(next),
  };
}
