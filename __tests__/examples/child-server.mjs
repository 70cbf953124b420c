// The example service (examples/service/server.mjs) as a child process of a test. Its knobs come from the
// environment, exactly as when server.mjs runs standalone; it prints one JSON line with its URL once it
// listens, and it exits as soon as its parent goes away (stdin closes): even a test run killed with SIGKILL,
// which cannot run any clean-up of its own, leaves no service behind.
import { optionsFromEnv, startService } from '../../examples/service/server.mjs';

const service = await startService(optionsFromEnv());
process.stdout.write(`${JSON.stringify({ url: service.url, pid: process.pid })}\n`);

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  service.close().finally(() => process.exit(0));
}
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
