/**
 * How long a widget that trains for a set number of epochs runs before it is
 * "done". Once done, its button reads Train on; pressing it (or Step) calls
 * run() again, and the budget grows by one epoch, so the button does what it
 * says instead of nothing.
 */
export interface EpochBudget {
  /** Epochs the budget holds now: the setting, plus one per Train on. */
  readonly epochs: number;
  /** Steps those epochs take. */
  readonly totalSteps: number;
  /** Call at the start of run(): at or past the last step, add an epoch. */
  extendIfDone(step: number): void;
}

/** @param stepsFor steps that `epochs` epochs take (each widget rounds partial batches its own way) */
export function createEpochBudget(epochs: number, stepsFor: (epochs: number) => number): EpochBudget {
  let e = epochs;
  let total = stepsFor(e);
  return {
    get epochs() { return e; },
    get totalSteps() { return total; },
    extendIfDone(step) {
      if (step >= total) total = stepsFor(++e);
    },
  };
}
