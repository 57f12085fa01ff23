/**
 * The losses of logistic and softmax regression and their gradients, written
 * out exactly as the chapter derives them (no autodiff), so the widget, the
 * worked example and the tests all run the same formulas. Call inside tf.tidy.
 */
import * as tf from "../tf";

/** A loss value with the gradient of that loss at the same point. */
export interface LogisticGradient {
  /** Mean binary cross-entropy plus (λ/2)‖w‖², scalar. */
  readonly loss: tf.Scalar;
  /** ∂loss/∂w = Xᵀ(σ(Xw + b) − y)/n + λw, [d, 1]. */
  readonly dw: tf.Tensor2D;
  /** ∂loss/∂b = mean(σ(Xw + b) − y), scalar (b is one number, not a vector). */
  readonly db: tf.Scalar;
  /** σ(Xw + b), the predicted P(y = 1) of every row, [n, 1]. */
  readonly p: tf.Tensor2D;
}

/**
 * Binary cross-entropy of p = σ(Xw + b) against targets y, with L2 on w (not b).
 * The loss is computed from the score z as softplus(z) − y·z, which equals
 * −[y log σ(z) + (1 − y) log(1 − σ(z))] for every y, 0/1 or not, without
 * overflowing for large |z| (the form TF's sigmoidCrossEntropy uses).
 * @param X features [n, d]
 * @param y targets [n, 1] (0/1 for a correct model)
 * @param w weights [d, 1]
 * @param b bias, scalar
 * @param l2 λ ≥ 0
 */
export function logisticLossAndGradient(X: tf.Tensor2D, y: tf.Tensor2D, w: tf.Tensor2D, b: tf.Scalar, l2: number): LogisticGradient {
  const n = X.shape[0];
  const z = tf.add(tf.matMul(X, w), b);                                  // [n, 1]
  const p = tf.sigmoid(z) as tf.Tensor2D;                                // [n, 1]
  const penalty = tf.mul(l2 / 2, tf.sum(tf.square(w)));
  const loss = tf.add(tf.mean(tf.sub(tf.softplus(z), tf.mul(y, z))), penalty) as tf.Scalar;
  const residual = tf.sub(p, y);                                         // σ − y, [n, 1]
  const dw = tf.add(tf.div(tf.matMul(X, residual, true, false), n), tf.mul(l2, w)) as tf.Tensor2D; // [d, 1]
  const db = tf.mean(residual) as tf.Scalar;
  return { loss, dw, db, p };
}

/** The same for K classes. */
export interface SoftmaxGradient {
  /** Mean cross-entropy plus (λ/2)‖W‖², scalar. */
  readonly loss: tf.Scalar;
  /** Xᵀ(P − Y)/n + λW, [d, K]. */
  readonly dW: tf.Tensor2D;
  /** Column means of P − Y, [K]. */
  readonly db: tf.Tensor1D;
  /** softmax(XW + b), each row sums to 1, [n, K]. */
  readonly P: tf.Tensor2D;
  /** XW + b, [n, K]. */
  readonly logits: tf.Tensor2D;
}

/**
 * Softmax regression's cross-entropy against one-hot targets Y, with L2 on W.
 * The loss per row is logsumexp(z) − z_y, the stable form of −log softmax(z)_y.
 * @param X features [n, d]
 * @param Y one-hot targets [n, K]
 * @param W weights [d, K]
 * @param b biases [K]
 */
export function softmaxLossAndGradient(X: tf.Tensor2D, Y: tf.Tensor2D, W: tf.Tensor2D, b: tf.Tensor1D, l2: number): SoftmaxGradient {
  const n = X.shape[0];
  const logits = tf.add(tf.matMul(X, W), b) as tf.Tensor2D;             // [n, K]
  const P = tf.softmax(logits) as tf.Tensor2D;                           // [n, K]
  const perRow = tf.sub(tf.logSumExp(logits, 1), tf.sum(tf.mul(Y, logits), 1)); // [n]
  const loss = tf.add(tf.mean(perRow), tf.mul(l2 / 2, tf.sum(tf.square(W)))) as tf.Scalar;
  const residual = tf.sub(P, Y);                                         // [n, K]
  const dW = tf.add(tf.div(tf.matMul(X, residual, true, false), n), tf.mul(l2, W)) as tf.Tensor2D;
  const db = tf.mean(residual, 0) as tf.Tensor1D;
  return { loss, dW, db, P, logits };
}
