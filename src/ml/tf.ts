/**
 * TF.js core with its chained-op methods (x.add(y), x.matMul(w)…) registered.
 * tfjs-core alone ships them unregistered; the full @tensorflow/tfjs bundle is
 * heavier than the book needs. Every module in src/ml imports tf from here.
 */
import "@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops";

export * from "@tensorflow/tfjs-core";
