/** Every chapter's facts, keyed "<chapter>.<name>". Add a chapter's function here. */
import type { Fact } from "./fact";
import { ganFacts } from "./ganFacts";
import { perceptronFacts } from "./perceptronFacts";
import { linearRegressionFacts } from "./linearRegressionFacts";
import { optimizersFacts } from "./optimizersFacts";
import { logisticRegressionFacts } from "./logisticRegressionFacts";
import { svmFacts } from "./svmFacts";
import { cnnFacts } from "./cnnFacts";
import { lstmFacts } from "./lstmFacts";

export async function allFacts(): Promise<Record<string, Fact>> {
  return { ...(await perceptronFacts()), ...(await linearRegressionFacts()), ...(await optimizersFacts()), ...(await logisticRegressionFacts()), ...(await svmFacts()), ...(await cnnFacts()), ...(await lstmFacts()), ...(await ganFacts()) };
}
