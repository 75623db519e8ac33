import * as Y from 'yjs';
import type { SqlClient } from './SqlClient';
import { checkSchemaName } from './storeSchema';

interface Pending {
  name: string;
  data: Uint8Array;
  resolve: (seq: number) => void;
  reject: (error: unknown) => void;
}

/** Updates of a document since some point, and the sequence number they reach. */
export interface StoredUpdates {
  updates: Uint8Array[];
  lastSeq: number;
}

/** How long each append took to commit, for the metrics. */
export type AppendObserver = (seconds: number, count: number) => void;

const MAX_BATCH = 500;

/**
 * Yjs documents as a snapshot plus a log of updates. `append` resolves once
 * the update is committed; appends that arrive while one commits are
 * committed together in the next statement (one round trip, one commit for
 * all), so many writers do not queue behind one another.
 */
export class DocumentStore {
  private readonly s: string;
  private queue: Pending[] = [];
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly sql: SqlClient,
    schema: string,
    private readonly observe: AppendObserver = () => undefined,
  ) {
    this.s = `"${checkSchemaName(schema)}"`;
  }

  append(name: string, data: Uint8Array): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ name, data, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  /** Resolves when every append asked for so far is committed (or failed). */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      const started = performance.now();
      try {
        const values = batch.map((_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(', ');
        const rows = await this.sql.query<{ seq: number | string }>(
          `insert into ${this.s}.updates (name, data) values ${values} returning seq`,
          batch.flatMap((p) => [p.name, p.data]),
        );
        this.observe((performance.now() - started) / 1000, batch.length);
        // Postgres returns the rows of a multi-row insert in VALUES order.
        batch.forEach((p, i) => p.resolve(Number(rows[i]?.seq ?? 0)));
      } catch (error) {
        batch.forEach((p) => p.reject(error));
      }
    }
    this.flushing = null;
  }

  /** Everything stored of a document: its snapshot first, then the log in order. */
  load(name: string): Promise<StoredUpdates> {
    return this.since(name, -1);
  }

  /**
   * What was stored of a document after `afterSeq` (another process, or the
   * CLI, may append too). The log is read before the snapshot: a compaction
   * committing between the two reads has folded the rows it deleted into
   * the snapshot read second, so nothing falls between. The snapshot comes
   * when it holds anything after `afterSeq`; applying a Yjs update twice is
   * harmless.
   */
  async since(name: string, afterSeq: number): Promise<StoredUpdates> {
    const rows = await this.sql.query<{ seq: number | string; data: Uint8Array }>(
      `select seq, data from ${this.s}.updates where name = $1 and seq > $2 order by seq`,
      [name, afterSeq],
    );
    const [doc] = await this.sql.query<{ snapshot: Uint8Array | null; snapshot_seq: number | string }>(
      `select snapshot, snapshot_seq from ${this.s}.documents where name = $1`,
      [name],
    );
    const snapshotSeq = Number(doc?.snapshot_seq ?? 0);
    const updates = rows.map((row) => row.data);
    if (doc?.snapshot && snapshotSeq > afterSeq) updates.unshift(doc.snapshot);
    const lastSeq = Math.max(snapshotSeq, afterSeq, ...rows.map((row) => Number(row.seq)));
    return { updates, lastSeq };
  }

  /**
   * Fold a document's log into its snapshot, from what is stored alone (not
   * from memory, where an update may be stored but not yet applied). The
   * row lock on the document keeps two servers from compacting it at once;
   * only the rows read are deleted, so one committed meanwhile stays.
   */
  async compact(name: string): Promise<number> {
    return this.sql.transaction(async (tx) => {
      await tx.query(`insert into ${this.s}.documents (name) values ($1) on conflict (name) do nothing`, [name]);
      const [doc] = await tx.query<{ snapshot: Uint8Array | null; snapshot_seq: number | string }>(
        `select snapshot, snapshot_seq from ${this.s}.documents where name = $1 for update`,
        [name],
      );
      const rows = await tx.query<{ seq: number | string; data: Uint8Array }>(
        `select seq, data from ${this.s}.updates where name = $1 order by seq`,
        [name],
      );
      if (rows.length === 0) return 0;
      const ydoc = new Y.Doc();
      if (doc?.snapshot) Y.applyUpdate(ydoc, doc.snapshot);
      for (const row of rows) Y.applyUpdate(ydoc, row.data);
      const seqs = rows.map((row) => Number(row.seq));
      const lastSeq = Math.max(Number(doc?.snapshot_seq ?? 0), ...seqs);
      await tx.query(
        `update ${this.s}.documents set snapshot = $2, snapshot_seq = $3, compacted_at = now() where name = $1`,
        [name, Y.encodeStateAsUpdate(ydoc), lastSeq],
      );
      await tx.query(`delete from ${this.s}.updates where seq = any($1::bigint[])`, [seqs]);
      ydoc.destroy();
      return rows.length;
    });
  }

  /** How many updates wait in a document's log (compaction runs when there are some). */
  async logLength(name: string): Promise<number> {
    const [row] = await this.sql.query<{ n: number }>(
      `select count(*)::int as n from ${this.s}.updates where name = $1`,
      [name],
    );
    return row?.n ?? 0;
  }
}
