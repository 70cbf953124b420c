import { NEWLINE } from './ascii.ts';

/**
 * Splits a stream of byte chunks into lines without copying them: each line is handed over as a range of the
 * chunk it sits in, found with the native `indexOf`. Only a line cut by a chunk boundary is copied, into a
 * carry buffer that is joined with the start of the next chunk.
 */

/** Receives the bytes `buf[start, end)` of line `lineNo` (1-based), without its `\n`. */
export type LineHandler = (buf: Buffer, start: number, end: number, lineNo: number) => void;

/**
 * Optionally reads whole lines of `chunk` from `pos` on by itself, in one pass over the bytes (for lines so
 * short that a native `indexOf` call per line costs more than reading them): adds one to `splitter.lineNo` per
 * line and returns where it stopped, at the start of a line it leaves to the `LineHandler` (or the carry).
 */
export type LineRun = (chunk: Buffer, pos: number, splitter: LineSplitter) => number;

export class LineSplitter {
  private readonly onLine: LineHandler;
  private readonly lineRun: LineRun | undefined;
  // Stryker disable next-line ArithmeticOperator: the first size only spares growing it; any size reads the same lines
  private carry: Buffer = Buffer.allocUnsafe(64 * 1024);
  private carryLength = 0;
  /** number of the last line handed over */
  lineNo = 0;

  constructor(onLine: LineHandler, lineRun?: LineRun) {
    this.onLine = onLine;
    this.lineRun = lineRun;
  }

  /** Hands over every complete line of `chunk` (the chunk may be reused by the caller afterwards). */
  push(chunk: Buffer): void {
    const length = chunk.length;
    let pos = 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: taken with nothing carried (`true`, `>= 0`), the first line is handed from the carry, the same bytes
    if (this.carryLength > 0) {
      const nl = chunk.indexOf(NEWLINE);
      if (nl === -1) {
        this.appendCarry(chunk, 0, length);
        return;
      }
      this.appendCarry(chunk, 0, nl);
      const joinedLength = this.carryLength;
      this.carryLength = 0;
      this.onLine(this.carry, 0, joinedLength, ++this.lineNo);
      pos = nl + 1;
    }
    const onLine = this.onLine;
    const lineRun = this.lineRun;
    for (;;) {
      if (lineRun !== undefined) pos = lineRun(chunk, pos, this);
      const nl = chunk.indexOf(NEWLINE, pos);
      if (nl === -1) break;
      onLine(chunk, pos, nl, ++this.lineNo);
      pos = nl + 1;
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: taken at pos = length (`true`, `<=`), it carries nothing
    if (pos < length) this.appendCarry(chunk, pos, length);
  }

  /**
   * The last line when the input did not end with a newline (k6 killed mid-write, or simply no final `\n`),
   * or undefined. Call once after the last `push`.
   */
  unterminatedLine(): { buf: Buffer; start: number; end: number; lineNo: number } | undefined {
    if (this.carryLength === 0) return undefined;
    const end = this.carryLength;
    this.carryLength = 0;
    return { buf: this.carry, start: 0, end, lineNo: ++this.lineNo };
  }

  private appendCarry(chunk: Buffer, start: number, end: number): void {
    const needed = this.carryLength + (end - start);
    // Stryker disable next-line EqualityOperator: growing a buffer that is exactly full as well changes no line
    if (needed > this.carry.length) {
      // Stryker disable next-line ArithmeticOperator: doubling only spares growing again; growing to just what is needed reads the same lines
      const grown = Buffer.allocUnsafe(Math.max(needed, this.carry.length * 2));
      this.carry.copy(grown, 0, 0, this.carryLength);
      this.carry = grown;
    }
    chunk.copy(this.carry, this.carryLength, start, end);
    this.carryLength = needed;
  }
}
