import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type ConsoleMessage, type Page } from '@playwright/test';
import { fixtureFile } from './support/fixtureFile';
import { readDownload } from './support/readDownload';
import { tagStatement } from './support/tagStatement';

const HUA = 'The door to Xinjiang is always open.';
const TOPIC = 'Sanctions';

/**
 * A saved page that would fetch from a dozen hosts if anything of it were ever
 * loaded or run. No event-handler attributes: Chromium reports one as a policy
 * violation as soon as it is parsed, even into an inert document where it can
 * never run (the hostile-input suite covers those).
 */
const REMOTE_PAGE = `<!doctype html>
<html><head>
<meta http-equiv="refresh" content="0; url=https://evil.example/refresh">
<link rel="stylesheet" href="https://cdn.example/site.css">
<link rel="preload" as="image" href="https://cdn.example/hero.jpg">
<link rel="prefetch" href="https://cdn.example/next.html">
<link rel="icon" href="https://cdn.example/favicon.ico">
<style>@import url(https://cdn.example/import.css); body { background: url(https://cdn.example/bg.png) }
@font-face { font-family: Remote; src: url(https://cdn.example/font.woff2) }</style>
<script src="https://cdn.example/analytics.js"></script>
<script>fetch('https://evil.example/inline-script')</script>
<title>Harbour tolls to rise next spring</title>
</head><body>
<nav><a href="https://harbour.example/">Home</a></nav>
<article>
<h1>Harbour tolls to rise next spring</h1>
<p style="background-image: url(https://cdn.example/paragraph.png)">The port authority said on Tuesday that tolls for
private boats will rise by a tenth from April, the first increase in six years, to pay for dredging the
outer channel and repairing the north pier.</p>
<img src="https://images.example/pier.jpg" srcset="https://images.example/pier-2x.jpg 2x" alt="The north pier">
<picture><source srcset="https://images.example/pier.webp"><img src="https://images.example/pier-fallback.jpg" alt=""></picture>
<p>“We have put this off for as long as we could,” said Mara Ellison, who chairs the authority. “The channel
silts up faster every winter, and the pier will not last another five years without work.”</p>
<iframe src="https://video.example/embed/harbour"></iframe>
<video poster="https://video.example/poster.jpg" src="https://video.example/harbour.mp4"></video>
<audio src="https://audio.example/interview.mp3"></audio>
<object data="https://cdn.example/map.swf"></object><embed src="https://cdn.example/chart.swf">
<p>Owners of small boats said the rise was steep. “Most of us here are pensioners with a dinghy,” said
Tom Baird of the sailing club, which has asked for a lower rate for boats under five metres.</p>
<svg width="10" height="10"><image href="https://cdn.example/vector.png" width="10" height="10"/></svg>
<p>The authority will hold a public meeting on the plans at the harbour office next month, and written
comments can be sent until the end of February, its spokesperson said.</p>
<form action="https://evil.example/collect"><input name="email"><button>Subscribe</button></form>
<a href="https://evil.example/" ping="https://evil.example/ping">More harbour news</a>
</article>
</body></html>`;

/** Everything a session shows of itself: every request URL, and every breach of the page's policy. */
async function watch(context: BrowserContext) {
  const urls: string[] = [];
  const violations: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  // Refusals the browser logs (in pages and workers alike) and the events a page fires for them.
  const logged = (message: ConsoleMessage) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  };
  context.on('console', logged);
  context.on('page', (page) => page.on('worker', (worker) => worker.on('console', logged)));
  await context.exposeFunction('reportPolicyViolation', (text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportPolicyViolation: (text: string) => void }).reportPolicyViolation;
      void report(`${event.effectiveDirective} refused ${event.blockedURI}`);
    });
  });
  return { urls, violations };
}

async function download(page: Page, button: string) {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await waiting;
  return { name: file.suggestedFilename(), text: await readDownload(file), path: await file.path() };
}

test('a whole session asks nothing of any host but the app’s own, and breaks no rule of its policy', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { urls, violations } = await watch(context);
  const origin = new URL(baseURL!).origin;

  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Load sample article' })).toBeVisible();
  // The service worker's own fetches are part of the session.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  // Saved pages full of remote images, scripts, frames, styles and fonts.
  await page
    .getByLabel('Open article file')
    .setInputFiles({ name: 'harbour.html', mimeType: 'text/html', buffer: Buffer.from(REMOTE_PAGE) });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour tolls to rise next spring');
  await expect(page.getByRole('article')).toContainText('Most of us here are pensioners with a dinghy');
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByLabel('Open article file').setInputFiles(fixtureFile('news-page.html', 'text/html'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Water board defends price rise as customers object',
  );
  await page.getByRole('link', { name: 'Library' }).click();

  // Code the sample, and have the rest suggested.
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await tagStatement(page, HUA, { speaker: 'Hua Chunying', kind: 'Direct', topic: TOPIC, stance: 'Against' });
  await page.getByRole('button', { name: 'Suggest statements' }).click();
  await expect(page.getByRole('status')).toContainText('suggested');

  // Every review view, and the charts saved as files.
  await page.getByRole('link', { name: 'Speakers' }).click();
  await page.getByRole('link', { name: 'Hua Chunying' }).click();
  await expect(page.getByRole('link', { name: /The door to Xinjiang is always open/ })).toBeVisible();
  await page.getByRole('link', { name: 'Stances' }).click();
  await expect(page.getByRole('button', { name: new RegExp(`^Hua Chunying on ${TOPIC}`) })).toBeVisible();
  const png = await download(page, 'Save chart as PNG');
  expect(png.name).toMatch(/\.png$/);
  expect(readFileSync(png.path).subarray(1, 4).toString()).toBe('PNG');
  await download(page, 'Save chart as SVG');
  await page.getByRole('columnheader').getByRole('link', { name: TOPIC }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TOPIC);
  await expect(page.getByRole('region', { name: /^Against/ })).toContainText('Hua Chunying');

  // Every export, and one of them imported again (parsed in the worker).
  await page.getByRole('link', { name: 'Library' }).click();
  const json = await download(page, 'Export JSON');
  expect(JSON.parse(json.text).statements.length).toBeGreaterThan(1);
  await download(page, 'Export W3C');
  expect((await download(page, 'Export CSV')).text).toContain(HUA);
  await page
    .getByLabel('Import annotations')
    .setInputFiles({ name: json.name, mimeType: 'application/json', buffer: Buffer.from(json.text) });
  await expect(page.getByText('importing changes nothing')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('row', { name: /US announces sanctions/ })).toBeVisible();

  const elsewhere = urls.filter(
    (url) => !url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).origin !== origin,
  );
  expect(elsewhere).toEqual([]);
  // Nor anything a saved page points at on the app's own host.
  expect(urls.filter((url) => /\/(static|images)\//.test(url))).toEqual([]);
  // The watch saw the service worker fetch the build and the page take the parse worker.
  expect(urls.some((url) => url.endsWith('/serviceWorker.js'))).toBe(true);
  expect(urls.some((url) => /\/assets\/parseWorker-[^/]+\.js$/.test(url))).toBe(true);
  expect(violations).toEqual([]);
});

test('the page’s policy refuses inline script, eval and connections to other hosts', async ({ page, context }) => {
  const { urls, violations } = await watch(context);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Load sample article' })).toBeVisible();
  const outcome = await page.evaluate(async () => {
    // Off the evaluation's own call: DevTools lets code it evaluates use eval.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.head.append(script);
    let evalRan = true;
    try {
      new Function('return 1')();
    } catch {
      evalRan = false;
    }
    const remote = await fetch('https://evil.example/beacon').then(
      () => 'answered',
      () => 'refused',
    );
    return { inlineRan: 'inlineRan' in window, evalRan, remote };
  });
  expect(outcome).toEqual({ inlineRan: false, evalRan: false, remote: 'refused' });
  // The page reports each refusal as a violation event too.
  for (const refusal of [
    /^script-src-elem refused inline$/,
    /^script-src refused eval$/,
    /^connect-src refused https:\/\/evil\.example/,
  ]) {
    await expect.poll(() => violations.some((text) => refusal.test(text))).toBe(true);
  }
  expect(urls.filter((url) => url.includes('evil.example'))).toEqual([]);
});
