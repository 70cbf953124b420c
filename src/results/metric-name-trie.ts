import { BACKSLASH, QUOTE } from './ascii.ts';

/**
 * Recognises a k6 metric name from the bytes of a line without making a string: a byte trie in one flat
 * Int32Array (256 children per node), walked until the closing quote. Metric names are few and short, so the
 * trie stays small; past `maxNodes` new names are no longer added and the caller looks them up by string.
 */

/** `lookup` result: a name that was never inserted. */
export const UNKNOWN_NAME = -1;
/** `lookup` result: no closing quote, an escape or a control character; the caller takes the slow path. */
export const MALFORMED_NAME = -2;

export class MetricNameTrie {
  /** index of the closing quote found by the last `lookup` */
  end = 0;
  private children = new Int32Array(256 * 32);
  /** id + 1 of the name ending at each node, 0 for none */
  private terminal = new Int32Array(32);
  private nodes = 1; // node 0 is the root
  private readonly maxNodes: number;

  constructor(maxNodes = 4096) {
    this.maxNodes = maxNodes;
  }

  /** The id of the name whose first byte is at `p` (it ends at a `"` before `limit`), or a negative code. */
  lookup(buf: Buffer, p: number, limit: number): number {
    const children = this.children;
    let node = 0;
    for (let i = p; i < limit; i++) {
      const c = buf[i]!;
      if (c === QUOTE) {
        this.end = i;
        return this.terminal[node]! - 1;
      }
      if (c === BACKSLASH || c < 0x20) return MALFORMED_NAME;
      node = children[node * 256 + c]!;
      if (node === 0) return this.findEnd(buf, i + 1, limit);
    }
    return MALFORMED_NAME;
  }

  /** Adds the name bytes `buf[start, end)` with `id` (≥ 0); returns false when the trie is full. */
  insert(buf: Buffer, start: number, end: number, id: number): boolean {
    let node = 0;
    for (let i = start; i < end; i++) {
      const slot = node * 256 + buf[i]!;
      let child = this.children[slot]!;
      if (child === 0) {
        if (this.nodes >= this.maxNodes) return false;
        child = this.nodes++;
        this.grow();
        this.children[slot] = child;
      }
      node = child;
    }
    this.terminal[node] = id + 1;
    return true;
  }

  private findEnd(buf: Buffer, p: number, limit: number): number {
    for (let i = p; i < limit; i++) {
      const c = buf[i]!;
      if (c === QUOTE) {
        this.end = i;
        return UNKNOWN_NAME;
      }
      if (c === BACKSLASH || c < 0x20) return MALFORMED_NAME;
    }
    return MALFORMED_NAME;
  }

  private grow(): void {
    if (this.nodes <= this.terminal.length) return;
    const terminal = new Int32Array(this.terminal.length * 2);
    terminal.set(this.terminal);
    this.terminal = terminal;
    const children = new Int32Array(this.children.length * 2);
    children.set(this.children);
    this.children = children;
  }
}
