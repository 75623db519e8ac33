/**
 * The counters behind /metrics, in Prometheus' text format. Updates per
 * second are also given as a gauge over the last minute, for a person
 * reading the page rather than a Prometheus computing rate().
 */
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
const RATE_WINDOW_MS = 60_000;

export class ServerMetrics {
  updatesStored = 0;
  updatesRefused = 0;
  storeErrors = 0;
  compactions = 0;
  authRefusals = new Map<string, number>();
  private appendBuckets = BUCKETS.map(() => 0);
  private appendCount = 0;
  private appendSum = 0;
  private recent: { at: number; count: number }[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** One committed batch of `count` updates that took `seconds`. */
  stored(seconds: number, count: number): void {
    this.updatesStored += count;
    this.appendCount += 1;
    this.appendSum += seconds;
    BUCKETS.forEach((limit, i) => {
      if (seconds <= limit) this.appendBuckets[i] = (this.appendBuckets[i] ?? 0) + 1;
    });
    this.recent.push({ at: this.now(), count });
  }

  refused(reason: string): void {
    this.authRefusals.set(reason, (this.authRefusals.get(reason) ?? 0) + 1);
  }

  updatesPerSecond(): number {
    const since = this.now() - RATE_WINDOW_MS;
    this.recent = this.recent.filter((entry) => entry.at >= since);
    return this.recent.reduce((sum, entry) => sum + entry.count, 0) / (RATE_WINDOW_MS / 1000);
  }

  render(live: { connections: number; documents: number }): string {
    const lines = [
      '# HELP quotemark_connections Open client connections (sockets plus direct connections).',
      '# TYPE quotemark_connections gauge',
      `quotemark_connections ${live.connections}`,
      '# HELP quotemark_documents Documents loaded in memory.',
      '# TYPE quotemark_documents gauge',
      `quotemark_documents ${live.documents}`,
      '# HELP quotemark_updates_stored_total Updates appended to the store (each before its acknowledgement).',
      '# TYPE quotemark_updates_stored_total counter',
      `quotemark_updates_stored_total ${this.updatesStored}`,
      '# HELP quotemark_updates_per_second Updates stored per second over the last minute.',
      '# TYPE quotemark_updates_per_second gauge',
      `quotemark_updates_per_second ${this.updatesPerSecond()}`,
      '# HELP quotemark_updates_refused_total Update-carrying messages received on read-only connections (neither applied nor stored).',
      '# TYPE quotemark_updates_refused_total counter',
      `quotemark_updates_refused_total ${this.updatesRefused}`,
      '# HELP quotemark_store_errors_total Appends the store failed (the connection is closed; the client resends).',
      '# TYPE quotemark_store_errors_total counter',
      `quotemark_store_errors_total ${this.storeErrors}`,
      '# HELP quotemark_compactions_total Update logs folded into snapshots.',
      '# TYPE quotemark_compactions_total counter',
      `quotemark_compactions_total ${this.compactions}`,
      '# HELP quotemark_store_append_seconds Time to commit one batch of updates.',
      '# TYPE quotemark_store_append_seconds histogram',
      ...BUCKETS.map(
        (limit, i) => `quotemark_store_append_seconds_bucket{le="${limit}"} ${this.appendBuckets[i] ?? 0}`,
      ),
      `quotemark_store_append_seconds_bucket{le="+Inf"} ${this.appendCount}`,
      `quotemark_store_append_seconds_sum ${this.appendSum}`,
      `quotemark_store_append_seconds_count ${this.appendCount}`,
      '# HELP quotemark_auth_refusals_total Documents refused to a connection, by reason.',
      '# TYPE quotemark_auth_refusals_total counter',
      ...[...this.authRefusals].map(([reason, n]) => `quotemark_auth_refusals_total{reason="${reason}"} ${n}`),
    ];
    return `${lines.join('\n')}\n`;
  }
}
