/** The optimizers chapter's widget views: the race over a surface, and batch sizes compared run by run. */
import { irisVersicolorVirginica } from "../../data/irisPetals";
import { surfaces, type SurfaceName } from "../../ml/optimizers/surfaces";
import type { ModelView } from "../../ml/trainable";
import { DecisionScatter } from "../kit/DecisionScatter";
import { RunComparison } from "../kit/RunComparison";
import { WidgetFrame } from "../kit/WidgetFrame";
import type { WidgetViewProps } from "../widgetEntry";
import { RaceLossChart } from "./RaceLossChart";
import { racerColour, racerStyles } from "./racers";
import { SurfacePlot } from "./SurfacePlot";
import type { RacerPath } from "./drawSurface";
import "./optimizers.css";

const fmt = (v: number) => (Math.abs(v) >= 1e-3 && Math.abs(v) < 1e4 ? v.toFixed(4) : v.toExponential(2));

/** Each racer's path and fate from the model's view (before the first step: all at the start). */
function racerPaths(view: ModelView | undefined, start: readonly [number, number]): RacerPath[] {
  return racerStyles.map((r) => {
    const path = view?.extra?.[`path.${r.name}`];
    return {
      name: r.name,
      label: r.label,
      colour: racerColour(r),
      path: Array.isArray(path) || path instanceof Float32Array ? Array.from(path) : [start[0], start[1]],
      diverged: typeof view?.extra?.[`diverged.${r.name}`] === "number",
    };
  });
}

/** One row per optimizer: its loss now, and whether it arrived or diverged (and at which step). */
function RaceTable({ view }: { readonly view?: ModelView }) {
  return (
    <table className="race__table">
      <thead><tr><th>Optimizer</th><th>Loss</th><th>State</th></tr></thead>
      <tbody>
        {racerStyles.map((r) => {
          const loss = view?.extra?.[`loss.${r.name}`];
          const diverged = view?.extra?.[`diverged.${r.name}`];
          const arrived = view?.extra?.[`arrived.${r.name}`];
          return (
            <tr key={r.name} data-racer={r.name} data-racer-state={typeof diverged === "number" ? "diverged" : typeof arrived === "number" ? "arrived" : "running"}>
              <td><span className="race__swatch" style={{ background: racerColour(r) }} />{r.label}</td>
              <td>{typeof diverged === "number" ? "–" : typeof loss === "number" ? fmt(loss) : "–"}</td>
              <td>
                {typeof diverged === "number"
                  ? <span className="race__diverged">diverged at step {diverged}</span>
                  : typeof arrived === "number" ? `loss ≤ 10⁻⁶ first at step ${arrived}` : "running"}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function OptimizerRace(props: WidgetViewProps) {
  return (
    <WidgetFrame {...props}>
      {({ state, history, settings }) => {
        const surface = surfaces[settings.surface as SurfaceName] ?? surfaces.quadratic;
        return (
          <>
            <SurfacePlot surface={surface} paths={racerPaths(state.view, surface.start)} label={`Four optimizers racing on the ${surface.title}`} />
            <div>
              <RaceTable view={state.view} />
              <p className="widget__legend">
                The widget's loss is the best loss among the optimizers still running; a dashed path ending in × diverged
                (its loss passed 10⁶ or stopped being a number) and stops there. Only if all four diverge does the whole race.
              </p>
              <RaceLossChart history={history} revision={state.revision} label="Each optimizer's loss by step, log scale" />
            </div>
          </>
        );
      }}
    </WidgetFrame>
  );
}

const iris = irisVersicolorVirginica();

export function BatchSize(props: WidgetViewProps) {
  return (
    <WidgetFrame {...props}>
      {({ state, history, settings, runs, clearRuns }) => {
        const byEpoch = settings.xAxis !== "step";
        return (
          <>
            <DecisionScatter data={iris} view={state.view} label={`${iris.name}: the flowers and the logistic-regression boundary`} />
            <RunComparison
              history={history}
              runs={runs}
              settings={settings}
              schema={props.entry.schema}
              revision={state.revision}
              x={byEpoch ? { column: "epoch", label: "epochs (examples seen ÷ 100)" } : { column: "step", label: "steps (updates)" }}
              y={{ column: "loss", label: "training loss (all 100)", log: true }}
              overlay={{ column: "batchLoss", label: "now: loss of each step's batch" }}
              ignore={["xAxis", "backend"]}
              onClear={clearRuns}
              label="Training loss of this run and of earlier runs"
            />
          </>
        );
      }}
    </WidgetFrame>
  );
}
