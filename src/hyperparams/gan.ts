/** Hyperparameter declarations of the GAN chapter's widgets (seed and backend included). */
import { DEFAULT_SHAPE, MAX_SHAPE_POINTS, MIN_SHAPE_POINTS, SHAPE_PATTERN } from "../data/ganTargets";
import { adamOrSgdParam, withCommon, type ChoiceParam, type Hyperparam, type NumberParam, type Schema } from "./schema";

const learningRate = (who: "D" | "G", key: string, url: string, fallback: number): NumberParam => ({
  kind: "number",
  key,
  label: `${who} learning rate`,
  help: who === "D"
    ? "Step size of the discriminator's optimizer. Applies live and keeps the optimizer's state."
    : "Step size of the generator's optimizer. Set it far above D's and G overshoots: it chases whatever D currently likes, often one mode at a time. Applies live.",
  min: 0.00001,
  max: 0.5,
  default: fallback,
  scale: "log",
  apply: "live",
  url,
});

const loss: ChoiceParam = {
  kind: "choice",
  key: "loss",
  label: "Generator loss",
  help: "Non-saturating: G minimises −log D(G(z)). Minimax: G minimises log(1 − D(G(z))), which gives almost no gradient while D wins. Seed 000: the article's code, a sigmoid fed to a from-logits loss and G trained toward label 0. Applies live.",
  options: [
    { value: "nonSaturating", label: "Non-saturating (−log D)" },
    { value: "minimax", label: "Minimax (log(1 − D))" },
    { value: "seed000", label: "Seed 000's code (broken)" },
  ],
  default: "nonSaturating",
  apply: "live",
  url: "loss",
};

const dSteps: NumberParam = {
  kind: "number",
  key: "dSteps",
  label: "D steps per G step (k)",
  help: "How many discriminator updates come before each generator update. One training step is these k updates and one of G.",
  min: 1,
  max: 10,
  default: 1,
  scale: "linear",
  integer: true,
  apply: "live",
  url: "k",
};

const batchSize = (fallback: number, max: number): NumberParam => ({
  kind: "number",
  key: "batchSize",
  label: "Batch size",
  help: "Real and generated samples in each update (fresh ones every time).",
  min: 8,
  max,
  default: fallback,
  scale: "log",
  integer: true,
  apply: "live",
  url: "batch",
});

const optimizer = adamOrSgdParam("Each player has its own: Adam (β₁ = 0.5, as GANs usually use) or plain SGD. Restarts training.");

const gan2d: readonly Hyperparam[] = [
  {
    kind: "choice",
    key: "target",
    label: "Real distribution",
    options: [
      { value: "ring", label: "Ring" },
      { value: "moons", label: "Two moons" },
      { value: "mixture", label: "Eight Gaussians" },
      { value: "drawn", label: "Your drawing" },
    ],
    default: "ring",
    apply: "restart",
    url: "target",
  },
  {
    kind: "text",
    key: "shape",
    label: "Drawn shape (code)",
    help: `Draw on the plot with "Your drawing" chosen; the shape is kept in the link as this code (two characters per point, ${MIN_SHAPE_POINTS} to ${MAX_SHAPE_POINTS} points). Restarts training.`,
    default: DEFAULT_SHAPE,
    pattern: SHAPE_PATTERN,
    patternHint: `a shape code (${MIN_SHAPE_POINTS} to ${MAX_SHAPE_POINTS} pairs of letters, digits, “-” or “_”)`,
    apply: "restart",
    url: "shape",
    shownWhen: { key: "target", value: "drawn" },
  },
  loss,
  learningRate("D", "dLearningRate", "dlr", 0.003),
  learningRate("G", "gLearningRate", "glr", 0.003),
  dSteps,
  optimizer,
  batchSize(64, 512),
  {
    kind: "number",
    key: "hiddenUnits",
    label: "Hidden units",
    help: "Units in each hidden layer of G and of D (LeakyReLU). Restarts training.",
    min: 2,
    max: 64,
    default: 24,
    scale: "log",
    integer: true,
    apply: "restart",
    url: "hidden",
  },
  {
    kind: "number",
    key: "hiddenLayers",
    label: "Hidden layers",
    help: "Hidden layers in each network. One is enough for a ring; folding the noise square onto eight blobs is easier with two. Restarts training.",
    min: 1,
    max: 3,
    default: 2,
    scale: "linear",
    integer: true,
    apply: "restart",
    url: "layers",
  },
  {
    kind: "choice",
    key: "noise",
    label: "Noise z",
    help: "What G turns into samples: 2-D uniform on the square [−1, 1]², or 2-D standard normal. Restarts training.",
    options: [
      { value: "uniform", label: "Uniform on [−1, 1]²" },
      { value: "gaussian", label: "Standard normal" },
    ],
    default: "uniform",
    apply: "restart",
    url: "noise",
  },
];

export const gan2dSchema: Schema = withCommon(gan2d);

const mnist: readonly Hyperparam[] = [
  loss,
  learningRate("D", "dLearningRate", "dlr", 0.0005),
  learningRate("G", "gLearningRate", "glr", 0.0005),
  dSteps,
  batchSize(64, 256),
];

export const ganMnistSchema: Schema = withCommon(mnist);
