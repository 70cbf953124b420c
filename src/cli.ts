import { processIo, useColor } from './cli/io.ts';
import { runCli } from './cli/main.ts';

const io = processIo();
process.exitCode = await runCli(process.argv.slice(2), io, useColor(io.env, process.stdout.isTTY === true));
