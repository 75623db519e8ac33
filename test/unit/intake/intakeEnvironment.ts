import { readFileSync } from 'node:fs';
// @ts-expect-error -- jsdom 29 ships no type declarations and @types/jsdom has none for 29; the tests use one constructor.
import { JSDOM } from 'jsdom';
import { htmlEnvironment, type HtmlEnvironment } from '../../../src/core/intake/htmlEnvironment';

export type TestWindow = Window & typeof globalThis & Record<string, unknown>;

/** A fresh jsdom window standing in for the browser's; options as jsdom's (e.g. runScripts). */
export function jsdomWindow(options: Record<string, unknown> = {}): TestWindow {
  return (new JSDOM('<!DOCTYPE html><html><body></body></html>', options) as { window: TestWindow }).window;
}

/**
 * Once `window` has run a task its own document queues now: by then every
 * task queued before it (an event handler, a zero-delay timeout) has run
 * too. The page's script queues it, so this also shows the window runs
 * scripts and their timers, and no clock decides when to look.
 */
export async function scriptsHaveRun(window: TestWindow): Promise<void> {
  const turned = new Promise<void>((resolve) => (window.__turned = resolve));
  const probe = window.document.createElement('script');
  probe.textContent = 'setTimeout(() => window.__turned())';
  window.document.body.appendChild(probe);
  await turned;
  probe.remove();
}

/** The intake environment over a fresh jsdom window, as the app builds it over `window`. */
export function testEnvironment(window: TestWindow = jsdomWindow()): HtmlEnvironment {
  return htmlEnvironment(window);
}

const FIXTURES = new URL('../../fixtures/intake/', import.meta.url);

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, FIXTURES)));
}

export function fixtureText(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

/** Enough article text for Readability: `count` paragraphs of about 180 characters. */
export function paragraphs(count: number): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the report says the committee met on Monday and heard evidence from residents, engineers and the council about the state of the old harbour wall and its repair.</p>`,
  ).join('\n');
}
