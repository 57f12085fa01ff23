/**
 * Polynomial features in the Legendre basis. P₁…P_k span exactly the same
 * functions as u, u², …, u^k (plus the bias), so a least-squares fit without
 * L2 is the same curve; but on [−1, 1] they are far less correlated than raw
 * powers, which keeps gradient descent from crawling.
 */

/**
 * P₁(u)…P_degree(u) by Bonnet's recursion (j+1)P_{j+1} = (2j+1)uP_j − jP_{j−1}.
 * @returns row-major [u.length, degree]
 */
export function legendreFeatures(u: ArrayLike<number>, degree: number): Float32Array {
  const out = new Float32Array(u.length * degree);
  for (let i = 0; i < u.length; i++) {
    let previous = 1, current = u[i];
    for (let j = 1; j <= degree; j++) {
      out[i * degree + j - 1] = current;
      const next = ((2 * j + 1) * u[i] * current - j * previous) / (j + 1);
      previous = current;
      current = next;
    }
  }
  return out;
}

/** Σⱼ wⱼ Pⱼ(u) + b at one u, in float64 (for drawing the fitted curve). */
export function legendreValue(u: number, w: ArrayLike<number>, b: number): number {
  let previous = 1, current = u, sum = b;
  for (let j = 1; j <= w.length; j++) {
    sum += w[j - 1] * current;
    const next = ((2 * j + 1) * u * current - j * previous) / (j + 1);
    previous = current;
    current = next;
  }
  return sum;
}
