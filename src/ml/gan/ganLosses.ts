/**
 * The GAN's losses, from the discriminator's logits l = D(x) (σ(l) is the
 * probability that x is real). Binary cross-entropy from logits is written with
 * softplus(u) = log(1 + eᵘ), which is stable for large |u|:
 *
 *   −log σ(l) = softplus(−l),   −log(1 − σ(l)) = softplus(l).
 *
 * The discriminator minimises  E_real softplus(−l) + E_fake softplus(l).
 * The generator minimises, by variant:
 *   "nonSaturating"  E_fake softplus(−l)   (−log D(G(z)), Goodfellow et al.'s practical choice)
 *   "minimax"        −E_fake softplus(l)   (log(1 − D(G(z))), the game's own objective)
 *   "seed000"        seed article 000's code: σ applied to D's output and then fed to a
 *                    from-logits loss (a double sigmoid), and the generator trained toward
 *                    label 0, i.e. to make its samples look fake.
 */
import * as tf from "../tf";

export type GeneratorLoss = "nonSaturating" | "minimax" | "seed000";

/** BCE of logits `l` against a constant label y ∈ {0, 1}, per element: softplus(l) − y·l. */
function bceFromLogits(l: tf.Tensor, label: 0 | 1): tf.Tensor {
  return label === 1 ? tf.softplus(tf.neg(l)) : tf.softplus(l);
}

/** Seed 000's discriminator ends in a sigmoid; its loss then treats that probability as a logit. */
const seedOutput = (l: tf.Tensor) => tf.sigmoid(l);

/**
 * The discriminator's loss: mean BCE on real samples (label 1) plus mean BCE on
 * generated ones (label 0). Its minimum over D is 0; at D ≡ ½ it is 2 log 2.
 * @param realLogits D(x) on real samples [n, 1]
 * @param fakeLogits D(G(z)) on generated samples [m, 1]
 */
export function discriminatorLoss(realLogits: tf.Tensor, fakeLogits: tf.Tensor, variant: GeneratorLoss): tf.Scalar {
  return tf.tidy(() => {
    const [real, fake] = variant === "seed000" ? [seedOutput(realLogits), seedOutput(fakeLogits)] : [realLogits, fakeLogits];
    return tf.add(tf.mean(bceFromLogits(real, 1)), tf.mean(bceFromLogits(fake, 0))) as tf.Scalar;
  });
}

/**
 * The generator's loss for `variant` (see the file's comment).
 * @param fakeLogits D(G(z)) on generated samples [m, 1]
 */
export function generatorLoss(fakeLogits: tf.Tensor, variant: GeneratorLoss): tf.Scalar {
  return tf.tidy(() => {
    switch (variant) {
      case "nonSaturating": return tf.mean(bceFromLogits(fakeLogits, 1)) as tf.Scalar;
      case "minimax": return tf.neg(tf.mean(bceFromLogits(fakeLogits, 0))) as tf.Scalar;
      case "seed000": return tf.mean(bceFromLogits(seedOutput(fakeLogits), 0)) as tf.Scalar;
    }
  });
}
