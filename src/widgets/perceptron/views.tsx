/** The perceptron chapter's widget views: 2-D classifiers on their data sets. */
import { irisSetosaVersicolor } from "../../data/iris";
import { xnorTable } from "../../data/xnor";
import { Classifier2dView } from "../kit/Classifier2dView";
import type { WidgetViewProps } from "../widgetEntry";

const iris = irisSetosaVersicolor();
const xnor = xnorTable();

export const PerceptronIris = (props: WidgetViewProps) => <Classifier2dView {...props} data={iris} />;
export const PerceptronXnor = (props: WidgetViewProps) => <Classifier2dView {...props} data={xnor} />;
export const MlpXnor = (props: WidgetViewProps) => <Classifier2dView {...props} data={xnor} />;
