import { createRequire } from 'node:module';
import { type Socket, connect as tcpConnect } from 'node:net';
import type * as Tls from 'node:tls';

/**
 * A minimal HTTP/1.1 client connection for the load generator: one request at a time on one kept-alive
 * socket, each request's bytes encoded once up front.
 *
 * Why not undici: on a 2-core runner the generator shares the CPU with the service it measures, so every
 * CPU-second it spends is noise in the measurement. undici's dispatch path (header objects, its wasm parser,
 * string writes) cost about 200 µs of CPU per request here against about 115 µs for this client at 1000
 * requests/s (npm run bench:generator). The generator needs only a narrow subset of HTTP/1.1: requests it
 * wrote itself, responses read for their status and framing (Content-Length, chunked, or until close), no
 * pipelining, no upgrades.
 */

export interface Origin {
  protocol: 'http:' | 'https:';
  host: string;
  port: number;
  /** the Host header: host[:port] as the URL wrote it */
  authority: string;
}

export interface EncodedRequest {
  bytes: Buffer;
  /** HEAD: the response has headers only */
  head: boolean;
}

export interface ResponseHandler {
  onComplete(status: number): void;
  onError(error: Error): void;
}

export function originOf(baseUrl: string): Origin {
  const url = new URL(baseUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${baseUrl}: the embedded engine speaks http: and https: only`);
  }
  return {
    protocol: url.protocol,
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
    authority: url.host,
  };
}

/** The request's bytes, written once per request as they are. */
export function encodeRequest(
  origin: Origin,
  request: { method: string; path: string; headers?: Record<string, string>; body?: string },
): EncodedRequest {
  const headers: [string, string][] = [['host', origin.authority]];
  let hasLength = false;
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'host' || lower === 'connection' || lower === 'transfer-encoding') continue;
    if (/[\r\n]/.test(name) || /[\r\n]/.test(value)) {
      throw new Error(`header ${JSON.stringify(name)}: a line break cannot be sent in an HTTP header`);
    }
    if (lower === 'content-length') hasLength = true;
    headers.push([name, value]);
  }
  const body = request.body === undefined ? undefined : Buffer.from(request.body, 'utf8');
  if (body !== undefined && !hasLength) headers.push(['content-length', String(body.length)]);
  const head = `${request.method} ${request.path} HTTP/1.1\r\n${headers.map(([n, v]) => `${n}: ${v}\r\n`).join('')}\r\n`;
  const headBytes = Buffer.from(head, 'latin1');
  return {
    bytes: body === undefined ? headBytes : Buffer.concat([headBytes, body]),
    head: request.method === 'HEAD',
  };
}

/**
 * node:tls, loaded by the first https connection: loading it costs every run start-up CPU (the generator's
 * CPU is measured whole), and most targets in CI are plain http on loopback.
 */
let tls: typeof Tls | undefined;
const requireBuiltin = createRequire(import.meta.url);

/** Errors carry a code, as Node's socket errors do, so the generator can count them by kind. */
function protocolError(message: string): Error {
  return Object.assign(new Error(message), { code: 'HTTP_PARSE_ERROR' });
}

const HEADER_END = Buffer.from('\r\n\r\n');
const CRLF = Buffer.from('\r\n');
const HTTP1 = Buffer.from('HTTP/1.');
/** the longest response head accepted (Node's own server limit is 16 KiB) */
const MAX_HEAD_BYTES = 64 * 1024;
/**
 * Plain-TCP sockets read into this one buffer (net's `onread`) instead of a fresh Buffer per read pushed
 * through a Readable stream: every read is parsed synchronously, and the rare partial head or chunk-size line
 * kept for the next read is copied out.
 */
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);

/** The response headers the client acts on, by lower-case name. */
const FRAMING_HEADERS = ['content-length', 'transfer-encoding', 'connection', 'keep-alive'] as const;
type FramingHeader = (typeof FRAMING_HEADERS)[number];
const FRAMING_BYTES = FRAMING_HEADERS.map((name) => Buffer.from(name, 'latin1'));

/** Whitespace as String.prototype.trim sees it in a latin1 string. */
const isSpace = (b: number) => b === 0x20 || (b >= 0x09 && b <= 0x0d) || b === 0xa0;
const lower = (b: number) => (b >= 0x41 && b <= 0x5a ? b + 0x20 : b);

/** The framing header named by data[from, to) (case-insensitive), or undefined for any other name. */
function framingHeader(data: Buffer, from: number, to: number): FramingHeader | undefined {
  for (let h = 0; h < FRAMING_BYTES.length; h++) {
    const name = FRAMING_BYTES[h] as Buffer;
    if (name.length !== to - from) continue;
    let i = 0;
    while (i < name.length && lower(data[from + i] as number) === name[i]) i++;
    if (i === name.length) return FRAMING_HEADERS[h];
  }
  return undefined;
}

type BodyState =
  | { kind: 'length'; remaining: number }
  | { kind: 'chunked'; phase: 'size' | 'data' | 'data-end' | 'trailer'; remaining: number }
  | { kind: 'until-close' };

/** One kept-alive connection; reconnects when the server closed it (or said it would). */
export class Http1Connection {
  private socket: Socket | undefined;
  private handler: ResponseHandler | undefined;
  private head: EncodedRequest | undefined;
  private pending: Buffer | undefined;
  private status = 0;
  private body: BodyState | undefined;
  /** reused across responses: a `length` or `chunked` body state is reset, not reallocated */
  private readonly lengthBody = { kind: 'length' as const, remaining: 0 };
  private readonly chunkedBody = {
    kind: 'chunked' as const,
    phase: 'size' as 'size' | 'data' | 'data-end' | 'trailer',
    remaining: 0,
  };
  private closeAfter = false;
  /** performance.now() after which a kept-alive socket is not reused (the server's Keep-Alive timeout) */
  private reuseUntil = Number.POSITIVE_INFINITY;
  /** the last Keep-Alive header value seen and the timeout it gave (ms), so a repeated value is not re-parsed */
  private keepAliveValue = '';
  private keepAliveMs = Number.NaN;

  constructor(
    private readonly origin: Origin,
    private readonly connectTimeoutMs: number,
  ) {}

  send(request: EncodedRequest, handler: ResponseHandler): void {
    if (this.socket !== undefined && performance.now() > this.reuseUntil) this.drop();
    const socket = this.socket ?? this.open();
    this.handler = handler;
    this.head = request;
    this.pending = undefined;
    this.status = 0;
    this.body = undefined;
    this.closeAfter = false;
    socket.write(request.bytes);
  }

  /** Fails the request in flight (if any) with `error` and drops the socket. */
  abort(error: Error): void {
    if (this.handler !== undefined) this.fail(error);
  }

  close(): void {
    this.drop();
  }

  private open(): Socket {
    const { host, port } = this.origin;
    let socket: Socket;
    if (this.origin.protocol === 'https:') {
      tls ??= requireBuiltin('node:tls') as typeof Tls;
      socket = tls.connect({
        host,
        port,
        servername: host === '' || /^[\d.:]+$/.test(host) ? undefined : host,
      });
      socket.on('data', (chunk: Buffer) => {
        if (this.socket === socket) this.read(chunk);
      });
    } else {
      socket = tcpConnect({
        host,
        port,
        onread: {
          buffer: READ_BUFFER,
          callback: (bytes: number, buffer: Uint8Array) => {
            if (this.socket === socket) this.read((buffer as Buffer).subarray(0, bytes));
            return true;
          },
        },
      });
    }
    socket.setNoDelay(true);
    const connectTimer = setTimeout(() => {
      if (this.socket === socket) {
        this.fail(
          Object.assign(new Error(`no connection within ${this.connectTimeoutMs} ms`), { code: 'TIMEOUT' }),
        );
      }
    }, this.connectTimeoutMs);
    socket.once(this.origin.protocol === 'https:' ? 'secureConnect' : 'connect', () =>
      clearTimeout(connectTimer),
    );
    socket.on('error', (error) => {
      clearTimeout(connectTimer);
      if (this.socket === socket) this.fail(error);
    });
    socket.on('close', () => {
      clearTimeout(connectTimer);
      if (this.socket !== socket) return;
      this.socket = undefined;
      if (this.handler === undefined) return;
      if (this.body?.kind === 'until-close') this.complete();
      else
        this.fail(
          Object.assign(new Error('the server closed the connection mid-response'), { code: 'ECONNRESET' }),
        );
    });
    this.socket = socket;
    this.reuseUntil = Number.POSITIVE_INFINITY;
    return socket;
  }

  private drop(): void {
    const socket = this.socket;
    this.socket = undefined;
    socket?.destroy();
  }

  private fail(error: Error): void {
    const handler = this.handler;
    this.handler = undefined;
    this.drop();
    handler?.onError(error);
  }

  private complete(): void {
    const handler = this.handler;
    const status = this.status;
    this.handler = undefined;
    if (this.closeAfter) this.drop();
    handler?.onComplete(status);
  }

  /** Keeps the unparsed tail of a read for the next one: a copy, since `data` may be the shared read buffer. */
  private keep(data: Buffer): void {
    this.pending = Buffer.from(data);
  }

  private read(chunk: Buffer): void {
    if (this.handler === undefined) {
      // bytes nobody asked for: the connection's framing is lost
      this.drop();
      return;
    }
    let data = chunk;
    if (this.body === undefined) {
      data = this.pending === undefined ? chunk : Buffer.concat([this.pending, chunk]);
      const end = data.indexOf(HEADER_END);
      if (end === -1) {
        if (data.length > MAX_HEAD_BYTES) this.fail(protocolError('response head over 64 KiB'));
        else this.keep(data);
        return;
      }
      this.pending = undefined;
      if (!this.readHead(data, end)) return;
      data = data.subarray(end + HEADER_END.length);
      if (this.body === undefined) {
        // an informational (1xx) response: the final one follows
        if (data.length > 0) this.read(data);
        return;
      }
    }
    this.readBody(data);
  }

  /** Parses the response head data[0, end); false when the request failed on it. */
  private readHead(data: Buffer, end: number): boolean {
    // the status line, HTTP/1.x NNN: up to the first CRLF, which is at `end` at the latest
    const firstLineEnd = data.indexOf(CRLF);
    const minor = data[7];
    if (
      firstLineEnd < 12 ||
      data.compare(HTTP1, 0, HTTP1.length, 0, HTTP1.length) !== 0 ||
      (minor !== 0x30 && minor !== 0x31) ||
      data[8] !== 0x20 ||
      !isDigit(data[9]) ||
      !isDigit(data[10]) ||
      !isDigit(data[11])
    ) {
      const line = data.toString('latin1', 0, firstLineEnd);
      this.fail(protocolError(`not an HTTP/1.x response: ${JSON.stringify(line.slice(0, 60))}`));
      return false;
    }
    const status =
      ((data[9] as number) - 0x30) * 100 + ((data[10] as number) - 0x30) * 10 + (data[11] as number) - 0x30;
    if (status >= 100 && status < 200 && status !== 101) return true;
    let length: number | undefined;
    let chunked = false;
    let keepAlive = minor === 0x31;
    // header lines: from after the status line's CRLF to `end`
    for (let from = firstLineEnd + 2; from < end; ) {
      const to = Math.min(data.indexOf(CRLF, from), end);
      const colon = data.indexOf(0x3a, from);
      if (colon > from && colon < to) {
        let nameFrom = from;
        let nameTo = colon;
        while (nameFrom < nameTo && isSpace(data[nameFrom] as number)) nameFrom++;
        while (nameTo > nameFrom && isSpace(data[nameTo - 1] as number)) nameTo--;
        const name = framingHeader(data, nameFrom, nameTo);
        if (name !== undefined) {
          const value = data.toString('latin1', colon + 1, to).trim();
          if (name === 'content-length') length = Number(value);
          else if (name === 'transfer-encoding') chunked = /(?:^|,)\s*chunked\s*$/i.test(value);
          else if (name === 'connection')
            keepAlive = !/close/i.test(value) && (keepAlive || /keep-alive/i.test(value));
          else this.keepAliveFor(value);
        }
      }
      from = to + 2;
    }
    this.status = status;
    this.closeAfter = !keepAlive;
    if (this.head?.head || status === 204 || status === 304 || status === 101) {
      this.body = this.lengthBody;
      this.lengthBody.remaining = 0;
    } else if (chunked) {
      this.body = this.chunkedBody;
      this.chunkedBody.phase = 'size';
      this.chunkedBody.remaining = 0;
    } else if (length !== undefined) {
      if (!Number.isSafeInteger(length) || length < 0) {
        this.fail(protocolError(`bad content-length in the response`));
        return false;
      }
      this.body = this.lengthBody;
      this.lengthBody.remaining = length;
    } else {
      this.body = { kind: 'until-close' };
      this.closeAfter = true;
    }
    return true;
  }

  /** A Keep-Alive header: like undici, stop reusing the socket a second before the server's idle timeout. */
  private keepAliveFor(value: string): void {
    if (value !== this.keepAliveValue) {
      this.keepAliveValue = value;
      const timeout = /timeout=(\d+)/i.exec(value);
      this.keepAliveMs = timeout ? Math.max(0, Number(timeout[1]) - 1) * 1000 : Number.NaN;
    }
    if (!Number.isNaN(this.keepAliveMs)) this.reuseUntil = performance.now() + this.keepAliveMs;
  }

  private readBody(data: Buffer): void {
    const body = this.body as BodyState;
    if (body.kind === 'until-close') return;
    if (body.kind === 'length') {
      body.remaining -= data.length;
      if (body.remaining === 0) this.complete();
      else if (body.remaining < 0) this.fail(protocolError('the response is longer than its content-length'));
      return;
    }
    this.readChunked(body, data);
  }

  private readChunked(body: Extract<BodyState, { kind: 'chunked' }>, chunk: Buffer): void {
    let data = this.pending === undefined ? chunk : Buffer.concat([this.pending, chunk]);
    this.pending = undefined;
    while (data.length > 0) {
      if (body.phase === 'data') {
        const take = Math.min(body.remaining, data.length);
        body.remaining -= take;
        data = data.subarray(take);
        if (body.remaining === 0) body.phase = 'data-end';
        continue;
      }
      const eol = data.indexOf(CRLF);
      if (eol === -1) {
        if (data.length > MAX_HEAD_BYTES) this.fail(protocolError('chunk header over 64 KiB'));
        else this.keep(data);
        return;
      }
      const empty = eol === 0;
      const line = data;
      data = data.subarray(eol + 2);
      if (body.phase === 'data-end') {
        if (!empty) {
          this.fail(protocolError('a chunk is longer than its size'));
          return;
        }
        body.phase = 'size';
      } else if (body.phase === 'size') {
        const size = chunkSize(line, eol);
        if (size === undefined) {
          this.fail(
            protocolError(`bad chunk size ${JSON.stringify(line.toString('latin1', 0, Math.min(eol, 20)))}`),
          );
          return;
        }
        if (size === 0) body.phase = 'trailer';
        else {
          body.phase = 'data';
          body.remaining = size;
        }
      } else if (empty) {
        // the empty line after the last chunk's trailers ends the response
        if (data.length > 0) this.fail(protocolError('bytes after the end of the response'));
        else this.complete();
        return;
      }
    }
  }
}

const isDigit = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x39;

const hexDigit = (b: number): number =>
  b >= 0x30 && b <= 0x39
    ? b - 0x30
    : b >= 0x61 && b <= 0x66
      ? b - 0x57
      : b >= 0x41 && b <= 0x46
        ? b - 0x37
        : -1;

/** A chunk-size line data[0, eol): hex digits, then anything (chunk extensions); undefined when it is not one. */
function chunkSize(data: Buffer, eol: number): number | undefined {
  let size = 0;
  let i = 0;
  for (; i < eol; i++) {
    const digit = hexDigit(data[i] as number);
    if (digit === -1) break;
    size = size * 16 + digit;
  }
  return i === 0 || !Number.isSafeInteger(size) ? undefined : size;
}
