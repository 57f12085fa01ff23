/**
 * TF.js core, the one import path for src/ml. The book calls ops as functions
 * (tf.add(a, b)), never chained (a.add(b)): tfjs-core's Node build does not
 * register chained ops, and the same code must run in Node, a worker and a page.
 */
export * from "@tensorflow/tfjs-core";
