/**
 * A script that resolves once the page has painted what `ready` looks for
 * and then gone idle: it checks every animation frame, waits two more
 * frames so the found elements are on screen, then an idle callback.
 */
function settled(readyExpression: string): string {
  return `(async () => {
    const ready = () => { try { return Boolean(${readyExpression}); } catch { return false; } };
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    while (!ready()) await frame();
    await frame();
    await frame();
    await new Promise((r) => requestIdleCallback(() => r(), { timeout: 5000 }));
  })()`;
}

/**
 * An init script (run before any page script) that stores in
 * window.__benchDone when the page has painted what `ready` looks for and
 * gone idle (see settled), as performance.now(): milliseconds since
 * navigation start. A plain string, so no bundler helper leaks into it.
 */
export function paintProbe(readyExpression: string): string {
  return `(() => { ${settled(readyExpression)}.then(() => { window.__benchDone = performance.now(); }); })();`;
}

/**
 * A script for a page already open: on the next click of the element
 * `linkSelector` finds, stores in window.__benchDone the milliseconds from
 * that click's own timestamp until what `ready` looks for is painted and the
 * page idle (see settled). With `from` 'pointerdown', from the press of the
 * button instead: what a person waits from the moment they press.
 */
export function clickProbe(
  linkSelector: string,
  readyExpression: string,
  from: 'click' | 'pointerdown' = 'click',
): string {
  return `(() => {
    window.__benchDone = undefined;
    document.querySelector(${JSON.stringify(linkSelector)}).addEventListener(${JSON.stringify(from)}, (event) => {
      const start = event.timeStamp;
      ${settled(readyExpression)}.then(() => { window.__benchDone = performance.now() - start; });
    }, { once: true });
  })()`;
}

/**
 * A script for a page already open: on the next click of the element
 * `elementExpression` evaluates to, stores in window.__benchDone the
 * milliseconds from that click's own timestamp until what `ready` looks for
 * is on screen (found, then one more frame painted). It does not wait for
 * idle, as clickProbe does: after a join the page keeps syncing in the
 * background, and what is timed is when the person sees the result.
 */
export function clickUntilShown(elementExpression: string, readyExpression: string): string {
  return `(() => {
    window.__benchDone = undefined;
    const ready = () => { try { return Boolean(${readyExpression}); } catch { return false; } };
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    (${elementExpression}).addEventListener('click', (event) => {
      const start = event.timeStamp;
      (async () => {
        while (!ready()) await frame();
        await frame();
        window.__benchDone = performance.now() - start;
      })();
    }, { once: true });
  })()`;
}

/**
 * An init script (run before any page script) that keeps in
 * window.__benchLongTask the longest main-thread task Chromium reports as a
 * long task (PerformanceObserver "longtask": 50 ms or more) since navigation,
 * in ms; 0 while there has been none.
 */
export function longTaskProbe(): string {
  return `(() => {
    window.__benchLongTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__benchLongTask = Math.max(window.__benchLongTask, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  })();`;
}
