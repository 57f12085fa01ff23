/**
 * The training worker: one per widget. It owns TF.js and the model; the page
 * sends commands and receives reports (see protocol.ts). TF.js reads engine
 * flags from `location.search`; a module worker's location is its own script
 * URL, never the page's, so `?tfjsflags=` on a page cannot reach the engine.
 */
import { createSession } from "../ml/session";
import type { Command, Report } from "./protocol";

const scope = self as unknown as {
  postMessage(message: Report, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<Command>) => void) | null;
};

const session = createSession((report) => scope.postMessage(report));
scope.onmessage = (e) => void session.handle(e.data);
