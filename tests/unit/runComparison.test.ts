import { describe, expect, it } from "vitest";
import { batchSizeSchema } from "../../src/hyperparams/optimizers";
import { defaults } from "../../src/hyperparams/schema";
import { appendPoints, emptyHistory } from "../../src/widgets/kit/history";
import { keepRun, runLabels, MAX_PAST_RUNS } from "../../src/widgets/kit/runs";

const base = defaults(batchSizeSchema);

describe("compare runs (kit)", () => {
  it("labels runs by the settings that differ, with choice labels, ignoring display-only keys", () => {
    const labels = runLabels(batchSizeSchema, [
      { ...base, batchSize: "1", xAxis: "step" },
      { ...base, batchSize: "full", learningRate: 0.5 },
    ], ["xAxis"]);
    expect(labels).toEqual([
      "Batch size 1 (stochastic) · Learning rate η 0.1",
      "Batch size all 100 (full batch) · Learning rate η 0.5",
    ]);
    expect(runLabels(batchSizeSchema, [base, base])).toEqual(["same settings", "same settings"]);
  });

  it("keeps a run only if it has points, numbers them, and drops the oldest past the limit", () => {
    const h = emptyHistory();
    let runs = keepRun([], h, base);
    expect(runs).toEqual([]);
    appendPoints(h, [{ step: 1, loss: 0.5 }]);
    for (let k = 0; k < MAX_PAST_RUNS + 2; k++) runs = keepRun(runs, h, { ...base, seed: k });
    expect(runs).toHaveLength(MAX_PAST_RUNS);
    expect(runs[0].number).toBe(3);
    expect(runs.at(-1)!.number).toBe(MAX_PAST_RUNS + 2);
  });

  it("history keeps each extra figure aligned with its step, null where a step lacked it", () => {
    const h = emptyHistory();
    appendPoints(h, [{ step: 1, loss: 1 }, { step: 2, loss: 0.9, extra: { batchLoss: 2 } }, { step: 3, loss: 0.8 }]);
    expect(h.extras.batchLoss).toEqual([null, 2, null]);
    expect(h.steps).toEqual([1, 2, 3]);
  });
});
