import { connect } from 'node:net';

/**
 * Opens (and closes) one TCP connection to the target before any load, so a target that is down gives a clear
 * error at once instead of a run full of failures or a hang.
 */
export async function assertReachable(baseUrl: string, timeoutMs = 3_000): Promise<void> {
  const url = new URL(baseUrl);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const target = `${url.protocol}//${url.host}`;
  await new Promise<void>((resolve, reject) => {
    const socket = connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`could not connect to ${target}: no answer within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.end();
      resolve();
    });
    socket.once('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new Error(`could not connect to ${target}: ${err.code ?? err.message}`));
    });
  });
}
