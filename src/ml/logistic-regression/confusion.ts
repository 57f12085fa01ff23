/** The confusion matrix of a probabilistic classifier at a decision threshold. Plain numbers, no TF.js. */

/** Counts at one threshold, with the rates a reader asks for. */
export interface Confusion {
  readonly threshold: number;
  /** Positives predicted positive. */
  readonly tp: number;
  /** Negatives predicted positive. */
  readonly fp: number;
  /** Positives predicted negative. */
  readonly fn: number;
  /** Negatives predicted negative. */
  readonly tn: number;
  /** tp / (tp + fp); NaN when nothing is predicted positive (undefined, not 0). */
  readonly precision: number;
  /** tp / (tp + fn); NaN when there are no positives. */
  readonly recall: number;
  readonly accuracy: number;
}

/**
 * Predicts "positive" when p ≥ threshold and counts against the truth.
 * @param probabilities P(positive) per row, [n]
 * @param labels the truth per row, [n]: > 0 means positive (±1 and 0/1 both work)
 */
export function confusionAt(probabilities: ArrayLike<number>, labels: ArrayLike<number>, threshold: number): Confusion {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (let i = 0; i < labels.length; i++) {
    const predicted = probabilities[i] >= threshold;
    const actual = labels[i] > 0;
    if (predicted && actual) tp++;
    else if (predicted) fp++;
    else if (actual) fn++;
    else tn++;
  }
  const n = tp + fp + fn + tn;
  return {
    threshold, tp, fp, fn, tn,
    precision: tp + fp === 0 ? NaN : tp / (tp + fp),
    recall: tp + fn === 0 ? NaN : tp / (tp + fn),
    accuracy: n === 0 ? NaN : (tp + tn) / n,
  };
}

/** The score w·x + b at which σ equals `threshold`: log(t / (1 − t)), the logit. */
export function logit(threshold: number): number {
  return Math.log(threshold / (1 - threshold));
}
