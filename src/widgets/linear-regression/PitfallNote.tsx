/** What the chosen feature scaling does to this data, in words and numbers (shown beside the plots). */
import type { LinearProblem } from "../../data/carsProblems";
import { seed000Scaling, type Scaling } from "../../data/scaling";

export interface PitfallNoteProps {
  readonly scaling: Scaling;
  /** The problem in raw units (for each column's own spread). */
  readonly problem: LinearProblem;
}

const fmt = (v: number, digits = 3) => Number(v.toPrecision(digits)).toLocaleString("en-US");

/** Standard deviation of column j of the training rows, in raw units. */
function columnStd(problem: LinearProblem, j: number): number {
  const { set, split } = problem;
  let mean = 0;
  for (const i of split.train) mean += set.x[i * set.d + j];
  mean /= split.train.length;
  let v = 0;
  for (const i of split.train) v += (set.x[i * set.d + j] - mean) ** 2;
  return Math.sqrt(v / split.train.length);
}

export function PitfallNote({ scaling, problem }: PitfallNoteProps) {
  if (scaling === "feature") {
    return (
      <p className="lr-note lr-note--info">
        Each feature and mpg are standardised with the training cars' own mean and standard deviation, so every
        column varies on the same scale and one learning rate suits them all.
      </p>
    );
  }
  if (scaling === "none") {
    return (
      <p className="lr-note" data-pitfall="none">
        Scaling is off: weight is in pounds (about 3,000), horsepower in hp (about 100), mpg as is. The gradient's
        components differ by orders of magnitude, so a learning rate small enough for weight (see “Stable for η
        below”) barely moves the bias: the default η diverges at once, a tiny one crawls.
      </p>
    );
  }
  // The same arithmetic the worker applies (src/data/scaling.ts), so the numbers match what it trains on.
  const s = seed000Scaling(problem.set);
  const spreads = problem.set.featureNames.map((name, j) => `${name.split(" ")[0]} ${fmt(columnStd(problem, j) / s.xScale[j], 2)}`);
  return (
    <p className="lr-note" data-pitfall="seed000">
      <strong>Seed 000's recipe is on.</strong>{" "}
      X ← (X − {fmt(s.xShift[0], 4)}) / {fmt(s.xScale[0], 4)}: one mean and one standard deviation for every column,
      and y ← (y − ȳ)/ȳ with ȳ = {fmt(s.yShift, 4)}, both over all cars before the split (the held-out cars leak into
      the statistics).{" "}
      {problem.d === 2
        ? <>The columns now have standard deviations {spreads.join(" and ")}: horsepower is squeezed into a sliver, the loss surface
          becomes a long narrow valley (condition number κ above) and gradient descent crawls along it, or diverges at a learning
          rate the standardised run takes easily. </>
        : <>With one feature a single mean and std for all columns happens to be that column's own, so only the y part differs here:
          choose both features to see the damage. </>}
      Dividing y by its mean instead of its standard deviation rescales the gradient by σ/ȳ, and breaks for a target whose mean is
      near 0. The closed-form fit (dashed) is the same as with proper scaling, since rescaling is invertible; only the way there changes.
    </p>
  );
}
