import { describe, expect, it } from "vitest";
import { createDigitShifter, shiftDigit } from "../../src/data/digitShift";

/** A 28 × 28 "digit" with a single inked pixel at (row, column). */
function dot(row: number, column: number): Uint8Array {
  const bytes = new Uint8Array(784);
  bytes[row * 28 + column] = 255;
  return bytes;
}

const inked = (image: Float32Array) => [...image.keys()].filter((i) => image[i] > 0).map((i) => [Math.floor(i / 28), i % 28]);

describe("shifting digits (data augmentation)", () => {
  it("moves every pixel right by dx and down by dy, scaled to [0, 1]", () => {
    const out = new Float32Array(784);
    shiftDigit(dot(10, 12), 0, 2, -1, out, 0);
    expect(inked(out)).toEqual([[9, 14]]);
    expect(out[9 * 28 + 14]).toBe(1);
  });

  it("fills the uncovered edge with blank paper and drops what moves off", () => {
    const bytes = Uint8Array.from({ length: 784 }, () => 200);
    const out = new Float32Array(784);
    shiftDigit(bytes, 0, -3, 2, out, 0);
    for (let r = 0; r < 28; r++) {
      for (let c = 0; c < 28; c++) expect(out[r * 28 + c], `${r},${c}`).toBeCloseTo(r < 2 || c >= 25 ? 0 : 200 / 255, 6);
    }
    const gone = new Float32Array(784);
    shiftDigit(dot(0, 0), 0, -1, 0, gone, 0);
    expect(inked(gone)).toEqual([]);
  });

  it("draws every shift within the limit, the same ones for the same seed, none with a limit of 0", () => {
    const count = 50;
    const images = new Uint8Array(count * 784);
    for (let i = 0; i < count; i++) images[i * 784 + 14 * 28 + 14] = 255; // a dot at the centre of each
    const set = { images, labels: new Uint8Array(count), count };
    const indices = Int32Array.from({ length: count }, (_, i) => i);
    const moves = (maxShift: number, seed: number) => {
      const batch = createDigitShifter(set, maxShift, seed).batch(indices);
      return Array.from({ length: count }, (_, b) => {
        const [[r, c]] = inked(batch.subarray(b * 784, (b + 1) * 784));
        return [c - 14, r - 14];
      });
    };
    const two = moves(2, 1);
    expect(two.flat().every((d) => Math.abs(d) <= 2)).toBe(true);
    expect(new Set(two.map(([dx]) => dx)).size).toBe(5); // all of −2 … 2 appear in 50 draws
    expect(moves(2, 1)).toEqual(two);
    expect(moves(2, 2)).not.toEqual(two);
    expect(moves(0, 1).flat().every((d) => d === 0)).toBe(true);
  });
});
