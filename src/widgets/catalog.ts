/**
 * Every widget in the book, by id. Each chapter lists its widgets in
 * src/widgets/<chapter>/entries.ts; this file only merges them. Importing it
 * loads neither widget code nor TF.js (views are lazy).
 */
import { perceptronWidgets } from "./perceptron/entries";
import { linearRegressionWidgets } from "./linear-regression/entries";
import { optimizerWidgets } from "./optimizers/entries";
import { logisticRegressionWidgets } from "./logistic-regression/entries";
import { svmWidgets } from "./svm/entries";
import { cnnWidgets } from "./cnn/entries";
import { lstmWidgets } from "./lstm/entries";
import { ganWidgets } from "./gan/entries";
import type { WidgetEntry } from "./widgetEntry";

export type { WidgetEntry } from "./widgetEntry";
export type WidgetId = string;

export const widgetCatalog: Readonly<Record<WidgetId, WidgetEntry>> = Object.fromEntries(
  [...perceptronWidgets, ...linearRegressionWidgets, ...optimizerWidgets, ...logisticRegressionWidgets, ...svmWidgets, ...cnnWidgets, ...lstmWidgets, ...ganWidgets].map((entry) => [entry.id, entry]),
);

/** Type guard for ids coming from URLs and chapters. */
export function isWidgetId(id: string): id is WidgetId {
  return Object.hasOwn(widgetCatalog, id);
}
