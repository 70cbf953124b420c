import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/engine/embedded/reachability.ts
import { connect } from "node:net";
async function assertReachable(baseUrl, timeoutMs = 3e3) {
  const url = new URL(baseUrl);
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const target = `${url.protocol}//${url.host}`;
  await new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`could not connect to ${target}: no answer within ${timeoutMs / 1e3} s`));
    }, timeoutMs);
    socket.once("connect", () => {
      clearTimeout(timer);
      socket.end();
      resolve();
    });
    socket.once("error", (err) => {
      clearTimeout(timer);
      reject(new Error(`could not connect to ${target}: ${err.code ?? err.message}`));
    });
  });
}

export {
  assertReachable
};
