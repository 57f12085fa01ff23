/**
 * Per-feature standardisation: each column gets its own mean and (population)
 * standard deviation. Seed 000 used one mean and std for all columns, which
 * leaves features on different scales; that is the pitfall this avoids.
 * @param x row-major [n, d]
 * @returns a new row-major [n, d] array with every column at mean 0, std 1
 */
export function standardise(x: Float32Array, d: number): Float32Array {
  const n = x.length / d;
  const out = new Float32Array(x.length);
  for (let j = 0; j < d; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += x[i * d + j];
    mean /= n;
    let variance = 0;
    for (let i = 0; i < n; i++) variance += (x[i * d + j] - mean) ** 2;
    const std = Math.sqrt(variance / n) || 1;
    for (let i = 0; i < n; i++) out[i * d + j] = (x[i * d + j] - mean) / std;
  }
  return out;
}
