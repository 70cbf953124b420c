import { parentPort } from 'node:worker_threads';
import type { Task } from './cells.ts';
import { runTask } from './cells.ts';

if (!parentPort) throw new Error('bench/calibration/worker.ts must run as a worker thread');
const port = parentPort;
port.on('message', (task: Task) => {
  port.postMessage(runTask(task));
});
