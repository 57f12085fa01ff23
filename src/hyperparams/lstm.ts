/** Hyperparameter declarations of the RNN/LSTM chapter's widgets (seed and backend included). */
import { withCommon, type Hyperparam, type NumberParam } from "./schema";

const learningRate: NumberParam = {
  kind: "number",
  key: "learningRate",
  label: "Learning rate (Adam)",
  help: "Adam's step size. Applies live: Adam's moment estimates are kept.",
  min: 0.0001,
  max: 0.1,
  default: 0.01,
  scale: "log",
  apply: "live",
  url: "lr",
};

const units: NumberParam = {
  kind: "number",
  key: "units",
  label: "Hidden units",
  help: "Width of the recurrent state h (and of the LSTM's cell c). Restarts training.",
  min: 2,
  max: 64,
  default: 16,
  scale: "log",
  integer: true,
  apply: "restart",
  url: "units",
};

const batchSize: NumberParam = {
  kind: "number",
  key: "batchSize",
  label: "Batch size",
  help: "Sequences per optimizer step. Restarts training.",
  min: 4,
  max: 256,
  default: 32,
  scale: "log",
  integer: true,
  apply: "restart",
  url: "bs",
};

const co2: readonly Hyperparam[] = [
  {
    kind: "number",
    key: "lookBack",
    label: "Look-back (months)",
    help: "How many past months the LSTM reads to predict the next one. Under 12 it never sees a whole year. Restarts training.",
    min: 3,
    max: 48,
    default: 24,
    scale: "linear",
    integer: true,
    apply: "restart",
    url: "lb",
  },
  { ...units, default: 32 },
  {
    kind: "number",
    key: "epochs",
    label: "Epochs",
    help: "Passes over the training windows; training stops after the last one. Restarts training.",
    min: 1,
    max: 200,
    default: 40,
    scale: "log",
    integer: true,
    apply: "restart",
    url: "ep",
  },
  { ...batchSize, default: 64 },
  { ...learningRate, default: 0.003 },
  {
    kind: "choice",
    key: "encoding",
    label: "Inputs and target",
    help: "Changes: each window relative to its last month, the target next month's change. Levels: standardised ppm, the target next month's level, which in the held-out decade lies above anything seen in training. Restarts training.",
    options: [
      { value: "change", label: "Monthly changes" },
      { value: "level", label: "Standardised levels (pitfall)" },
    ],
    default: "change",
    apply: "restart",
    url: "enc",
  },
];

/** The CO₂ forecaster. */
export const lstmCo2Schema = withCommon(co2);

const race: readonly Hyperparam[] = [
  {
    kind: "number",
    key: "length",
    label: "Sequence length T",
    help: "Steps per sequence. The two marked values sit one in each half, so the first must be carried about T/2 steps or more. Restarts training.",
    min: 4,
    max: 100,
    default: 30,
    scale: "linear",
    integer: true,
    apply: "restart",
    url: "T",
  },
  units,
  batchSize,
  learningRate,
];

/** The simple RNN against the LSTM on the adding problem. */
export const rnnVsLstmSchema = withCommon(race);
