import { describe, expect, it } from "vitest";
import { thin } from "../../src/ml/thin";

describe("thin", () => {
  it("keeps at most max points, evenly spaced, ending with the last, for every length up to 5,000", () => {
    const wrong: string[] = [];
    for (let length = 1; length <= 5000; length++) {
      const points = Array.from({ length }, (_, i) => i);
      const kept = thin(points, 200);
      // 218 points once gave index 218 (k·stride rounding up past an integer): undefined, and a crash downstream.
      const ok = kept.length === Math.min(length, 200) && kept.at(-1) === length - 1 && kept.every((p, k) => p !== undefined && (k === 0 || p > kept[k - 1]));
      if (!ok) wrong.push(`${length}: ${kept.slice(-3).join(", ")}`);
    }
    expect(wrong).toEqual([]);
  });
});
