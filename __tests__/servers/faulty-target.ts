/**
 * Targets that misbehave, on 127.0.0.1 and an ephemeral port: one that answers every request with a 500, one
 * that accepts connections and never answers, one that resets every connection as soon as a request arrives,
 * and one that answers `healthyRequests` requests and then dies (stops listening, drops its connections).
 */
import { createServer, type Server, type Socket } from 'node:net';

export type Fault = 'errors' | 'hang' | 'reset' | 'dies';

export interface FaultyTarget {
  url: string;
  /** requests seen (one per chunk of request bytes, which is one request for the engines' small GETs) */
  requests: number;
  close(): Promise<void>;
}

const OK = 'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}';
const ERROR = 'HTTP/1.1 500 Internal Server Error\r\ncontent-length: 5\r\n\r\nerror';

export async function startFaultyTarget(fault: Fault, healthyRequests = 50): Promise<FaultyTarget> {
  const sockets = new Set<Socket>();
  const target = { url: '', requests: 0, close: async () => {} };
  let server: Server;
  const die = () => {
    server.close();
    for (const s of sockets) s.destroy();
  };
  server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.on('data', () => {
      target.requests++;
      if (fault === 'errors') socket.write(ERROR);
      else if (fault === 'reset') socket.resetAndDestroy();
      else if (fault === 'dies') {
        if (target.requests <= healthyRequests) socket.write(OK);
        else die();
      }
      // 'hang': read the request, never answer
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  target.url = `http://127.0.0.1:${port}`;
  target.close = async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return target;
}
