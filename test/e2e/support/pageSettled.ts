import type { Page } from '@playwright/test';

/**
 * Resolves once the page has asked its own server for a missing image and
 * heard back, then drawn two frames and run a task: by then an error or load
 * event of anything injected earlier (an <img src=x onerror>, an onload, an
 * autofocus onfocus) has fired, as the browser queued it first. An event to
 * wait on, where a fixed sleep would only hope the page was quick enough.
 */
export async function pageSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const probe = new Image();
        const then = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)));
        probe.onerror = then;
        probe.onload = then;
        probe.src = `/settled-probe-${Date.now()}.png`;
      }),
  );
}
