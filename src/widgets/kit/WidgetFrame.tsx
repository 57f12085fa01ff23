/**
 * Everything a training widget has besides its plots: URL-backed settings and
 * their generated controls, the worker connection, run buttons, read-outs and
 * sharing. Its root element carries the public contract (data-widget,
 * data-status, data-backend, data-step, data-loss, data-accuracy, data-params;
 * data-tensors after a reset) for slides, embeds and tests.
 */
import type { ReactNode } from "react";
import type { Hyperparam, Settings } from "../../hyperparams/schema";
import { liveOnly } from "../../hyperparams/validate";
import type { WidgetViewProps } from "../widgetEntry";
import type { History } from "./history";
import type { PastRun } from "./runs";
import { Readout } from "./Readout";
import { SettingsFieldset, UrlMessages } from "./SettingsPanel";
import { ShareButtons } from "./ShareButtons";
import { TrainingButtons } from "./TrainingButtons";
import { useTrainer, type TrainerState } from "./useTrainer";
import { useWidgetSettings } from "./useWidgetSettings";
import "./widget.css";

/** What a widget's plots draw from. */
export interface PlotContext {
  readonly state: TrainerState;
  readonly history: History;
  readonly settings: Settings;
  /** Earlier runs, kept on every reset, for plots that compare them (RunComparison). */
  readonly runs: readonly PastRun[];
  readonly clearRuns: () => void;
  /** Sets one setting as its generated control would (checked, written to the URL; live or restart). */
  readonly setSetting: (key: string, raw: string | number) => void;
  /** Sends live values to the worker that are not URL settings (e.g. a digit the reader drew); ignored before the worker starts. */
  readonly sendLive: (values: Settings) => void;
}

export interface WidgetFrameProps extends WidgetViewProps {
  /** The widget's own plots, redrawn on every report. */
  readonly children: (context: PlotContext) => ReactNode;
}

export function WidgetFrame({ entry, embedded, children }: WidgetFrameProps) {
  const { settings, urlMessages, fieldMessages, update } = useWidgetSettings(entry, embedded);
  const trainer = useTrainer(entry.id, settings);
  const { state, history } = trainer;
  const last = history.steps.length - 1;
  const loss = last >= 0 ? history.losses[last] : undefined;
  const accuracy = last >= 0 ? history.accuracies[last] : undefined;

  function change(p: Hyperparam, raw: string | number) {
    const value = update(p, raw);
    if (value === settings[p.key]) return;
    if (p.apply === "live") trainer.setLive(liveOnly(entry.schema, { [p.key]: value }));
    else trainer.reset({ ...settings, [p.key]: value });
  }

  function setSetting(key: string, raw: string | number) {
    const p = entry.schema.find((q) => q.key === key);
    if (p) change(p, raw);
  }

  return (
    <section
      id={entry.id}
      className={`widget${embedded ? " widget--embedded" : ""}`}
      aria-labelledby={`${entry.id}-title`}
      data-widget={entry.id}
      data-status={state.status}
      data-backend={state.backend}
      data-step={state.view?.step ?? 0}
      data-loss={loss ?? ""}
      data-accuracy={accuracy ?? ""}
      data-params={state.view?.params ? JSON.stringify(state.view.params) : ""}
      data-tensors={state.memory?.numTensors}
      style={{ minHeight: entry.minHeight }}
    >
      <h3 id={`${entry.id}-title`} className="widget__title">{entry.title}</h3>
      <UrlMessages messages={urlMessages} />
      <TrainingButtons
        status={state.status}
        onTrain={trainer.train}
        onPause={trainer.pause}
        onStep={trainer.step}
        onReset={() => trainer.reset(settings)}
      />
      <Readout
        status={state.status}
        started={state.started}
        backend={state.backend}
        backendReason={state.backendReason}
        view={state.view}
        loss={loss}
        accuracy={accuracy}
        message={state.message}
      />
      <div className="widget__plots">{children({ state, history, settings, runs: trainer.runs, clearRuns: trainer.clearRuns, setSetting, sendLive: trainer.setLive })}</div>
      <SettingsFieldset schema={entry.schema} settings={settings} fieldMessages={fieldMessages} onChange={change} />
      <ShareButtons entry={entry} settings={settings} embedded={embedded} />
    </section>
  );
}
