/**
 * The interface every model in the book implements. Pure TF.js: runs in a worker,
 * on the main thread and under vitest in Node alike.
 */

/** Status in the public widget contract (data-status). */
export type Status = "idle" | "training" | "paused" | "done" | "diverged" | "error";

/** A TF.js backend that actually runs (never "auto"). */
export type BackendName = "webgpu" | "webgl" | "cpu";

/** One point on the loss curve. */
export interface StepMetrics {
  readonly step: number;
  readonly loss: number;
  /** Fraction in [0, 1] where the model classifies. */
  readonly accuracy?: number;
  /** Further per-step figures a chapter plots, e.g. { testLoss: 0.31 }. */
  readonly extra?: Readonly<Record<string, number>>;
}

/**
 * What a widget draws, as plain data. Models fill the parts that apply.
 * All arrays are row-major and small enough to post every frame.
 */
export interface ModelView {
  readonly step: number;
  /** Learned parameters of small models, e.g. { w: [0.3, -1.2], b: [0.1] } (data-params). */
  readonly params?: Readonly<Record<string, readonly number[]>>;
  /** Decision regions: P(class 1) or sign of the score on a gridSize × gridSize grid over `extent`. */
  readonly grid?: { readonly size: number; readonly values: Float32Array; readonly extent: Extent };
  /** A linear boundary w·x + b = 0, drawn exactly rather than from the grid. */
  readonly line?: { readonly w: readonly [number, number]; readonly b: number };
  /** Index of the training point used at the last step (the perceptron's current point). */
  readonly lastIndex?: number;
  /** Whether the last step was a mistake (the perceptron updates only then). */
  readonly lastWasMistake?: boolean;
  /** Running count of updates made on mistakes (perceptron). */
  readonly mistakes?: number;
  /** Extra figures the widget shows beside the chart, e.g. mistakes against the bound. */
  readonly stats?: readonly Stat[];
  /** Anything else a chapter's own plots draw (fitted curves, trajectories, filters…), as plain numbers. */
  readonly extra?: Readonly<Record<string, readonly number[] | Float32Array | number | string>>;
}

/** A labelled figure for the widget's read-out. */
export interface Stat {
  readonly label: string;
  readonly value: number;
  /** Digits after the decimal point when shown. */
  readonly digits?: number;
}

/** The plotted window of a two-feature data set: [xMin, xMax, yMin, yMax]. */
export type Extent = readonly [number, number, number, number];

/** Result of running some steps. */
export interface StepResult {
  /** One point per step run, in order. */
  readonly points: readonly StepMetrics[];
  /** True when the model has nothing left to learn (e.g. a perceptron epoch with no mistake). */
  readonly converged: boolean;
  /** What convergence means for this model, in words (shown when status becomes "done"). */
  readonly message?: string;
}

/** A model being trained. Owns its tensors; dispose() frees every one of them. */
export interface Trainable {
  /** Runs `count` steps and reads the losses back once, asynchronously. */
  run(count: number): Promise<StepResult>;
  /** The current state for drawing. */
  view(): Promise<ModelView>;
  /** Applies live settings (learning rate…) without touching optimizer state. */
  setLive(settings: Readonly<Record<string, number | string>>): void;
  dispose(): void;
}
