import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { decodeMnist, digitAt, DIGIT_PIXELS } from "../../src/data/mnist";
import { readMnist } from "./mnistFile";

describe("the shipped MNIST digits", () => {
  it("split 8,000 / 2,000, every class in both parts, in the proportions of the whole", async () => {
    const { train, test } = await readMnist();
    expect([train.count, test.count]).toEqual([8000, 2000]);
    const counts = (labels: Uint8Array) => Array.from({ length: 10 }, (_, d) => labels.filter((l) => l === d).length);
    const trainCounts = counts(train.labels);
    const testCounts = counts(test.labels);
    trainCounts.forEach((n, d) => {
      expect(n).toBeGreaterThan(600);
      expect(n / (n + testCounts[d])).toBeCloseTo(0.8, 2);
    });
  });

  it("are ink on a blank background, and the two parts share no digit", async () => {
    const { train, test } = await readMnist();
    const first = digitAt(train, 0);
    expect(first.length).toBe(DIGIT_PIXELS);
    expect(first[0]).toBe(0); // the corner is background
    expect(Math.max(...first)).toBeGreaterThan(200);
    const key = (d: Uint8Array) => Buffer.from(d).toString("base64");
    const seen = new Set(Array.from({ length: train.count }, (_, i) => key(digitAt(train, i))));
    const shared = Array.from({ length: test.count }, (_, i) => key(digitAt(test, i))).filter((k) => seen.has(k));
    expect(shared.length).toBe(0);
  });

  it("refuses a truncated file with a clear message", async () => {
    await expect(decodeMnist(new Uint8Array(gzipSync(new Uint8Array(1000))))).rejects.toThrow(/expected 7850000/);
  });
});
