import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createTcpServer, type Socket, type Server as TcpServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeRequest, Http1Connection, originOf } from '../../src/engine/embedded/http1.ts';

const servers: (Server | TcpServer)[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function listen<T extends Server | TcpServer>(server: T): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

type Outcome = { status: number } | { error: string };

function send(connection: Http1Connection, bytes: ReturnType<typeof encodeRequest>): Promise<Outcome> {
  return new Promise((resolve) =>
    connection.send(bytes, {
      onComplete: (status) => resolve({ status }),
      onError: (error) => resolve({ error: (error as NodeJS.ErrnoException).code ?? error.message }),
    }),
  );
}

/** A raw TCP server that answers every request with `reply(requestText)` written as the given pieces. */
async function rawServer(reply: (request: string, socket: Socket) => void): Promise<string> {
  return listen(
    createTcpServer((socket) => {
      socket.on('data', (data) => reply(data.toString('latin1'), socket));
      socket.on('error', () => {});
    }),
  );
}

describe('the load generator HTTP/1.1 connection', () => {
  it('sends method, path, headers and body as written, and reads Content-Length, chunked and empty bodies', async () => {
    const seen: { method?: string; url?: string; body: string; type?: string }[] = [];
    const url = await listen(
      createHttpServer((req, res) => {
        let body = '';
        req
          .on('data', (d) => (body += d))
          .on('end', () => {
            seen.push({ method: req.method, url: req.url, body, type: req.headers['content-type'] });
            if (req.url === '/chunked') {
              res.write('a'.repeat(5000));
              setTimeout(() => res.end('tail'), 5);
            } else if (req.url === '/empty') {
              res.writeHead(204).end();
            } else {
              res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'text/plain' }).end('hello');
            }
          });
      }),
    );
    const origin = originOf(url);
    const connection = new Http1Connection(origin, 2000);
    const post = encodeRequest(origin, {
      method: 'POST',
      path: '/orders?x=1',
      headers: { 'content-type': 'application/json' },
      body: '{"item":"é"}',
    });
    expect(await send(connection, post)).toEqual({ status: 201 });
    expect(await send(connection, encodeRequest(origin, { method: 'GET', path: '/chunked' }))).toEqual({
      status: 200,
    });
    expect(await send(connection, encodeRequest(origin, { method: 'GET', path: '/empty' }))).toEqual({
      status: 204,
    });
    expect(await send(connection, encodeRequest(origin, { method: 'HEAD', path: '/x' }))).toEqual({
      status: 200,
    });
    expect(seen).toEqual([
      { method: 'POST', url: '/orders?x=1', body: '{"item":"é"}', type: 'application/json' },
      { method: 'GET', url: '/chunked', body: '', type: undefined },
      { method: 'GET', url: '/empty', body: '', type: undefined },
      { method: 'HEAD', url: '/x', body: '', type: undefined },
    ]);
    connection.close();
  });

  it('keeps one connection alive across requests, and opens a new one after the server said close', async () => {
    const sockets = new Set<unknown>();
    const url = await listen(
      createHttpServer((req, res) => {
        sockets.add(req.socket);
        if (req.url === '/bye') res.setHeader('connection', 'close');
        res.end('ok');
      }),
    );
    const origin = originOf(url);
    const connection = new Http1Connection(origin, 2000);
    for (const path of ['/a', '/b', '/bye', '/c', '/d']) {
      expect(await send(connection, encodeRequest(origin, { method: 'GET', path }))).toEqual({ status: 200 });
    }
    expect(sockets.size).toBe(2);
    connection.close();
  });

  it('reads responses split at every byte, 1xx responses before the final one, and bodies that end at close', async () => {
    const chunked =
      'HTTP/1.1 103 Early Hints\r\nlink: </a.css>\r\n\r\n' +
      'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\nx-trailer: 1\r\n\r\n';
    const url = await rawServer((request, socket) => {
      if (request.startsWith('GET /bytes')) {
        // one byte per write, with a pause, so the client sees every possible split
        let i = 0;
        const next = () => {
          if (i < chunked.length) socket.write(chunked[i++] as string, 'latin1', () => setImmediate(next));
        };
        next();
      } else {
        socket.end('HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\n\r\nuntil the end');
      }
    });
    const origin = originOf(url);
    const connection = new Http1Connection(origin, 2000);
    expect(await send(connection, encodeRequest(origin, { method: 'GET', path: '/bytes' }))).toEqual({
      status: 200,
    });
    expect(await send(connection, encodeRequest(origin, { method: 'GET', path: '/close' }))).toEqual({
      status: 200,
    });
    // the connection was closed by the server: the next request opens another
    expect(await send(connection, encodeRequest(origin, { method: 'GET', path: '/bytes' }))).toEqual({
      status: 200,
    });
    connection.close();
  });

  it('fails a request with a code on garbage, a bad chunk size, on a reset, on a short body and when nothing listens', async () => {
    const url = await rawServer((request, socket) => {
      if (request.startsWith('GET /garbage')) socket.write('SSH-2.0-OpenSSH\r\n\r\n');
      else if (request.startsWith('GET /bad-chunk'))
        socket.write('HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n');
      else if (request.startsWith('GET /odd-names'))
        socket.write('HTTP/1.1 200 OK\r\nx-note: a:b\r\n CONTENT-Length : 3\r\n\r\nabc');
      else if (request.startsWith('GET /reset')) socket.resetAndDestroy();
      else socket.end('HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\nonly this');
    });
    const origin = originOf(url);
    const connection = new Http1Connection(origin, 2000);
    const get = (path: string) => send(connection, encodeRequest(origin, { method: 'GET', path }));
    // header names in any case, with spaces around them; another header's value may hold a colon
    expect(await get('/odd-names')).toEqual({ status: 200 });
    expect(await get('/garbage')).toEqual({ error: 'HTTP_PARSE_ERROR' });
    expect(await get('/bad-chunk')).toEqual({ error: 'HTTP_PARSE_ERROR' });
    expect(await get('/reset')).toEqual({ error: 'ECONNRESET' });
    expect(await get('/short')).toEqual({ error: 'ECONNRESET' });
    connection.close();

    const closed = createTcpServer();
    const deadUrl = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    servers.splice(servers.indexOf(closed), 1);
    const dead = originOf(deadUrl);
    const refused = new Http1Connection(dead, 2000);
    expect(await send(refused, encodeRequest(dead, { method: 'GET', path: '/' }))).toEqual({
      error: 'ECONNREFUSED',
    });
  });

  it('speaks TLS to an https origin (node:tls loaded on first use): a server that does not fails the request', async () => {
    const firstBytes: number[] = [];
    const url = await rawServer((request, socket) => {
      firstBytes.push(request.charCodeAt(0));
      socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    });
    const origin = originOf(url.replace('http:', 'https:'));
    const connection = new Http1Connection(origin, 2000);
    const outcome = await send(connection, encodeRequest(origin, { method: 'GET', path: '/' }));
    connection.close();
    expect(firstBytes[0]).toBe(0x16); // a TLS handshake record (ClientHello), not the request's bytes
    expect(outcome).toHaveProperty('error');
  });
  it('an abort from the caller fails the request in flight with the given error and drops the socket', async () => {
    const url = await rawServer(() => {
      // never answers
    });
    const origin = originOf(url);
    const connection = new Http1Connection(origin, 2000);
    const outcome = send(connection, encodeRequest(origin, { method: 'GET', path: '/' }));
    setTimeout(() => connection.abort(Object.assign(new Error('too slow'), { code: 'TIMEOUT' })), 20);
    expect(await outcome).toEqual({ error: 'TIMEOUT' });
    connection.close();
  });

  it('refuses what it cannot send: other schemes and header values with line breaks', () => {
    expect(() => originOf('ftp://127.0.0.1/')).toThrow('the embedded engine speaks http: and https: only');
    const origin = originOf('http://127.0.0.1:8080');
    expect(() =>
      encodeRequest(origin, { method: 'GET', path: '/', headers: { x: 'a\r\nhost: evil' } }),
    ).toThrow('a line break cannot be sent in an HTTP header');
    expect(
      encodeRequest(origin, {
        method: 'GET',
        path: '/p',
        headers: { Host: 'other', 'x-id': '7' },
      }).bytes.toString(),
    ).toBe('GET /p HTTP/1.1\r\nhost: 127.0.0.1:8080\r\nx-id: 7\r\n\r\n');
  });
});
