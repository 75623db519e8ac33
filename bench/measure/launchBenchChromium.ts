import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunch } from '../../test/e2e/support/chromiumLaunch';

/** Debian's Chromium as every bench run drives it: launched as the end-to-end tests launch it. */
export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunch);
}
