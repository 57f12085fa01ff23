/** Thinning a trajectory for drawing: a polyline through evenly spaced points, both ends kept. */

/**
 * @param path flat [x0, y0, x1, y1, …]
 * @returns at most `maxPoints` points of `path` (a copy), first and last included
 */
export function thinTrajectory(path: readonly number[], maxPoints: number): number[] {
  const n = path.length / 2;
  if (n <= maxPoints) return path.slice();
  const out: number[] = [];
  for (let k = 0; k < maxPoints; k++) {
    const i = Math.round((k * (n - 1)) / (maxPoints - 1));
    out.push(path[2 * i], path[2 * i + 1]);
  }
  return out;
}
