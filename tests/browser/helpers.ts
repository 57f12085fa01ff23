/**
 * Shared by the browser tests: the static server's URL, launching Chromium,
 * catching everything a page complains about (console errors, uncaught
 * exceptions, CSP violations), and reading and waiting on a widget's public
 * contract (its data-* attributes). Waits poll the page; no test asserts how
 * long anything took.
 */
import type { Browser, BrowserContext, ConsoleMessage, Frame, Page } from "playwright-core";
import { inject } from "vitest";
// @ts-expect-error plain ESM shared with run-all.mjs and the benchmarks; no type declarations
import { launchChromium } from "./chromium.mjs";

/** A widget id from src/widgets/catalog.ts (a string there too; the page says if it is unknown). */
export type WidgetId = string;
export type Backend = "webgpu" | "webgl" | "cpu";

/** Base URL of the static server started by globalSetup.ts, no trailing slash. */
export function baseURL(): string {
  return inject("baseURL");
}

/** Absolute URL of a site path such as "/perceptron/". */
export function url(path: string): string {
  return `${baseURL()}${path}`;
}

/** The embed page of a widget with bare settings keys. */
export function embedURL(id: WidgetId, settings: Record<string, string | number> = {}): string {
  const query = new URLSearchParams(Object.entries(settings).map(([k, v]) => [k, String(v)])).toString();
  return url(`/embed/${id}/${query ? `?${query}` : ""}`);
}

/** Launches headless Chromium; `webgpu: false` leaves out the SwiftShader WebGPU flags. */
export function launch(options: { webgpu?: boolean } = {}): Promise<Browser> {
  return launchChromium(options) as Promise<Browser>;
}

/** What a page complained about while it was watched. */
export interface Complaints {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly cspViolations: string[];
  /** All of the above, labelled, for an assertion message. */
  all(): string[];
}

/** Records CSP violations from inside the page (the event does not reach Playwright on its own). */
const cspListener = () => {
  const w = window as unknown as { __cspViolations?: string[] };
  w.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    w.__cspViolations?.push(`${e.violatedDirective} blocked ${e.blockedURI || "(inline)"}${e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : ""}`);
  });
};

/**
 * A new page (in its own context) that records console errors, uncaught
 * exceptions and CSP violations, in the page and in its workers.
 */
export async function watchedPage(browser: Browser): Promise<{ page: Page; context: BrowserContext; complaints: Complaints }> {
  const context = await browser.newContext();
  await context.addInitScript(cspListener);
  const page = await context.newPage();
  const complaints = watch(page);
  return { page, context, complaints };
}

/** A watched page on `path` with widget `id` mounted; `close` ends its context. */
export async function openWidgetPage(
  browser: Browser,
  path: string,
  id: WidgetId,
): Promise<{ page: Page; complaints: Complaints; close: () => Promise<void> }> {
  const { page, context, complaints } = await watchedPage(browser);
  await page.goto(path);
  await waitForWidgetReady(page, id);
  return { page, complaints, close: () => context.close() };
}

/** Starts recording `page`'s complaints (console errors, page errors, CSP messages). */
export function watch(page: Page): Complaints {
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];
  const onConsole = (where: string) => (msg: ConsoleMessage) => {
    const text = `${where}${msg.text()}`;
    if (/Content Security Policy/i.test(text)) cspViolations.push(text);
    else if (msg.type() === "error") consoleErrors.push(text);
  };
  page.on("console", onConsole(""));
  page.on("pageerror", (error) => pageErrors.push(error.stack ?? error.message));
  page.on("worker", (worker) => {
    worker.on("console", onConsole("[worker] "));
  });
  return {
    consoleErrors,
    pageErrors,
    cspViolations,
    all: () => [
      ...consoleErrors.map((m) => `console error: ${m}`),
      ...pageErrors.map((m) => `page error: ${m}`),
      ...cspViolations.map((m) => `CSP: ${m}`),
    ],
  };
}

/** CSP violations the page's own listener saw (see watchedPage), in every frame of the page. */
export async function cspViolationsInPage(page: Page): Promise<string[]> {
  const lists = await Promise.all(
    page.frames().map((frame) =>
      frame.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).catch(() => [] as string[]),
    ),
  );
  return lists.flat();
}

/** Everything wrong with a page so far: recorded complaints plus in-page CSP reports (deduplicated). */
export async function problems(page: Page, complaints: Complaints): Promise<string[]> {
  const inPage = (await cspViolationsInPage(page)).map((m) => `CSP: ${m}`);
  return [...new Set([...complaints.all(), ...inPage])];
}

/** A widget's public contract at one moment, plus the texts a reader sees. */
export interface WidgetState {
  readonly status: string | undefined;
  readonly backend: string | undefined;
  readonly step: number;
  readonly loss: number | undefined;
  readonly accuracy: number | undefined;
  readonly params: string | undefined;
  readonly tensors: number | undefined;
  readonly statusText: string;
  readonly message: string;
  readonly urlMessages: string[];
  /** The "Mistakes (updates)" read-out, when the widget has one. */
  readonly mistakes: number | undefined;
}

type Scope = Page | Frame;

const num = (s: string | undefined) => (s === undefined || s === "" ? undefined : Number(s));

/** Reads the widget's data-* attributes and visible status texts. */
export async function widgetState(scope: Scope, id: WidgetId): Promise<WidgetState> {
  const raw = await scope.locator(`section[data-widget="${id}"]`).evaluate((el: HTMLElement) => {
    let mistakes: string | undefined;
    for (const div of el.querySelectorAll(".widget__stats > div")) {
      if (/mistakes/i.test(div.querySelector("dt")?.textContent ?? "")) mistakes = div.querySelector("dd")?.textContent ?? undefined;
    }
    return {
      data: { ...el.dataset } as Record<string, string | undefined>,
      statusText: el.querySelector(".widget__status")?.textContent ?? "",
      message: el.querySelector(".widget__message")?.textContent ?? "",
      urlMessages: [...el.querySelectorAll(".widget__url-messages li")].map((li) => li.textContent ?? ""),
      mistakes,
    };
  });
  return {
    status: raw.data.status,
    backend: raw.data.backend,
    step: Number(raw.data.step ?? 0),
    loss: num(raw.data.loss),
    accuracy: num(raw.data.accuracy),
    params: raw.data.params || undefined,
    tensors: num(raw.data.tensors),
    statusText: raw.statusText,
    message: raw.message,
    urlMessages: raw.urlMessages,
    mistakes: raw.mistakes === undefined ? undefined : Number(raw.mistakes.replace(/[^\d.-]/g, "")),
  };
}

export interface WaitOptions {
  /** Give up after this long (ms). A ceiling for slow machines, not an expectation. */
  readonly timeout?: number;
  /** Poll every this many ms. */
  readonly interval?: number;
  /** Called with every state read, e.g. to record the first loss. */
  readonly onState?: (state: WidgetState) => void;
  /** What is being waited for, for the error message. */
  readonly what?: string;
}

/**
 * Polls the widget until `until(state)` holds and returns that state. Fails
 * early if the widget reports an error (unless waiting for one), and on
 * timeout with the last state seen.
 */
export async function waitForWidget(
  scope: Scope,
  id: WidgetId,
  until: (state: WidgetState) => boolean,
  { timeout = 60_000, interval = 100, onState, what = until.toString() }: WaitOptions = {},
): Promise<WidgetState> {
  const deadline = Date.now() + timeout;
  let last: WidgetState | undefined;
  for (;;) {
    last = await widgetState(scope, id);
    onState?.(last);
    if (until(last)) return last;
    if (last.status === "error") throw new Error(`${id} reported an error while waiting for ${what}: ${JSON.stringify(last)}`);
    if (Date.now() > deadline) throw new Error(`${id}: gave up waiting for ${what} after ${timeout} ms; last state ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/**
 * Waits until the real widget has replaced its placeholder (a <div> with the
 * same data-widget) and its effects (reading the URL's settings) have run.
 */
export async function waitForWidgetReady(scope: Scope, id: WidgetId, timeout = 30_000): Promise<void> {
  await scope.locator(`section[data-widget="${id}"] [data-action="train"]`).waitFor({ timeout });
  // Passive effects run after the commit that showed the section; a frame and a task later they have run.
  await scope.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

/** Clicks one of the widget's buttons. */
export async function press(scope: Scope, id: WidgetId, action: "train" | "step" | "reset"): Promise<void> {
  await scope.locator(`section[data-widget="${id}"] [data-action="${action}"]`).click();
}

/** Reads data-params after the widget has stopped (status not "training"). */
export async function paramsAfterSteps(scope: Scope, id: WidgetId, steps: number): Promise<string | undefined> {
  for (let i = 0; i < steps; i++) {
    const before = (await widgetState(scope, id)).step;
    await press(scope, id, "step");
    await waitForWidget(scope, id, (s) => s.step > before, { what: `step ${i + 1} of ${steps}` });
  }
  return (await widgetState(scope, id)).params;
}
