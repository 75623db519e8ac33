import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { pageSettled } from './pageSettled';

/** The XSS vectors of test/fixtures/hostile, each setting window.__xss to its number or calling alert when run. */
export const XSS_VECTORS = JSON.parse(
  readFileSync(new URL('../../fixtures/hostile/xss-vectors.json', import.meta.url), 'utf8'),
) as string[];

/** The hostile page of test/fixtures/hostile, one vector per paragraph. */
export const xssArticlePath = new URL('../../fixtures/hostile/xss-article.html', import.meta.url).pathname;

/** What would show that something hostile ran: dialogs, __xss set (even by a page that navigated away), requests elsewhere. */
export interface Guard {
  dialogs: string[];
  foreign: string[];
  xss: string[];
}

/**
 * Watch a page for any sign that input ran as code: a dialog (alert,
 * confirm, prompt), `window.__xss` being set in any frame, or a request to
 * a host other than the app's own (those are aborted, so none leaves).
 * Call before the page's first navigation.
 */
export async function guardPage(page: Page, baseURL: string | undefined): Promise<Guard> {
  const guard: Guard = { dialogs: [], foreign: [], xss: [] };
  const own = new URL(baseURL ?? 'http://127.0.0.1').host;
  page.on('dialog', (dialog) => {
    guard.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('console', (message) => {
    if (message.text().startsWith('__xss set:')) guard.xss.push(message.text());
  });
  await page.context().route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.host !== own,
    (route) => {
      guard.foreign.push(route.request().url());
      return route.abort();
    },
  );
  // A trap rather than a plain read: a payload that navigated the page away would take its global with it.
  await page.addInitScript(() => {
    Object.defineProperty(window, '__xss', {
      configurable: false,
      set: (value: unknown) => console.log(`__xss set: ${String(value)}`),
      get: () => undefined,
    });
  });
  return guard;
}

/**
 * Nothing ran: no dialog, no __xss, no foreign request, no frame, and no
 * element in the page carrying an event-handler attribute or a script URL
 * (React never writes those; an injected fragment would).
 */
export async function expectNothingRan(page: Page, guard: Guard): Promise<void> {
  // Error and load events of anything injected have fired by then.
  await pageSettled(page);
  const injected = await page.evaluate(() =>
    Array.from(document.body.querySelectorAll('*')).flatMap((element) => {
      const tag = element.localName;
      const found: string[] = [];
      if (
        ['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'style', 'marquee', 'math'].includes(
          tag,
        )
      )
        found.push(`<${tag}>`);
      for (const { name, value } of Array.from(element.attributes)) {
        if (/^on/i.test(name)) found.push(`<${tag} ${name}>`);
        if (
          /^(href|src|action|formaction|data|xlink:href)$/i.test(name) &&
          /^(javascript|vbscript|data):/i.test(value.replace(/[\p{Cc}\s]/gu, ''))
        )
          found.push(`<${tag} ${name}=${value}>`);
      }
      return found;
    }),
  );
  expect(injected).toEqual([]);
  expect(guard.dialogs).toEqual([]);
  expect(guard.xss).toEqual([]);
  expect(guard.foreign).toEqual([]);
  expect(page.frames()).toHaveLength(1);
}

/** The page's text as rendered (textContent) plus every title attribute: where a string shown literally must appear whole. */
export async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const titles = Array.from(document.querySelectorAll('[title]'), (element) => element.getAttribute('title') ?? '');
    return [document.body.textContent ?? '', ...titles].join('\n');
  });
}

/** Every string is shown literally, as text, on the page (waiting for the view's data to arrive). */
export async function expectShownLiterally(page: Page, strings: readonly string[], where: string): Promise<void> {
  const missing = async () => {
    const text = await shownText(page);
    return strings.filter((s) => !text.includes(s));
  };
  await expect.poll(missing, { message: `not shown literally in ${where}` }).toEqual([]);
}
