/** The logistic-regression chapter's widget views. */
import { irisPetalsThreeSpecies } from "../../data/irisSpecies";
import { adelieChinstrap } from "../../data/penguins";
import { DecisionScatter } from "../kit/DecisionScatter";
import { LossChart } from "../kit/LossChart";
import { WidgetFrame } from "../kit/WidgetFrame";
import type { WidgetViewProps } from "../widgetEntry";
import { ConfusionMatrix } from "./ConfusionMatrix";
import { SoftmaxScatter } from "./SoftmaxScatter";

const penguins = adelieChinstrap();
const iris = irisPetalsThreeSpecies();

/** P(Chinstrap) as a heat map, the line where p equals the threshold, the loss, and the confusion matrix. */
export function LogregPenguins(props: WidgetViewProps) {
  return (
    <WidgetFrame {...props}>
      {({ state, history }) => (
        <>
          <DecisionScatter data={penguins} view={state.view} label={`${penguins.name}: birds, P(${penguins.classNames[1]}) as shading, and the line where it equals the threshold`} />
          <LossChart history={history} revision={state.revision} label="Cross-entropy and accuracy by step" />
          <ConfusionMatrix view={state.view} classNames={penguins.classNames} />
        </>
      )}
    </WidgetFrame>
  );
}

/** Three-colour regions of softmax regression over the flowers, and the loss. */
export function SoftmaxIris(props: WidgetViewProps) {
  return (
    <WidgetFrame {...props}>
      {({ state, history }) => (
        <>
          <SoftmaxScatter data={iris} view={state.view} label={`${iris.name}: flowers and the three regions softmax regression assigns`} />
          <LossChart history={history} revision={state.revision} label="Cross-entropy and accuracy by step" />
        </>
      )}
    </WidgetFrame>
  );
}
