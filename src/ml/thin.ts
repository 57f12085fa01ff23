/**
 * Keeps at most `max` points, evenly spaced, always including the last, so a
 * report stays small however many steps ran since the previous one.
 */
export function thin<T>(points: readonly T[], max: number): T[] {
  if (points.length <= max) return points.slice();
  const out: T[] = [];
  const stride = points.length / max;
  // k·stride can round to just above an integer (len 218, max 200): clamp, or the last index runs past the end.
  for (let k = 1; k <= max; k++) out.push(points[Math.min(points.length, Math.ceil(k * stride)) - 1]);
  return out;
}
