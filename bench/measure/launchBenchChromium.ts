import { chromium, type Browser } from '@playwright/test';

/**
 * Debian's Chromium as every bench run drives it: no sandbox, GPU, network
 * chatter or first-run pages (the same flags as playwright.config.ts).
 */
export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
