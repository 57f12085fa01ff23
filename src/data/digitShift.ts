/**
 * Data augmentation for the MNIST digits: each time a training digit is drawn
 * it is moved a few whole pixels up, down, left or right, the uncovered edge
 * filled with blank paper. A digit shifted by a pixel or two is still the
 * same digit, so the network sees new examples of every class each epoch
 * instead of memorising 8,000 fixed images; convolution and pooling make it
 * nearly shift-invariant already, and the shifts teach the rest. Plain arrays,
 * no TF.js: the trainer uploads the shifted batch.
 */
import seedrandom from "seedrandom";
import type { DigitSet } from "./mnist";

const SIDE = 28;
const PIXELS = SIDE * SIDE;

/** A seeded source of shifted minibatches. */
export interface DigitShifter {
  /**
   * The digits at `indices`, each moved by its own random (dx, dy) with |dx|, |dy| ≤ the
   * largest shift, pixels scaled to [0, 1].
   * @returns [indices.length, 28, 28] row-major
   */
  batch(indices: Int32Array): Float32Array;
}

/** @param maxShift the largest move in pixels along each axis (0: the digits as they are) */
export function createDigitShifter(set: DigitSet, maxShift: number, seed: number): DigitShifter {
  const random = seedrandom.alea(`shift-${seed}`);
  const draw = () => Math.floor(random() * (2 * maxShift + 1)) - maxShift;
  return {
    batch(indices) {
      const out = new Float32Array(indices.length * PIXELS);
      indices.forEach((index, b) => shiftDigit(set.images, index * PIXELS, draw(), draw(), out, b * PIXELS));
      return out;
    },
  };
}

/** Writes the digit at `from` in `bytes`, moved right by dx and down by dy, into `out` at `to`, scaled to [0, 1]. */
export function shiftDigit(bytes: Uint8Array, from: number, dx: number, dy: number, out: Float32Array, to: number): void {
  for (let r = 0; r < SIDE; r++) {
    const sr = r - dy;
    if (sr < 0 || sr >= SIDE) continue; // stays 0: blank paper
    for (let c = 0; c < SIDE; c++) {
      const sc = c - dx;
      if (sc >= 0 && sc < SIDE) out[to + r * SIDE + c] = bytes[from + sr * SIDE + sc] / 255;
    }
  }
}
