/**
 * (d) Tensors after reset: on the embed page, Step a few times then Reset,
 * ten times over, reading data-tensors (the worker's tf.memory() after the
 * reset) each time. A wrapper around Worker counts "memory" reports so each
 * read waits for the answer to that very reset.
 */
const countMemoryReports = () => {
  window.__memoryReports = [];
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (e) => { if (e.data?.type === "memory") window.__memoryReports.push(e.data.numTensors); });
    }
  };
};

export async function tensorsAfterReset({ browser, siteUrl, backend, lr, cycles = 10, stepsPerCycle = 3 }) {
  const context = await browser.newContext();
  await context.addInitScript(countMemoryReports);
  const page = await context.newPage();
  const root = '[data-widget="mlp-xnor"]';
  const stepTo = async (n) => {
    for (let i = 0; i < n; i++) await page.locator(`${root} [data-action="step"]`).click();
    await page.waitForFunction(({ root, n }) => Number(document.querySelector(root).dataset.step) >= n, { root, n }, { timeout: 60000 });
  };
  const reset = async (expected) => {
    await page.locator(`${root} [data-action="reset"]`).click();
    await page.waitForFunction(({ root, expected }) => {
      const r = window.__memoryReports;
      return r.length >= expected && document.querySelector(root).dataset.tensors === String(r[expected - 1]);
    }, { root, expected }, { timeout: 30000 });
    return Number(await page.getAttribute(root, "data-tensors"));
  };
  try {
    await page.goto(`${siteUrl}embed/mlp-xnor/?backend=${backend}&lr=${lr}`, { waitUntil: "load" });
    await page.waitForSelector(`${root} [data-action="step"]`);
    await stepTo(1);
    const baseline = await reset(1);
    const afterEach = [];
    for (let c = 0; c < cycles; c++) {
      await stepTo(stepsPerCycle);
      afterEach.push(await reset(c + 2));
    }
    return { backend: await page.getAttribute(root, "data-backend"), requested: backend, baseline, afterEach, final: afterEach.at(-1), stepsPerCycle };
  } finally {
    await context.close();
  }
}
