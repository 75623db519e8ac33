// Regenerates docs/screenshot.png for the README: the sample article with two
// tagged statements. Run after `npm run build`: `npx tsx scripts/screenshot.ts`.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../test/e2e/support/chromiumLaunch';
import { tagStatement } from '../test/e2e/support/tagStatement';

const port = 4190;
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
try {
  await new Promise((r) => setTimeout(r, 2000));
  const browser = await chromium.launch(chromiumLaunch);
  const page = await browser.newPage({ viewport: { width: 1280, height: 1500 } });
  // tsx (esbuild) wraps named functions in __name(), which the page lacks.
  await page.addInitScript('window.__name = (f) => f');
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await tagStatement(page, 'continues to commit genocide and crimes against humanity in Xinjiang.', {
    speaker: 'Antony Blinken',
    role: 'U.S. Secretary of State',
    kind: 'Mixed',
    topic: 'Sanctions on Chinese officials over Xinjiang',
    stance: 'Favor',
  });
  await tagStatement(page, 'The door to Xinjiang is always open.', {
    speaker: 'Hua Chunying',
    role: 'Chinese Foreign Ministry spokesperson',
    kind: 'Direct',
    topic: 'Sanctions on Chinese officials over Xinjiang',
    stance: 'Against',
  });
  await page.mouse.click(5, 300);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(1200);
  await page.screenshot({ path: 'docs/screenshot.png' });
  await browser.close();
} finally {
  server.kill();
}
