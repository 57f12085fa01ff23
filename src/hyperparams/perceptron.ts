/** Hyperparameter declarations of the perceptron chapter's widgets (seed and backend included). */
import { adamOrSgdParam, withCommon, type Schema } from "./schema";

export const perceptronSchema: Schema = withCommon([
  {
    kind: "number",
    key: "learningRate",
    label: "Learning rate η",
    help: "Size of each update w ← w + η·y·x. Starting from zero it only rescales w, so the mistake count does not change.",
    min: 0.001,
    max: 10,
    default: 1,
    scale: "log",
    apply: "live",
    url: "lr",
  },
  {
    kind: "number",
    key: "speed",
    label: "Updates per second",
    help: "How fast Train walks through the points, one at a time. Slow to watch each update, fast to see where it ends.",
    min: 1,
    max: 1000,
    default: 8,
    scale: "log",
    integer: true,
    apply: "live",
    url: "speed",
  },
]);

export const mlpSchema: Schema = withCommon([
  {
    kind: "number",
    key: "learningRate",
    label: "Learning rate",
    help: "Applies at the next step; Adam's moment estimates are kept.",
    min: 0.0001,
    max: 1,
    default: 0.05,
    scale: "log",
    apply: "live",
    url: "lr",
  },
  {
    kind: "number",
    key: "hiddenUnits",
    label: "Hidden units",
    help: "Width of the hidden layer. Changing it rebuilds the network.",
    min: 1,
    max: 16,
    default: 4,
    scale: "linear",
    integer: true,
    apply: "restart",
    url: "hidden",
  },
  {
    kind: "choice",
    key: "activation",
    label: "Activation",
    options: [
      { value: "tanh", label: "tanh" },
      { value: "relu", label: "ReLU" },
      { value: "sigmoid", label: "sigmoid" },
    ],
    default: "tanh",
    apply: "restart",
    url: "act",
  },
  adamOrSgdParam(),
]);
