/**
 * Headless Chromium for browser tests: Debian's `chromium` (installed by .ci/run) driven by
 * playwright-core. Flags as this machine needs them: no sandbox as root, no background
 * networking (the network is closed), a fresh profile.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Path of the Chromium binary: $CHROMIUM_PATH, else Debian's. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Launches headless Chromium. @throws Error naming the fix when the binary is missing. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: run 'apt-get install -y chromium' (as .ci/run does) or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
