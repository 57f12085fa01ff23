/** A two-feature classifier's widget: decision regions over the data, and the loss curve. */
import type { TwoFeatureSet } from "../../data/twoFeatureSet";
import type { WidgetViewProps } from "../widgetEntry";
import { DecisionScatter } from "./DecisionScatter";
import { LossChart } from "./LossChart";
import { WidgetFrame } from "./WidgetFrame";

export interface Classifier2dViewProps extends WidgetViewProps {
  readonly data: TwoFeatureSet;
}

export function Classifier2dView({ data, ...props }: Classifier2dViewProps) {
  return (
    <WidgetFrame {...props}>
      {({ state, history }) => (
        <>
          <DecisionScatter data={data} view={state.view} label={`${data.name}: points and the model's decision regions`} />
          <LossChart history={history} revision={state.revision} label="Loss and accuracy by step" />
        </>
      )}
    </WidgetFrame>
  );
}
