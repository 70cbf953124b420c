import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  RunFileError,
  unreadable
} from "./chunk-KXACUDTB.js";

// src/results/byte-order-mark.ts
var MARK = [239, 187, 191];
function skippingByteOrderMark(push) {
  let held = [];
  return {
    push(chunk) {
      if (held === void 0) return push(chunk);
      let i = 0;
      while (held.length + i < MARK.length && chunk[i] === MARK[held.length + i]) i++;
      if (held.length + i === MARK.length) {
        held = void 0;
        if (i < chunk.length) push(chunk.subarray(i));
        return;
      }
      if (i === chunk.length) {
        held.push(...chunk);
        return;
      }
      const text = held;
      held = void 0;
      if (text.length > 0) push(Buffer.from(text));
      push(chunk);
    },
    end() {
      if (held !== void 0 && held.length > 0) push(Buffer.from(held));
      held = void 0;
    }
  };
}
function withoutByteOrderMark(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}

// src/results/file-pump.ts
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
var DEFAULT_CHUNK = 1 << 20;
var GZIP_CHUNK = 1 << 20;
async function pumpFile(path, push, opts) {
  const text = skippingByteOrderMark(push);
  const bytes = await isGzip(path) ? await pumpGzip(path, text.push, opts) : await pumpPlain(path, text.push, opts);
  text.end();
  return bytes;
}
async function isGzip(path) {
  if (path.endsWith(".gz")) return true;
  const fh = await openOrExplain(path);
  try {
    const head = Buffer.alloc(2);
    await fh.read(head, 0, 2, 0).catch((err) => {
      throw unreadable(path, err);
    });
    return head[0] === 31 && head[1] === 139;
  } finally {
    await fh.close();
  }
}
async function pumpPlain(path, push, opts) {
  const size = opts.chunkSize ?? DEFAULT_CHUNK;
  const fh = await openOrExplain(path);
  let [current, next] = opts.buffers?.(size) ?? [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
  let position = 0;
  const read = (into) => fh.read(into, 0, size, position).catch((err) => {
    throw unreadable(path, err);
  });
  let pending = read(current);
  try {
    for (; ; ) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) return position;
      position += bytesRead;
      pending = read(next);
      push(current.subarray(0, bytesRead));
      [current, next] = [next, current];
    }
  } catch (err) {
    await pending.catch(() => void 0);
    throw err;
  } finally {
    await fh.close();
  }
}
async function pumpGzip(path, push, opts) {
  let bytes = 0;
  let parseError;
  const gunzip = createGunzip({
    chunkSize: GZIP_CHUNK,
    readableHighWaterMark: 4 * GZIP_CHUNK
  });
  try {
    await pipeline(createReadStream(path, { highWaterMark: GZIP_CHUNK }), gunzip, async (chunks) => {
      for await (const chunk of chunks) {
        bytes += chunk.length;
        try {
          push(chunk);
        } catch (err) {
          parseError = err;
          throw err;
        }
      }
    });
  } catch (err) {
    if (parseError !== void 0) throw parseError;
    const e = err;
    if (e.code === "Z_BUF_ERROR") {
      opts.onTruncatedGzip();
    } else if (e.syscall !== void 0) {
      throw unreadable(path, e);
    } else {
      throw new RunFileError(path, void 0, `not a readable gzip file: ${e.message}`);
    }
  }
  return bytes;
}
async function openOrExplain(path) {
  try {
    return await open(path, "r");
  } catch (err) {
    throw unreadable(path, err);
  }
}

// src/results/ascii.ts
var NEWLINE = 10;
var BANG = 33;
var QUOTE = 34;
var AMPERSAND = 38;
var APOSTROPHE = 39;
var PLUS = 43;
var MINUS = 45;
var DOT = 46;
var SLASH = 47;
var ZERO = 48;
var NINE = 57;
var LT = 60;
var EQUALS = 61;
var GT = 62;
var QUESTION = 63;
var BACKSLASH = 92;
var CLOSE_BRACE = 125;

// src/results/line-splitter.ts
var LineSplitter = class {
  onLine;
  lineRun;
  // Stryker disable next-line ArithmeticOperator: the first size only spares growing it; any size reads the same lines
  carry = Buffer.allocUnsafe(64 * 1024);
  carryLength = 0;
  /** number of the last line handed over */
  lineNo = 0;
  constructor(onLine, lineRun) {
    this.onLine = onLine;
    this.lineRun = lineRun;
  }
  /** Hands over every complete line of `chunk` (the chunk may be reused by the caller afterwards). */
  push(chunk) {
    const length = chunk.length;
    let pos = 0;
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
    for (; ; ) {
      if (lineRun !== void 0) pos = lineRun(chunk, pos, this);
      const nl = chunk.indexOf(NEWLINE, pos);
      if (nl === -1) break;
      onLine(chunk, pos, nl, ++this.lineNo);
      pos = nl + 1;
    }
    if (pos < length) this.appendCarry(chunk, pos, length);
  }
  /**
   * The last line when the input did not end with a newline (k6 killed mid-write, or simply no final `\n`),
   * or undefined. Call once after the last `push`.
   */
  unterminatedLine() {
    if (this.carryLength === 0) return void 0;
    const end = this.carryLength;
    this.carryLength = 0;
    return { buf: this.carry, start: 0, end, lineNo: ++this.lineNo };
  }
  appendCarry(chunk, start, end) {
    const needed = this.carryLength + (end - start);
    if (needed > this.carry.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, this.carry.length * 2));
      this.carry.copy(grown, 0, 0, this.carryLength);
      this.carry = grown;
    }
    chunk.copy(this.carry, this.carryLength, start, end);
    this.carryLength = needed;
  }
};

export {
  withoutByteOrderMark,
  pumpFile,
  BANG,
  QUOTE,
  AMPERSAND,
  APOSTROPHE,
  PLUS,
  MINUS,
  DOT,
  SLASH,
  ZERO,
  NINE,
  LT,
  EQUALS,
  GT,
  QUESTION,
  BACKSLASH,
  CLOSE_BRACE,
  LineSplitter
};
