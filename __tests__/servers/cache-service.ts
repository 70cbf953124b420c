/**
 * A loopback stand-in for the GitHub Actions cache service v2, complete enough for the real `@actions/cache`
 * (v6) to save and restore through it unchanged:
 *
 * - Twirp JSON RPCs under `/twirp/github.actions.results.api.v1.CacheService/`: `CreateCacheEntry`,
 *   `FinalizeCacheEntryUpload`, `GetCacheEntryDownloadURL` (proto field names, as the real service answers).
 * - Signed blob URLs on the same server, in the Azure "IP style" (`/<account>/<container>/<blob>?sig=…`) that
 *   `@azure/storage-blob`'s BlobClient parses for 127.0.0.1. Uploads: Put Blob, the single PUT the SDK sends
 *   for archives up to 128 MiB (`maxSingleShotSize` in @actions/cache); Put Block / Put Block List, used only
 *   above that, are refused. Downloads: plain GET (what `@actions/cache` uses for hosts other than
 *   *.blob.core.windows.net).
 *
 * Semantics kept from the real service: entries are keyed by key + version; a second CreateCacheEntry for
 * the same key + version is refused with twirp `already_exists` (HTTP 409); lookups try the key, then each
 * restore key, each first exactly and then as a prefix, the newest entry winning; a miss is `ok: false`.
 * Not modelled: cache scopes (branch isolation), eviction, size quotas.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';
const BLOB_ACCOUNT = 'loopbackaccount';
const BLOB_CONTAINER = 'actions-cache';

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  /** order of finalisation: larger is newer */
  sequence: number;
  finalized: boolean;
  sizeBytes?: number;
  blob?: Buffer;
}

/** Faults a test can switch on; each stays on until cleared. */
export interface CacheServiceFaults {
  /** answer every twirp call with this HTTP status and twirp error (e.g. 500 internal, 401 unauthenticated) */
  twirp?: { status: number; code: string; msg: string };
  /** answer blob downloads with this HTTP status, or serve bytes that are not the uploaded archive */
  download?: { status: number } | 'corrupt';
  /** answer blob uploads with this HTTP status (an Azure StorageError) */
  upload?: { status: number };
}

export interface RecordedRequest {
  method: string;
  /** path without the query string */
  path: string;
}

const TWIRP_STATUS: Record<string, number> = {
  already_exists: 409,
  not_found: 404,
  invalid_argument: 400,
  unauthenticated: 401,
  internal: 500,
};

class TwirpError extends Error {
  constructor(
    readonly code: keyof typeof TWIRP_STATUS,
    msg: string,
  ) {
    super(msg);
  }
}

export class LoopbackCacheService {
  readonly entries: CacheEntry[] = [];
  readonly requests: RecordedRequest[] = [];
  faults: CacheServiceFaults = {};
  private nextId = 1;
  private sequence = 0;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly token: string,
  ) {}

  static async start(): Promise<LoopbackCacheService> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    // The token only has to look like what the runner hands out; @actions/cache sends it as a bearer token
    // and never decodes it.
    const token = `loopback.${randomBytes(12).toString('hex')}.token`;
    const service = new LoopbackCacheService(server, `http://127.0.0.1:${port}/`, token);
    server.on('request', (req, res) => {
      service.handle(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
    return service;
  }

  /** The environment `@actions/cache` reads to find and authenticate to the service. */
  env(): Record<string, string> {
    return {
      ACTIONS_RESULTS_URL: this.url,
      ACTIONS_RUNTIME_TOKEN: this.token,
      ACTIONS_CACHE_SERVICE_V2: 'True',
    };
  }

  /** Stops listening: afterwards every connection is refused, as with a service that is down. */
  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Finalized entries, newest last. */
  finalizedEntries(): CacheEntry[] {
    return this.entries.filter((e) => e.finalized).sort((a, b) => a.sequence - b.sequence);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push({ method: req.method ?? '', path: url.pathname });
    const body = await readBody(req);
    if (url.pathname.startsWith(TWIRP_PREFIX)) {
      this.handleTwirp(req, res, url.pathname.slice(TWIRP_PREFIX.length), body);
      return;
    }
    if (url.pathname.startsWith(`/${BLOB_ACCOUNT}/${BLOB_CONTAINER}/`)) {
      this.handleBlob(req, res, url, body);
      return;
    }
    res.statusCode = 404;
    res.end(`no route for ${req.method} ${url.pathname}`);
  }

  // ---- twirp -------------------------------------------------------------------------------------------

  private handleTwirp(req: IncomingMessage, res: ServerResponse, method: string, body: Buffer): void {
    const reply = (status: number, json: unknown) => {
      res.statusCode = status;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(json));
    };
    if (this.faults.twirp !== undefined) {
      const { status, code, msg } = this.faults.twirp;
      reply(status, { code, msg });
      return;
    }
    try {
      if (req.method !== 'POST')
        throw new TwirpError('invalid_argument', `twirp calls are POSTs, got ${req.method}`);
      if (req.headers.authorization !== `Bearer ${this.token}`) {
        throw new TwirpError('unauthenticated', 'missing or wrong bearer token');
      }
      const request = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      switch (method) {
        case 'CreateCacheEntry':
          reply(200, this.createEntry(request));
          return;
        case 'FinalizeCacheEntryUpload':
          reply(200, this.finalizeEntry(request));
          return;
        case 'GetCacheEntryDownloadURL':
          reply(200, this.lookup(request));
          return;
        default:
          throw new TwirpError('not_found', `no such method ${method}`);
      }
    } catch (error) {
      if (error instanceof TwirpError) {
        reply(TWIRP_STATUS[error.code] ?? 500, { code: error.code, msg: error.message });
        return;
      }
      reply(400, { code: 'malformed', msg: String(error) });
    }
  }

  private createEntry(request: Record<string, unknown>): unknown {
    const key = requireString(request, 'key');
    const version = requireString(request, 'version');
    if (this.entries.some((e) => e.key === key && e.version === version)) {
      // The real service's answer, word for word, as @actions/cache users see it in their logs.
      throw new TwirpError(
        'already_exists',
        'cache entry with the same key, version, and scope already exists',
      );
    }
    const entry: CacheEntry = { id: this.nextId++, key, version, sequence: 0, finalized: false };
    this.entries.push(entry);
    return { ok: true, signed_upload_url: this.blobUrl(entry, 'w') };
  }

  private finalizeEntry(request: Record<string, unknown>): unknown {
    const key = requireString(request, 'key');
    const version = requireString(request, 'version');
    const sizeBytes = Number(requireString(request, 'size_bytes'));
    const entry = this.entries.find((e) => e.key === key && e.version === version && !e.finalized);
    if (entry === undefined) throw new TwirpError('not_found', `no pending cache entry for key ${key}`);
    if (entry.blob === undefined) return { ok: false, message: `nothing was uploaded for key ${key}` };
    if (entry.blob.length !== sizeBytes) {
      return { ok: false, message: `uploaded ${entry.blob.length} bytes, finalize says ${sizeBytes}` };
    }
    entry.finalized = true;
    entry.sizeBytes = sizeBytes;
    entry.sequence = ++this.sequence;
    return { ok: true, entry_id: String(entry.id) };
  }

  private lookup(request: Record<string, unknown>): unknown {
    const key = requireString(request, 'key');
    const version = requireString(request, 'version');
    const restoreKeys = Array.isArray(request.restore_keys) ? (request.restore_keys as string[]) : [];
    const candidates = this.finalizedEntries()
      .filter((e) => e.version === version)
      .reverse(); // newest first
    for (const wanted of [key, ...restoreKeys]) {
      const hit =
        candidates.find((e) => e.key === wanted) ?? candidates.find((e) => e.key.startsWith(wanted));
      if (hit !== undefined) {
        return { ok: true, signed_download_url: this.blobUrl(hit, 'r'), matched_key: hit.key };
      }
    }
    return { ok: false };
  }

  private blobUrl(entry: CacheEntry, permission: 'r' | 'w'): string {
    return `${this.url}${BLOB_ACCOUNT}/${BLOB_CONTAINER}/${entry.id}?sp=${permission}&sig=${signature(entry, permission, this.token)}`;
  }

  // ---- blob storage ------------------------------------------------------------------------------------

  private handleBlob(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): void {
    const id = Number(url.pathname.split('/').pop());
    const entry = this.entries.find((e) => e.id === id);
    const permission = req.method === 'GET' || req.method === 'HEAD' ? 'r' : 'w';
    if (entry === undefined || url.searchParams.get('sig') !== signature(entry, permission, this.token)) {
      storageError(res, 403, 'AuthenticationFailed', 'signature does not match');
      return;
    }
    if (permission === 'r') {
      this.download(res, entry);
      return;
    }
    if (req.method !== 'PUT') {
      storageError(res, 405, 'UnsupportedHttpVerb', `${req.method} is not supported`);
      return;
    }
    if (this.faults.upload !== undefined) {
      storageError(res, this.faults.upload.status, 'InternalError', 'injected upload fault');
      return;
    }
    if (entry.finalized) {
      storageError(res, 409, 'BlobImmutable', 'the cache entry is finalized');
      return;
    }
    const comp = url.searchParams.get('comp');
    if (comp !== null || req.headers['x-ms-blob-type'] !== 'BlockBlob') {
      storageError(res, 400, 'UnsupportedOperation', `only Put Blob is implemented, got comp=${comp}`);
      return;
    }
    entry.blob = body;
    res.statusCode = 201;
    res.setHeader('etag', `"0x${entry.id.toString(16)}"`);
    res.setHeader('last-modified', new Date().toUTCString());
    res.setHeader('x-ms-request-id', randomBytes(8).toString('hex'));
    res.setHeader('x-ms-version', String(req.headers['x-ms-version'] ?? '2025-01-05'));
    res.setHeader('x-ms-request-server-encrypted', 'true');
    res.end();
  }

  private download(res: ServerResponse, entry: CacheEntry): void {
    const fault = this.faults.download;
    if (fault !== undefined && fault !== 'corrupt') {
      storageError(res, fault.status, 'InternalError', 'injected download fault');
      return;
    }
    if (entry.blob === undefined) {
      storageError(res, 404, 'BlobNotFound', 'nothing was uploaded');
      return;
    }
    // A corrupt download keeps the length, so only the archive tools can tell.
    const bytes = fault === 'corrupt' ? Buffer.alloc(entry.blob.length, 0x5a) : entry.blob;
    res.statusCode = 200;
    res.setHeader('content-type', 'application/octet-stream');
    res.setHeader('content-length', bytes.length);
    res.end(bytes);
  }
}

function signature(entry: CacheEntry, permission: 'r' | 'w', token: string): string {
  return Buffer.from(`${token}:${entry.id}:${permission}`).toString('base64url');
}

function requireString(request: Record<string, unknown>, field: string): string {
  const value = request[field];
  if (typeof value !== 'string' || value === '') {
    throw new TwirpError('invalid_argument', `field ${field} is required`);
  }
  return value;
}

function storageError(res: ServerResponse, status: number, code: string, message: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/xml');
  res.setHeader('x-ms-error-code', code);
  res.end(
    `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
  );
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
