/**
 * What the held-out digits say about the network: accuracy, the confusion
 * matrix and a gallery of the digits it gets wrong. Plain arithmetic on the
 * predicted classes read back from the device.
 */
import type { DigitSet } from "../../data/mnist";
import { DIGIT_CLASSES } from "./architecture";
import { PIXELS } from "./drawnDigit";

export interface Evaluation {
  /** Fraction of held-out digits classified right. */
  readonly accuracy: number;
  /** What the view carries: confusion [10 × 10] (row = true class, column = predicted), the gallery's indices, classes and pixels. */
  readonly view: {
    readonly confusion: number[];
    readonly wrongIndex: number[];
    readonly wrongPredicted: number[];
    readonly wrongLabel: number[];
    /** [wrong × 784] in [0, 1]. */
    readonly wrongPixels: Float32Array;
  };
}

/**
 * @param predicted the predicted class of every digit of `set`, in order
 * @param gallery most misclassified digits to keep, spread evenly over all of them (the set is in class order)
 */
export function evaluate(predicted: ArrayLike<number>, set: DigitSet, gallery: number): Evaluation {
  const confusion = new Array<number>(DIGIT_CLASSES * DIGIT_CLASSES).fill(0);
  const missed: number[] = [];
  let right = 0;
  for (let i = 0; i < set.count; i++) {
    const truth = set.labels[i], guess = predicted[i];
    confusion[truth * DIGIT_CLASSES + guess]++;
    if (truth === guess) right++;
    else missed.push(i);
  }
  const step = Math.max(1, missed.length / gallery);
  const wrong = Array.from({ length: Math.min(gallery, missed.length) }, (_, k) => missed[Math.floor(k * step)]);
  const wrongPixels = new Float32Array(wrong.length * PIXELS);
  wrong.forEach((i, k) => {
    for (let p = 0; p < PIXELS; p++) wrongPixels[k * PIXELS + p] = set.images[i * PIXELS + p] / 255;
  });
  return {
    accuracy: right / set.count,
    view: {
      confusion,
      wrongIndex: wrong,
      wrongPredicted: wrong.map((i) => predicted[i]),
      wrongLabel: wrong.map((i) => set.labels[i]),
      wrongPixels,
    },
  };
}
