/** Sizes of the MNIST GAN, in a module without TF.js so the widget can import them. */

/** Seed 000's sizes: noise 100 → 128 → 784 and 784 → 128 → 1. */
export const MNIST_NOISE = 100;
export const MNIST_HIDDEN = 128;
/** Samples in the widget's grid, from fixed noise. */
export const SAMPLE_GRID = 36;
