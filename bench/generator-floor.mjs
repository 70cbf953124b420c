// The floor row of `npm run bench:generator`: the least a Node process can do to generate the same load as
// `perf-gate run` there (open model, iterations of GET /users then GET /orders on one kept-alive connection,
// started on whole-millisecond timer ticks), with nothing else: no scenario file, no validation, no
// recording, no results file, no HTTP parsing beyond finding the end of the example service's chunked
// responses. Plain JavaScript run by node itself, so the floor pays no loader's start-up.
//   node bench/generator-floor.mjs URL RATE SECONDS  →  prints {"requests": N}
import { connect } from 'node:net';

const [url, rateText, secondsText] = process.argv.slice(2);
const { hostname, port } = new URL(url);
const iterationsPerSecond = Number(rateText) / 2;
const endAt = performance.now() + Number(secondsText) * 1000;
const requests = ['/users', '/orders'].map((path) =>
  Buffer.from(`GET ${path} HTTP/1.1\r\nhost: ${hostname}:${port}\r\n\r\n`, 'latin1'),
);
// the example service answers chunked: a response ends with the last chunk's CRLF 0 CRLF CRLF
const END = Buffer.from('\r\n0\r\n\r\n', 'latin1');
const free = [];
let completed = 0;
let inFlight = 0;
let schedulingDone = false;

function finishIfDone() {
  if (schedulingDone && inFlight === 0) {
    for (const c of free) c.socket.destroy();
    process.stdout.write(`${JSON.stringify({ requests: completed })}\n`);
  }
}

function openConnection() {
  const buffer = Buffer.allocUnsafe(64 * 1024);
  const connection = { step: 0, socket: undefined };
  connection.socket = connect({
    host: hostname,
    port: Number(port),
    onread: {
      buffer,
      callback: (bytes) => {
        if (bytes < END.length || buffer.compare(END, 0, END.length, bytes - END.length, bytes) !== 0)
          return true;
        completed++;
        if (++connection.step < requests.length) {
          connection.socket.write(requests[connection.step]);
        } else {
          inFlight--;
          free.push(connection);
          finishIfDone();
        }
        return true;
      },
    },
  });
  connection.socket.setNoDelay(true);
  return connection;
}

const start = performance.now();
let k = 0;
function tick() {
  const now = performance.now();
  for (let due = start + (k * 1000) / iterationsPerSecond; due <= now && due < endAt; ) {
    const connection = free.pop() ?? openConnection();
    connection.step = 0;
    inFlight++;
    connection.socket.write(requests[0]);
    due = start + (++k * 1000) / iterationsPerSecond;
  }
  const next = start + (k * 1000) / iterationsPerSecond;
  if (next < endAt) setTimeout(tick, Math.ceil(next - performance.now()));
  else {
    schedulingDone = true;
    finishIfDone();
  }
}
tick();
