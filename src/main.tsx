import { errorMessage } from './core/errorMessage';
import { loadViewAt } from './ui/shell/viewLoader';
import './ui/app.css';
import './ui/responsive.css';

// The first module is small on purpose: it asks for the code of the view
// the URL names and for the app's own code at once, so the two download and
// compile side by side instead of one after the other (the view's code used
// to be asked for only once React and the shell had run).
loadViewAt(window.location.hash);
// And the records it opens with: this chunk has the storage code but not
// React, so it runs first and the reads overlap with starting React. Later
// views are warmed the same way as the page goes to them.
const warmed = import('./ui/shell/warmRoute').then(
  ({ warmRoute, warmOnNavigation }) => {
    warmRoute(window.location.hash);
    warmOnNavigation();
  },
  () => undefined, // the app's own code fails to load too, and says so
);
// React and the app once the storage code has run, in a task of their own:
// asked for together, both ran in one long task before the first
// render. Their code is fetched from the start all the same (index.html
// preloads it, see vite.config.ts).
const root = document.getElementById('root');
if (root) {
  void warmed
    .then(() => import('./ui/startApp'))
    .then(
      ({ startApp }) => startApp(root),
      (error: unknown) => {
        // No React to render an alert with: plain DOM, text only.
        const alert = document.createElement('p');
        alert.setAttribute('role', 'alert');
        alert.textContent = `Quotemark could not load its code (${errorMessage(error)}). Check the connection and reload the page.`;
        root.replaceChildren(alert);
      },
    );
}
