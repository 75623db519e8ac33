import { liveQuery } from 'dexie';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';

const LOCK = 'quotemark-team-sync';

/**
 * Run the team sync client in this tab while this browser has joined a
 * project. Its code (Yjs, the Hocuspocus provider) loads only then. One
 * tab at a time syncs (a Web Lock): the others read what it writes into
 * the library, and take over when it closes. Returns a function that stops.
 */
export function runTeamSync(db: QuotemarkDatabase): () => void {
  let stopped = false;
  let release: (() => void) | null = null;
  let starting = false;
  const joined = liveQuery(() => db.teamProjects.count()).subscribe({
    next: (count) => {
      if (count === 0 || starting || stopped) return;
      starting = true;
      joined.unsubscribe();
      void lead(() =>
        run(
          db,
          () => stopped,
          (stop) => (release = stop),
        ),
      );
    },
    error: () => undefined, // the library's own guard reports a database that will not open
  });
  return () => {
    stopped = true;
    joined.unsubscribe();
    release?.();
  };
}

/** Hold the lock while `work` runs; without Web Locks (old browsers) just run. */
function lead(work: () => Promise<void>): Promise<void> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? locks.request(LOCK, work) : work();
}

async function run(db: QuotemarkDatabase, stopped: () => boolean, onStop: (stop: () => void) => void): Promise<void> {
  if (stopped()) return;
  const { TeamSync } = await import('./TeamSync');
  const sync = new TeamSync(db, { connection: {}, online: () => navigator.onLine });
  const online = () => sync.setOnline(true);
  const offline = () => sync.setOnline(false);
  window.addEventListener('online', online);
  window.addEventListener('offline', offline);
  sync.start();
  await new Promise<void>((resolve) => onStop(resolve));
  window.removeEventListener('online', online);
  window.removeEventListener('offline', offline);
  sync.stop();
}
