/** The RNN/LSTM chapter's widgets. */
import { lazy } from "react";
import { lstmCo2Schema, rnnVsLstmSchema } from "../../hyperparams/lstm";
import type { WidgetEntry } from "../widgetEntry";

const views = () => import("./views");

/** Catalog entries (merged in src/widgets/catalog.ts). */
export const lstmWidgets: readonly WidgetEntry[] = [
  {
    id: "lstm-co2",
    title: "An LSTM forecasts a decade of CO₂ at Mauna Loa",
    chapter: "lstm",
    schema: lstmCo2Schema,
    minHeight: 1450,
    View: lazy(() => views().then((m) => ({ default: m.LstmCo2 }))),
  },
  {
    id: "rnn-vs-lstm",
    title: "A simple RNN against an LSTM on the adding problem",
    chapter: "lstm",
    schema: rnnVsLstmSchema,
    minHeight: 1500,
    View: lazy(() => views().then((m) => ({ default: m.RnnVsLstm }))),
  },
];
