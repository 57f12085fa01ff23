/** Hyperparameter declarations of the logistic-regression chapter's widgets (seed and backend included). */
import { withCommon, type Hyperparam, type NumberParam } from "./schema";

const learningRate: NumberParam = {
  kind: "number",
  key: "learningRate",
  label: "Learning rate η",
  help: "Step size of gradient descent: w ← w − η∇w. Applies at the next step.",
  min: 0.001,
  max: 20,
  default: 0.5,
  scale: "log",
  apply: "live",
  url: "lr",
};

const l2: NumberParam = {
  kind: "number",
  key: "l2",
  label: "L2 strength λ",
  help: "Adds (λ/2)‖w‖² to the loss and λw to its gradient, pulling the weights towards 0. The bias is not penalised.",
  min: 0,
  max: 1,
  default: 0.01,
  scale: "linear",
  apply: "live",
  url: "l2",
};

const threshold: Hyperparam = {
  kind: "number",
  key: "threshold",
  label: "Decision threshold t",
  help: "Predict the positive class when p ≥ t. Moves the line and changes the confusion matrix, not the training.",
  min: 0.01,
  max: 0.99,
  default: 0.5,
  scale: "linear",
  apply: "live",
  url: "thr",
};

const labels: Hyperparam = {
  kind: "choice",
  key: "labels",
  label: "Labels fed to the loss",
  help: "0 and 1 is right for a sigmoid. −1 and +1 reproduces seed article 000's mistake: the target −1 lies outside [0, 1].",
  options: [
    { value: "01", label: "0 and 1 (correct)" },
    { value: "pm1", label: "−1 and +1 (the pitfall)" },
  ],
  default: "01",
  apply: "restart",
  url: "labels",
};

export const logregPenguinsSchema = withCommon([learningRate, l2, threshold, labels]);

export const softmaxIrisSchema = withCommon([{ ...learningRate, default: 1 }, l2]);
