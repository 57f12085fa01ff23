/** The perceptron chapter's widgets. */
import { lazy } from "react";
import { mlpSchema, perceptronSchema } from "../../hyperparams/perceptron";
import type { WidgetEntry } from "../widgetEntry";

const views = () => import("./views");

export const perceptronWidgets: readonly WidgetEntry[] = [
  {
    id: "perceptron-iris",
    title: "The perceptron on two Iris species",
    chapter: "perceptron",
    schema: perceptronSchema,
    minHeight: 640,
    View: lazy(() => views().then((m) => ({ default: m.PerceptronIris }))),
  },
  {
    id: "perceptron-xnor",
    title: "The perceptron on XNOR (it never converges)",
    chapter: "perceptron",
    schema: perceptronSchema,
    minHeight: 640,
    View: lazy(() => views().then((m) => ({ default: m.PerceptronXnor }))),
  },
  {
    id: "mlp-xnor",
    title: "A small multilayer perceptron solves XNOR",
    chapter: "perceptron",
    schema: mlpSchema,
    minHeight: 640,
    View: lazy(() => views().then((m) => ({ default: m.MlpXnor }))),
  },
];
