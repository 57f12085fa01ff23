/** The optimizers chapter's widgets. */
import { lazy } from "react";
import { batchSizeSchema, optimizerRaceSchema } from "../../hyperparams/optimizers";
import type { WidgetEntry } from "../widgetEntry";

const views = () => import("./views");

export const optimizerWidgets: readonly WidgetEntry[] = [
  {
    id: "optimizer-race",
    title: "SGD, momentum, RMSProp and Adam race from the same start",
    chapter: "optimizers",
    schema: optimizerRaceSchema,
    minHeight: 900,
    View: lazy(() => views().then((m) => ({ default: m.OptimizerRace }))),
  },
  {
    id: "batch-size",
    title: "Batch size 1, 32 or all: logistic regression on two Iris species",
    chapter: "optimizers",
    schema: batchSizeSchema,
    minHeight: 900,
    View: lazy(() => views().then((m) => ({ default: m.BatchSize }))),
  },
];
