/**
 * Client entry. Built pages carry their route in <div id="root" data-route>,
 * already rendered; we load the same data the server used and hydrate. On the
 * dev server the root is empty, so we render from location instead.
 */
import "katex/dist/katex.min.css";
import "./styles/theme.css";
import "./styles/layout.css";
import "./styles/content.css";
import "./styles/widget.css";
import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./App";
import { loadPage } from "./page";
import { stripBase } from "./routes";

const container = document.getElementById("root");
if (container === null) throw new Error("index.html has no #root");

const prerenderedRoute = container.dataset.route;
const page = await loadPage(prerenderedRoute ?? stripBase(location.pathname));
const app = (
  <StrictMode>
    <App page={page} />
  </StrictMode>
);
if (prerenderedRoute === undefined) createRoot(container).render(app);
else hydrateRoot(container, app);
