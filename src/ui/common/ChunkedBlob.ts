/**
 * A file's text gathered into a Blob as it is written, a megabyte or so at
 * a time: each part goes over to the browser's blob store as soon as it is
 * full, so a large export never sits whole in the page's memory, as one
 * string or as a list of them. The Blob is what an ordinary download (or a
 * stream: `blob().stream()`) is made from.
 */
export class ChunkedBlob {
  private readonly parts: Blob[] = [];
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(
    private readonly type: string,
    private readonly partLength = 1 << 20,
  ) {}

  /** Append text (to be used as a plain function: it is bound). */
  readonly write = (chunk: string): void => {
    this.pending.push(chunk);
    this.pendingLength += chunk.length;
    if (this.pendingLength >= this.partLength) this.flush();
  };

  /** Everything written so far, as one Blob of the given type. */
  blob(): Blob {
    this.flush();
    return new Blob(this.parts, { type: this.type });
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.parts.push(new Blob(this.pending));
    this.pending = [];
    this.pendingLength = 0;
  }
}
