/**
 * The book's chapters, in reading order. To add one: write chapters/<slug>.mdx
 * and add an entry here; its page /<slug>/ and the navigation follow.
 */

/** One chapter: `file` is its MDX file in this folder. */
export interface ChapterEntry {
  readonly slug: string;
  readonly title: string;
  /** One or two sentences: the home page list and the page's meta description. */
  readonly summary: string;
  readonly file: `${string}.mdx`;
}

export const chapters: readonly ChapterEntry[] = [
  {
    slug: "perceptron",
    title: "The perceptron",
    summary:
      "One neuron, one line: the perceptron's decision rule, its learning rule, Novikoff's convergence theorem on real Iris flowers, and why XNOR needs a hidden layer.",
    file: "perceptron.mdx",
  },
  {
    slug: "linear-regression",
    title: "Linear regression",
    summary:
      "Fitting a line by least squares: the mean squared error, its gradient, the normal equation, gradient descent on real cars, why features need scaling, and overfitting with polynomial features and L2.",
    file: "linear-regression.mdx",
  },
  {
    slug: "logistic-regression",
    title: "Logistic regression",
    summary:
      "From a score to a probability: the sigmoid, cross-entropy from maximum likelihood, the gradient (σ − y)x, thresholds, precision and recall on real penguins, L2, and softmax for three Iris species.",
    file: "logistic-regression.mdx",
  },
  {
    slug: "optimizers",
    title: "SGD and optimizers",
    summary:
      "Full-batch, mini-batch and stochastic gradient descent, why a learning rate above 2/λ_max diverges, and momentum, RMSProp and Adam racing on the same surfaces.",
    file: "optimizers.mdx",
  },
  {
    slug: "svm",
    title: "Support vector machines",
    summary:
      "The widest street between two classes: hard and soft margins, the hinge loss, the dual and its support vectors, and kernels, with an SVM trained live on Iris and an RBF kernel by random Fourier features.",
    file: "svm.mdx",
  },
  {
    slug: "cnn",
    title: "Convolutional networks",
    summary:
      "Seeing with shared weights: the convolution as a sum over a kernel window, padding, stride and output size, pooling, ReLU and softmax cross-entropy, and seed 000's CNN learning handwritten digits live, with its filters, feature maps and mistakes.",
    file: "cnn.mdx",
  },
  {
    slug: "gan",
    title: "Generative adversarial networks",
    summary:
      "Two networks in a game: the minimax objective and its equilibrium, the non-saturating generator loss, the alternating training loop, mode collapse, and seed 000's broken GAN, with a GAN learning 2-D distributions live and seed 000's MNIST GAN fixed.",
    file: "gan.mdx",
  },
  {
    slug: "lstm",
    title: "Recurrent networks and LSTM",
    summary:
      "Networks with memory: the RNN recurrence, back-propagation through time and vanishing gradients, the LSTM's gates, an LSTM forecasting a decade of CO₂ at Mauna Loa, a simple RNN failing the adding problem where an LSTM succeeds, and self-attention worked by hand.",
    file: "lstm.mdx",
  },
  // Next: infrastructure (distributed and federated training).
];

/** The chapter with this slug, or undefined. */
export function chapterBySlug(slug: string): ChapterEntry | undefined {
  return chapters.find((chapter) => chapter.slug === slug);
}
