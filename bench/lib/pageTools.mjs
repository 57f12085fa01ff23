/** Small helpers shared by the measurements. */

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Resolves once no request has started for `ms` (lastRequest() returns the time of the latest). */
export async function quiet(lastRequest, ms, maxMs = 30000) {
  const t0 = Date.now();
  while (Date.now() - lastRequest() < ms && Date.now() - t0 < maxMs) await sleep(100);
}

/** Waits until every widget placeholder on the page has become a real widget (its Train button exists). */
export async function waitForWidgets(page, timeout = 30000) {
  await page.waitForFunction(() => {
    const slots = document.querySelectorAll("[data-widget]");
    return slots.length > 0 && [...slots].every((s) => s.querySelector('[data-action="train"]'));
  }, undefined, { timeout });
  return page.locator("[data-widget]").count();
}

/** Reads a widget root's contract attributes. */
export function widgetState(page, id) {
  return page.evaluate((id) => {
    const s = document.querySelector(`[data-widget="${id}"]`);
    return s ? { status: s.dataset.status, backend: s.dataset.backend, step: Number(s.dataset.step), loss: s.dataset.loss, tensors: s.dataset.tensors } : null;
  }, id);
}

/** Waits until the widget reports training with at least `minStep` steps done. */
export function waitTraining(page, id, minStep = 1, timeout = 90000) {
  return page.waitForFunction(({ id, minStep }) => {
    const s = document.querySelector(`[data-widget="${id}"]`);
    if (!s) return false;
    if (s.dataset.status === "error" || s.dataset.status === "diverged") throw new Error(`widget ${id} is ${s.dataset.status}`);
    return s.dataset.status === "training" && Number(s.dataset.step) >= minStep;
  }, { id, minStep }, { timeout, polling: 100 });
}
