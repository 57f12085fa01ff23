/** Hyperparameter declarations of the SVM chapter's widgets (seed and backend included). */
import { withCommon, type Hyperparam, type NumberParam, type Schema } from "./schema";

const penalty: NumberParam = {
  kind: "number",
  key: "C",
  label: "Penalty C",
  help: "Price of each unit of margin violation. Small C buys a wide margin with many violations; large C a narrow one with few. Applies live: training goes on from the current weights towards the new optimum.",
  min: 0.001,
  max: 100,
  default: 1,
  scale: "log",
  apply: "live",
  url: "C",
};

const learningRate: NumberParam = {
  kind: "number",
  key: "learningRate",
  label: "First step size η₀",
  help: "Step t has size η₀ / (1 + η₀·t). Changing it (or C) starts that schedule again.",
  min: 0.0001,
  max: 1,
  default: 0.1,
  scale: "log",
  apply: "live",
  url: "lr",
};

const speed: NumberParam = {
  kind: "number",
  key: "speed",
  label: "Steps per second",
  help: "How fast Train runs sub-gradient steps, so you can watch the margin settle.",
  min: 1,
  max: 2000,
  default: 100,
  scale: "log",
  integer: true,
  apply: "live",
  url: "speed",
};

export const svmLinearSchema: Schema = withCommon([penalty, learningRate, speed]);

const own: readonly Hyperparam[] = [
  {
    kind: "choice",
    key: "dataset",
    label: "Data",
    options: [
      { value: "moons", label: "Two moons" },
      { value: "circles", label: "Concentric circles" },
    ],
    default: "moons",
    apply: "restart",
    url: "data",
  },
  {
    kind: "number",
    key: "gamma",
    label: "Kernel width γ",
    help: "RBF kernel exp(−γ‖x − x′‖²): large γ means a narrow bump around each point and a wiggly boundary; small γ a smooth one. Redraws the random features, so training restarts.",
    min: 0.01,
    max: 100,
    default: 2,
    scale: "log",
    apply: "restart",
    url: "gamma",
  },
  {
    kind: "number",
    key: "features",
    label: "Random features D",
    help: "How many random Fourier features approximate the kernel; the error shrinks like 1/√D.",
    min: 4,
    max: 1024,
    default: 256,
    scale: "log",
    integer: true,
    apply: "restart",
    url: "D",
  },
  { ...penalty, default: 10 },
  // Ten times the linear widget's C, so a ten times smaller first step keeps the first jumps in check.
  { ...learningRate, default: 0.01 },
  speed,
];

export const svmKernelSchema: Schema = withCommon(own);
