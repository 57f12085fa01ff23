/**
 * Headless Chromium for the benchmark. Uses the shared launcher in
 * tests/browser/chromium.mjs when it exists, else Debian's /usr/bin/chromium
 * with the flags that make WebGPU (SwiftShader) and WebGL work here.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const fallbackArgs = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--enable-unsafe-webgpu",
  "--enable-features=Vulkan",
  "--use-vulkan=swiftshader",
  "--use-angle=swiftshader",
];

/** @returns {{ browser: import("playwright-core").Browser, launcher: string }} */
export async function launchBrowser(root) {
  const shared = join(root, "tests/browser/chromium.mjs");
  if (existsSync(shared)) {
    try {
      const mod = await import(pathToFileURL(shared).href);
      if (typeof mod.launchChromium === "function") {
        const launched = await mod.launchChromium({ webgpu: true, headless: true });
        const browser = typeof launched?.newContext === "function" ? launched : launched?.browser;
        if (browser && typeof browser.newContext === "function") return { browser, launcher: "tests/browser/chromium.mjs" };
      }
      if (typeof mod.findChromium === "function" && typeof mod.chromiumArgs === "function") {
        const browser = await chromium.launch({ executablePath: await mod.findChromium(), args: mod.chromiumArgs({ webgpu: true }), headless: true });
        return { browser, launcher: "tests/browser/chromium.mjs (findChromium + chromiumArgs)" };
      }
    } catch (e) {
      process.stderr.write(`bench: tests/browser/chromium.mjs did not work (${e instanceof Error ? e.message : e}); using the built-in launcher\n`);
    }
  }
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: fallbackArgs, headless: true });
  return { browser, launcher: "bench/lib/browser.mjs (/usr/bin/chromium, built-in flags)" };
}
