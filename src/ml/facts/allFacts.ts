/** Every chapter's facts, keyed "<chapter>.<name>". Add a chapter's function here. */
import type { Fact } from "./fact";
import { perceptronFacts } from "./perceptronFacts";
import { logisticRegressionFacts } from "./logisticRegressionFacts";
import { optimizersFacts } from "./optimizersFacts";
import { svmFacts } from "./svmFacts";

export async function allFacts(): Promise<Record<string, Fact>> {
  return { ...(await perceptronFacts()), ...(await logisticRegressionFacts()), ...(await optimizersFacts()), ...(await svmFacts()) };
}
