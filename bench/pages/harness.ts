import { resolveAnchor } from '../../src/core/anchoring/resolveAnchor';
import { buildEnvelope } from '../../src/core/exchange/buildEnvelope';
import type { Anchor } from '../../src/core/model/anchor';
import type { LibraryRecords } from '../../src/core/model/envelope';
import { planImport } from '../../src/core/import/planImport';
import { appDatabase } from '../../src/storage/database/appDatabase';
import { exportLibrary } from '../../src/storage/exchange/exportLibrary';
import { importLibrary } from '../../src/storage/exchange/importLibrary';
import { libraryJsonBlob } from '../../src/ui/exchange/libraryJsonBlob';
import { readImportFile } from '../../src/ui/exchange/readImportFile';
import { placeLikeHypothesis } from '../peer/hypothesisMatchQuote';
import { readBytesFloor, writeBytesFloor } from './bytesFloor';
import { rawAppRead, rawFloorClear, rawFloorImport } from './rawFloorImport';
import { suggestTimed } from './suggestTimed';

type Span = { start: number; end: number } | null;

/** A floor's time, and its text's size in UTF-8 bytes (as a Blob's size counts them), measured after the clock. */
function timedText(t0: number, text: string): { ms: number; bytes: number } {
  const ms = performance.now() - t0;
  return { ms, bytes: new TextEncoder().encode(text).length };
}

/**
 * What bench/run.ts calls in the page. Import and export go through the
 * same functions as the Library's "Import annotations" / "Confirm import"
 * and "Export JSON" (file read, validation in the worker, plan, one
 * transaction; one read transaction written page by page into the Blob
 * the download is made from), minus the clicks and the download itself.
 */
const bench = {
  async clear(): Promise<void> {
    await appDatabase.transaction(
      'rw',
      [appDatabase.articles, appDatabase.speakers, appDatabase.topics, appDatabase.statements],
      async () => {
        await Promise.all([
          appDatabase.articles.clear(),
          appDatabase.speakers.clear(),
          appDatabase.topics.clear(),
          appDatabase.statements.clear(),
        ]);
      },
    );
    await rawFloorClear();
  },

  async importOurs(json: string): Promise<number> {
    const t0 = performance.now();
    const read = await readImportFile(new File([json], 'library.json', { type: 'application/json' }));
    if (!read.ok) throw new Error(JSON.stringify(read.error.slice(0, 3)));
    const plan = planImport(read.value.incoming, read.value.existing, 'newer', { mergeSpeakers: true });
    const written = await importLibrary(appDatabase, plan);
    if (!written.ok) throw new Error(JSON.stringify(written.error));
    return performance.now() - t0;
  },

  async importFloor(json: string): Promise<number> {
    const t0 = performance.now();
    await rawFloorImport(JSON.parse(json));
    return performance.now() - t0;
  },

  /** The file "Export JSON" downloads, written into a Blob a page of records at a time. */
  async exportOurs(): Promise<{ ms: number; bytes: number }> {
    const t0 = performance.now();
    const blob = await libraryJsonBlob();
    return { ms: performance.now() - t0, bytes: blob.size };
  },

  /** The export as it was before it streamed: every record read, one envelope, one JSON text, one Blob. */
  async exportWhole(): Promise<{ ms: number; bytes: number }> {
    const t0 = performance.now();
    const records = await exportLibrary(appDatabase);
    const blob = new Blob([JSON.stringify(buildEnvelope(records), null, 2)], { type: 'application/json' });
    return { ms: performance.now() - t0, bytes: blob.size };
  },

  /** The floor: the same records, already in memory, stringified. */
  async exportFloor(): Promise<{ ms: number; bytes: number }> {
    const records = await exportLibrary(appDatabase);
    const t0 = performance.now();
    const text = JSON.stringify(buildEnvelope(records), null, 2);
    return timedText(t0, text);
  },

  /** Raw IndexedDB reads of the app's store plus the same JSON.stringify: the floor when records must be read. */
  async exportReadFloor(): Promise<{ ms: number; bytes: number }> {
    const t0 = performance.now();
    const { articles, speakers, topics, statements } = (await rawAppRead()) as unknown as LibraryRecords;
    const text = JSON.stringify(buildEnvelope({ articles, speakers, topics, statements }), null, 2);
    return timedText(t0, text);
  },

  /** Set-up for exportBytesFloor: the current library's records as JSON bytes in 128 kB values. */
  async prepareBytesFloor(): Promise<void> {
    const { articles, speakers, topics, statements } = await exportLibrary(appDatabase);
    await writeBytesFloor({ articles, speakers, topics, statements });
  },

  /** The same records read back from the fastest layout measured, plus the same JSON.stringify. */
  async exportBytesFloor(): Promise<{ ms: number; bytes: number }> {
    const t0 = performance.now();
    const records = (await readBytesFloor()) as LibraryRecords;
    const text = JSON.stringify(buildEnvelope(records), null, 2);
    return timedText(t0, text);
  },

  reanchorOurs(text: string, anchors: Anchor[]): { ms: number; spans: Span[] } {
    const t0 = performance.now();
    const spans = anchors.map((a): Span => {
      const r = resolveAnchor(text, a);
      return r.status === 'orphan' ? null : { start: r.start, end: r.end };
    });
    return { ms: performance.now() - t0, spans };
  },

  reanchorPeer(text: string, anchors: Anchor[]): { ms: number; spans: Span[] } {
    const t0 = performance.now();
    const spans = anchors.map((a) => placeLikeHypothesis(text, a));
    return { ms: performance.now() - t0, spans };
  },

  suggestTimed,
};

declare global {
  interface Window {
    bench?: typeof bench;
  }
}
window.bench = bench;
