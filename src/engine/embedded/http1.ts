import { type Socket, connect as tcpConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';

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
  /** called when the request is sent, with a function that aborts it (its error goes to onError) */
  onSent(abort: (error: Error) => void): void;
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

/** Errors carry a code, as Node's socket errors do, so the generator can count them by kind. */
function protocolError(message: string): Error {
  return Object.assign(new Error(message), { code: 'HTTP_PARSE_ERROR' });
}

const HEADER_END = Buffer.from('\r\n\r\n');
const CRLF = Buffer.from('\r\n');
/** the longest response head accepted (Node's own server limit is 16 KiB) */
const MAX_HEAD_BYTES = 64 * 1024;

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
  private closeAfter = false;
  /** performance.now() after which a kept-alive socket is not reused (the server's Keep-Alive timeout) */
  private reuseUntil = Number.POSITIVE_INFINITY;

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
    handler.onSent((error) => this.fail(error));
    socket.write(request.bytes);
  }

  close(): void {
    this.drop();
  }

  private open(): Socket {
    const { host, port } = this.origin;
    const socket =
      this.origin.protocol === 'https:'
        ? tlsConnect({ host, port, servername: host === '' || /^[\d.:]+$/.test(host) ? undefined : host })
        : tcpConnect({ host, port });
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
    socket.on('data', (chunk: Buffer) => {
      if (this.socket === socket) this.read(chunk);
    });
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
        else this.pending = data;
        return;
      }
      this.pending = undefined;
      if (!this.readHead(data.toString('latin1', 0, end))) return;
      data = data.subarray(end + HEADER_END.length);
      if (this.body === undefined) {
        // an informational (1xx) response: the final one follows
        if (data.length > 0) this.read(data);
        return;
      }
    }
    this.readBody(data);
  }

  /** Parses a response head; false when the request failed on it. */
  private readHead(head: string): boolean {
    const lines = head.split('\r\n');
    const statusLine = /^HTTP\/1\.([01]) (\d{3})/.exec(lines[0] ?? '');
    if (statusLine === null) {
      this.fail(protocolError(`not an HTTP/1.x response: ${JSON.stringify((lines[0] ?? '').slice(0, 60))}`));
      return false;
    }
    const status = Number(statusLine[2]);
    if (status >= 100 && status < 200 && status !== 101) return true;
    let length: number | undefined;
    let chunked = false;
    let keepAlive = statusLine[1] === '1';
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i] as string;
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name === 'content-length') length = Number(value);
      else if (name === 'transfer-encoding') chunked = /(?:^|,)\s*chunked\s*$/i.test(value);
      else if (name === 'connection')
        keepAlive = !/close/i.test(value) && (keepAlive || /keep-alive/i.test(value));
      else if (name === 'keep-alive') {
        const timeout = /timeout=(\d+)/i.exec(value);
        // like undici: stop reusing the socket a second before the server's idle timeout closes it
        if (timeout) this.reuseUntil = performance.now() + Math.max(0, Number(timeout[1]) - 1) * 1000;
      }
    }
    this.status = status;
    this.closeAfter = !keepAlive;
    if (this.head?.head || status === 204 || status === 304 || status === 101) {
      this.body = { kind: 'length', remaining: 0 };
    } else if (chunked) {
      this.body = { kind: 'chunked', phase: 'size', remaining: 0 };
    } else if (length !== undefined) {
      if (!Number.isSafeInteger(length) || length < 0) {
        this.fail(protocolError(`bad content-length in the response`));
        return false;
      }
      this.body = { kind: 'length', remaining: length };
    } else {
      this.body = { kind: 'until-close' };
      this.closeAfter = true;
    }
    return true;
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
        else this.pending = data;
        return;
      }
      const line = data.toString('latin1', 0, eol);
      data = data.subarray(eol + CRLF.length);
      if (body.phase === 'data-end') {
        if (line !== '') {
          this.fail(protocolError('a chunk is longer than its size'));
          return;
        }
        body.phase = 'size';
      } else if (body.phase === 'size') {
        const size = Number.parseInt(line, 16);
        if (!/^[0-9a-fA-F]+/.test(line) || !Number.isSafeInteger(size)) {
          this.fail(protocolError(`bad chunk size ${JSON.stringify(line.slice(0, 20))}`));
          return;
        }
        if (size === 0) body.phase = 'trailer';
        else {
          body.phase = 'data';
          body.remaining = size;
        }
      } else if (line === '') {
        // the empty line after the last chunk's trailers ends the response
        if (data.length > 0) this.fail(protocolError('bytes after the end of the response'));
        else this.complete();
        return;
      }
    }
  }
}
