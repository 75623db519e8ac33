/**
 * The cells of a stance matrix by key (speaker × topic count + topic),
 * numbered from 0: a typed array over every key when the matrix is of a
 * size where that is cheap, a Map otherwise. The Stances view looks every
 * statement's cell up on each visit, and in a fresh tab that code runs
 * before the engine has optimised it: an array read costs far less there
 * than a Map's hashing.
 */
export class CellIndex {
  private readonly dense: Int32Array | null;
  private readonly sparse: Map<number, number> | null;
  size = 0;

  /** Keys are 0..keys-1; past `denseKeys` of them the index is a Map. */
  constructor(keys: number, denseKeys = DENSE_KEYS) {
    this.dense = keys <= denseKeys ? new Int32Array(keys).fill(-1) : null;
    this.sparse = this.dense ? null : new Map();
  }

  /** The cell of `key`; -1 when it has none. */
  get(key: number): number {
    return this.dense ? (this.dense[key] ?? -1) : (this.sparse?.get(key) ?? -1);
  }

  /** The cell of `key`, numbered next when it had none. */
  add(key: number): number {
    const known = this.get(key);
    if (known >= 0) return known;
    const cell = this.size++;
    if (this.dense) this.dense[key] = cell;
    else this.sparse?.set(key, cell);
    return cell;
  }
}

/** Up to 4 M keys (16 MB) as an array: 5,000 speakers by 800 topics. */
const DENSE_KEYS = 1 << 22;
