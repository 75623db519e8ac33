import { hashLinkOf } from '../routing/hashLinkOf';
import { loadViewAt } from './viewLoader';

/**
 * Load a view's code when the pointer rests on, or the keyboard reaches, a
 * link to it (anywhere in the page: navigation, an article in the Library,
 * a speaker or topic link), so it is there by the click. People point
 * 100–300 ms before they click. Returns the function that stops it.
 */
export function loadOnIntent(root: Document = document): () => void {
  const onIntent = (event: Event) => {
    const href = hashLinkOf(event);
    if (href) loadViewAt(href);
  };
  root.addEventListener('pointerover', onIntent, { passive: true });
  root.addEventListener('focusin', onIntent);
  return () => {
    root.removeEventListener('pointerover', onIntent);
    root.removeEventListener('focusin', onIntent);
  };
}
