/**
 * Finds (or installs) a real Chromium and launches it with playwright-core.
 * Shared by the browser tests, tests/run-all.mjs and the benchmarks.
 *
 * Playwright's own browser download does not work everywhere (no internet
 * besides the npm and Debian registries), so we use the system Chromium and,
 * when it is missing, install Debian's `chromium` package. A missing browser is
 * an error with instructions, never a silent skip.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

const HOW_TO_INSTALL =
  "Install it with `sudo apt-get update && sudo apt-get install -y chromium` (Debian/Ubuntu), " +
  "or point CHROMIUM_PATH at a Chromium or Chrome executable.";

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function lookForChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file. ${HOW_TO_INSTALL}`);
  }
  return CANDIDATES.find(executable) ?? null;
}

/** Runs `apt-get update && apt-get install -y chromium`, as root or through `sudo -n`. */
function installChromium() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const script = "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium";
  const [cmd, args] = isRoot ? ["sh", ["-c", script]] : ["sudo", ["-n", "sh", "-c", script]];
  console.error(`[chromium] not found; installing: ${isRoot ? "" : "sudo -n "}${script}`);
  const result = spawnSync(cmd, args, { stdio: "inherit" });
  if (result.error) console.error(`[chromium] could not run ${cmd}: ${result.error.message}`);
  else if (result.status !== 0) console.error(`[chromium] install exited with status ${result.status}`);
}

/**
 * Path of a Chromium executable: $CHROMIUM_PATH, then /usr/bin/chromium,
 * /usr/bin/chromium-browser, /usr/bin/google-chrome. If none is there it
 * installs Debian's `chromium` (as root, else with `sudo -n`) and looks again.
 * @throws Error saying what to install when no browser can be found or installed.
 */
export async function findChromium() {
  const found = lookForChromium();
  if (found) return found;
  installChromium();
  const after = lookForChromium();
  if (after) return after;
  throw new Error(`No Chromium found (looked at ${CANDIDATES.join(", ")}) and installing it failed. ${HOW_TO_INSTALL}`);
}

/**
 * Command-line flags for headless Chromium on a machine without a GPU.
 * With `webgpu` (the default) WebGPU runs on SwiftShader (slowly); WebGL works either way.
 */
export function chromiumArgs({ webgpu = true } = {}) {
  const base = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
  if (!webgpu) return base;
  return [...base, "--enable-unsafe-webgpu", "--enable-features=Vulkan", "--use-vulkan=swiftshader", "--use-angle=swiftshader"];
}

/**
 * Launches Chromium with playwright-core.
 * @param {{ webgpu?: boolean, headless?: boolean, args?: string[], executablePath?: string } & Record<string, unknown>} [options]
 *   `webgpu` picks the flag set (see chromiumArgs); `args` are appended; the rest goes to `chromium.launch`.
 * @returns {Promise<import("playwright-core").Browser>}
 */
export async function launchChromium(options = {}) {
  const { webgpu = true, args = [], executablePath, ...rest } = options;
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    headless: true,
    ...rest,
    executablePath: executablePath ?? (await findChromium()),
    args: [...chromiumArgs({ webgpu }), ...args],
  });
}

/** The browser's version string, e.g. "Chromium 141.0.7390.54 built on Debian"; null if it cannot run. */
export function chromiumVersion(path) {
  try {
    return execFileSync(path, ["--version"], { encoding: "utf8", timeout: 30_000 }).trim();
  } catch {
    return null;
  }
}
