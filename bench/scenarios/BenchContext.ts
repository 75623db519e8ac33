import type { Browser, BrowserContext, Page } from '@playwright/test';

/** What every scenario gets: the browser, one context (one IndexedDB), the server and the run count. */
export interface BenchContext {
  browser: Browser;
  context: BrowserContext;
  baseUrl: string;
  runs: number;
  log: (line: string) => void;
}

/** Open the harness page and run `work` in it with window.bench. */
export async function withHarness<T>(bench: BenchContext, work: (page: Page) => Promise<T>): Promise<T> {
  const page = await bench.context.newPage();
  try {
    await page.goto(`${bench.baseUrl}/bench/harness.html`);
    await page.waitForFunction(() => window.bench !== undefined);
    return await work(page);
  } finally {
    await page.close();
  }
}

/** Empty the library and import a generated library file (served from dist/bench/data) through the app's path. */
export async function seedLibrary(bench: BenchContext, file: string): Promise<void> {
  await withHarness(bench, (page) =>
    page.evaluate(async (url) => {
      const json = await (await fetch(url)).text();
      await window.bench?.clear();
      await window.bench?.importOurs(json);
    }, `/bench/data/${file}`),
  );
}
