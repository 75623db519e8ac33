/**
 * An init script (run before any page script) that records when the page
 * has painted what `ready` looks for and then gone idle: it checks every
 * animation frame from the start of navigation, waits two more frames so
 * the found elements are on screen, then an idle callback, and stores
 * performance.now() (milliseconds since navigation start) in
 * window.__benchDone. A plain string, so no bundler helper leaks into it.
 */
export function paintProbe(readyExpression: string): string {
  return `(() => {
    const ready = () => { try { return Boolean(${readyExpression}); } catch { return false; } };
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    (async () => {
      while (!ready()) await frame();
      await frame();
      await frame();
      await new Promise((r) => requestIdleCallback(() => r(), { timeout: 5000 }));
      window.__benchDone = performance.now();
    })();
  })();`;
}
