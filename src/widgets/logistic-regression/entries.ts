/** The logistic-regression chapter's widgets. */
import { lazy } from "react";
import { logregPenguinsSchema, softmaxIrisSchema } from "../../hyperparams/logistic-regression";
import type { WidgetEntry } from "../widgetEntry";

const views = () => import("./views");

export const logisticRegressionWidgets: readonly WidgetEntry[] = [
  {
    id: "logreg-penguins",
    title: "Logistic regression on two penguin species",
    chapter: "logistic-regression",
    schema: logregPenguinsSchema,
    minHeight: 900,
    View: lazy(() => views().then((m) => ({ default: m.LogregPenguins }))),
  },
  {
    id: "softmax-iris",
    title: "Softmax regression on three Iris species",
    chapter: "logistic-regression",
    schema: softmaxIrisSchema,
    minHeight: 700,
    View: lazy(() => views().then((m) => ({ default: m.SoftmaxIris }))),
  },
];
