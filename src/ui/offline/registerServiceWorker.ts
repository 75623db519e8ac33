// Imported once by src/main.tsx for its effect: registers the service worker
// that keeps the build for offline use (src/ui/offline/serviceWorker.ts).
// Production builds only: the dev server's modules change on every edit and
// must never be served from a cache.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // After load, so that fetching the whole build does not compete with the
  // first paint. This module is loaded by src/main.tsx after the page's own
  // script ran, so the page may well have loaded already.
  const register = () => {
    const base = import.meta.env.BASE_URL;
    navigator.serviceWorker.register(`${base}serviceWorker.js`, { scope: base }).catch((error: unknown) => {
      // Not fatal: the app works online without it (private modes may refuse).
      console.warn('Quotemark could not install its offline copy:', error);
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

export {};
