let warmed = false;

/**
 * Make one date input, unattached, in a task of its own. The first
 * `<input type="date">` a Chromium page makes costs 40–70 ms (its locale's
 * date formats are set up then; later ones cost 1–5 ms), and a view that
 * shows one would pay it inside its first render. Called when such a view's
 * code loads (on the pointer's way to its link, or at its route's start),
 * it is paid while the view's records are still being read instead: the
 * read was started first (see warmRoute), so this task queues behind it.
 * Not an idle callback: the page is rarely idle between a click and the
 * records' arrival, and the callback came after the view's render.
 */
export function warmDateInputs(): void {
  if (warmed || typeof document === 'undefined') return;
  warmed = true;
  setTimeout(() => {
    document.createElement('input').type = 'date';
  }, 0);
}
