/**
 * Judging a forecast of the CO₂ tail: the autoregressive forecast itself (each
 * predicted month fed back as input for the next), RMSE in ppm, the seasonal
 * amplitude, and two baselines that each learn only half of the curve: a linear
 * trend (no season) and "repeat the last year" (no trend). Plain numbers.
 */

/**
 * Forecasts `horizon` months after `history` by feeding every prediction back in.
 * @param predictNext the next month in ppm from the series so far (it reads the last look-back months)
 */
export function autoregressiveForecast(history: ArrayLike<number>, horizon: number, predictNext: (series: Float64Array, end: number) => number): Float64Array {
  const series = new Float64Array(history.length + horizon);
  series.set(Array.from(history));
  for (let t = history.length; t < series.length; t++) series[t] = predictNext(series, t);
  return series.slice(history.length);
}

/** Root mean squared difference of two equally long series. */
export function rmse(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  return Math.sqrt(s / a.length);
}

/** Least-squares line through (i, values[i]): [intercept, slope]. */
export function fitLine(values: ArrayLike<number>): [number, number] {
  const n = values.length;
  const mx = (n - 1) / 2;
  let my = 0;
  for (let i = 0; i < n; i++) my += values[i];
  my /= n;
  let sxy = 0, sxx = 0;
  for (let i = 0; i < n; i++) { sxy += (i - mx) * (values[i] - my); sxx += (i - mx) ** 2; }
  const slope = sxy / sxx;
  return [my - slope * mx, slope];
}

/**
 * Peak-to-trough height of the mean yearly cycle: remove the least-squares line,
 * average each calendar month (position modulo 12), and take max − min of the
 * twelve averages. About 6 ppm at Mauna Loa; 0 for a forecast without a season.
 */
export function seasonalAmplitude(values: ArrayLike<number>): number {
  const [a, b] = fitLine(values);
  const sums = new Float64Array(12);
  const counts = new Float64Array(12);
  for (let i = 0; i < values.length; i++) { sums[i % 12] += values[i] - (a + b * i); counts[i % 12]++; }
  const means = Array.from(sums, (s, m) => s / Math.max(1, counts[m]));
  return Math.max(...means) - Math.min(...means);
}

/** The training months' least-squares line continued over the next `horizon` months. */
export function linearTrendForecast(train: ArrayLike<number>, horizon: number): Float64Array {
  const [a, b] = fitLine(train);
  return Float64Array.from({ length: horizon }, (_, k) => a + b * (train.length + k));
}

/** The last twelve training months, repeated: the season kept, the trend lost. */
export function repeatLastYearForecast(train: ArrayLike<number>, horizon: number): Float64Array {
  return Float64Array.from({ length: horizon }, (_, k) => train[train.length - 12 + (k % 12)]);
}
