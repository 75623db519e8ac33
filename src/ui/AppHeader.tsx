import { useState } from 'react';
import { HistoryControls } from './history/HistoryControls';
import type { Route } from './routing/parseRoute';

const NAV = [
  { href: '#/', label: 'Library', views: ['library', 'article'] },
  { href: '#/speakers', label: 'Speakers', views: ['speakers', 'speaker'] },
  { href: '#/stances', label: 'Stances', views: ['stances', 'topics', 'topic'] },
  { href: '#/settings', label: 'Settings', views: ['settings', 'agreement', 'curation'] },
] as const;

/**
 * The brand, the navigation and Undo/Redo. On a narrow screen (app.css) the
 * navigation and the history buttons fold behind a "Menu" button; on a wide
 * one the button is not displayed and everything shows in one row. The menu
 * remembers the page it was opened on, so moving to another page closes it.
 */
export function AppHeader({ route }: { route: Route }) {
  const here = JSON.stringify(route);
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === here;
  return (
    <header className="qm-header">
      <a className="qm-brand" href="#/">
        Quotemark
      </a>
      <button
        type="button"
        className="qm-menu-button"
        aria-expanded={open}
        aria-controls="qm-header-menu"
        onClick={() => setOpenOn(open ? null : here)}
      >
        Menu
      </button>
      <div id="qm-header-menu" className="qm-header-menu" data-open={open}>
        <nav aria-label="Main">
          {NAV.map((item) => (
            <a
              key={item.href}
              href={item.href}
              aria-current={(item.views as readonly string[]).includes(route.view) ? 'page' : undefined}
            >
              {item.label}
            </a>
          ))}
        </nav>
        <HistoryControls />
      </div>
    </header>
  );
}
