/**
 * The perceptron chapter as a reader gets it: prose and typeset maths in the
 * HTML itself (no JS needed), the diagram drawn in the browser, headings with
 * ids, navigation links that point at real files, a working light/dark
 * switch, and a page that complains about nothing (console, exceptions, CSP).
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, problems, url, watchedPage } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launch({ webgpu: false });
});
afterAll(async () => {
  await browser?.close();
});

describe("the perceptron chapter", () => {
  it("raw HTML (no JS) already has the prose, KaTeX markup, heading ids and widget placeholders", async () => {
    const response = await fetch(url("/perceptron/"));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<h1[^>]*>[^<]*[Pp]erceptron/);
    expect(html).toContain('class="katex"');
    expect(html).toMatch(/<h2 id="[a-z0-9-]+"/);
    // A real paragraph of prose, not an empty shell waiting for JS.
    expect(html).toMatch(/<p>[^<]{80,}/);
    expect(html).toContain('data-widget="perceptron-iris"');
    expect(html).toContain("Content-Security-Policy");
    // KaTeX is rendered at build time, so no KaTeX script ships.
    expect(html).not.toMatch(/<script[^>]+katex/i);
  });

  it("in the browser: Mermaid draws an svg, headings have ids, no console/page errors or CSP violations", async () => {
    const { page, context, complaints } = await watchedPage(browser);
    try {
      await page.goto(url("/perceptron/"));
      await page.locator('figure.mermaid[data-mermaid="svg"] svg').first().waitFor({ timeout: 30_000 });
      expect(await page.locator('figure.mermaid[data-mermaid="error"]').count()).toBe(0);
      const headings = await page.locator("article h2, article h3, article h4").evaluateAll((els) =>
        els.filter((e) => !e.classList.contains("toc__heading")).map((e) => ({ id: e.id, text: e.textContent })),
      );
      expect(headings.length).toBeGreaterThan(3);
      for (const h of headings) expect(h.id, `heading "${h.text}" has an id`).toMatch(/^[a-z0-9-]+$/);
      expect(new Set(headings.map((h) => h.id)).size).toBe(headings.length);
      expect(await page.locator(".katex").count()).toBeGreaterThan(5);
      // Let the widgets mount (lazy code) before judging the console.
      await page.locator('section[data-widget="mlp-xnor"]').waitFor();
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("prev/next and table-of-contents links point at real files; section links at real ids", async () => {
    const { page, context, complaints } = await watchedPage(browser);
    try {
      await page.goto(url("/perceptron/"));
      const links = await page
        .locator(".chapter-nav a[href], .toc a[href]")
        .evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).getAttribute("href") ?? ""));
      const pages = [...new Set(links.filter((h) => !h.startsWith("#")))];
      const anchors = [...new Set(links.filter((h) => h.startsWith("#")))];
      expect(pages.length).toBeGreaterThan(0);
      expect(anchors.length).toBeGreaterThan(3);
      expect(await page.locator('.chapter-nav a[href]').count()).toBeGreaterThan(0);
      for (const href of pages) {
        // No rewrites on the server: a 200 means a real file.
        const response = await fetch(new URL(href, url("/perceptron/")));
        expect(response.status, href).toBe(200);
        expect(response.headers.get("content-type") ?? "", href).toContain("text/html");
      }
      for (const anchor of anchors) expect(await page.locator(`[id="${anchor.slice(1)}"]`).count(), anchor).toBe(1);
      // And the static server really has no fallback: a missing page is a 404.
      expect((await fetch(url("/no-such-chapter/"))).status).toBe(404);
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("the light/dark switch changes the theme, redraws the diagram, and is remembered", async () => {
    const { page, context, complaints } = await watchedPage(browser);
    try {
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(url("/perceptron/"));
      const toggle = page.locator("button.theme-toggle").first();
      await page.locator('figure.mermaid[data-mermaid="svg"] svg').first().waitFor({ timeout: 30_000 });
      const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(await theme()).toBe("light");
      const lightBackground = await background();
      await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("false");

      await toggle.click();
      await expect.poll(theme).toBe("dark");
      await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("true");
      await expect.poll(background).not.toBe(lightBackground);
      await page.locator('figure.mermaid[data-mermaid="svg"] svg').first().waitFor();

      await page.reload();
      await expect.poll(theme).toBe("dark");

      await page.locator("button.theme-toggle").first().click();
      await expect.poll(theme).toBe("light");
      await expect.poll(background).toBe(lightBackground);
      expect(await problems(page, complaints)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
