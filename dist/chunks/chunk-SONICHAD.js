import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/engine/k6/process.ts
import { spawn } from "node:child_process";
var TAIL_LINES = 15;
var spawnProcess = (spec) => new Promise((resolve, reject) => {
  const started = performance.now();
  const child = spawn(spec.command, spec.args, {
    env: spec.env ?? process.env,
    cwd: spec.cwd,
    stdio: ["ignore", "pipe", "pipe"],
    windowsHide: true
  });
  const stdoutTail = [];
  const stderrTail = [];
  let stdout = "";
  let timedOut = false;
  let killTimer;
  const splitter = (stream, tail) => {
    let carry = "";
    return {
      push(chunk) {
        if (stream === "stdout" && spec.captureStdout) stdout += chunk;
        const parts = (carry + chunk).split(/\r?\n/);
        carry = parts.pop();
        for (const line of parts) emit(line);
      },
      flush() {
        if (carry !== "") emit(carry);
        carry = "";
      }
    };
    function emit(line) {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      spec.onLine?.(line, stream);
    }
  };
  const out = splitter("stdout", stdoutTail);
  const err = splitter("stderr", stderrTail);
  child.stdout.setEncoding("utf8").on("data", (c) => out.push(c));
  child.stderr.setEncoding("utf8").on("data", (c) => err.push(c));
  const timeout = spec.timeoutMs === void 0 ? void 0 : setTimeout(() => {
    timedOut = true;
    child.kill("SIGTERM");
    killTimer = setTimeout(() => child.kill("SIGKILL"), spec.killGraceMs ?? 5e3);
  }, spec.timeoutMs);
  child.once("error", (e) => {
    clearTimeout(timeout);
    clearTimeout(killTimer);
    reject(new Error(`could not start ${spec.command}: ${e.message}`));
  });
  child.once("close", (exitCode, signal) => {
    clearTimeout(timeout);
    clearTimeout(killTimer);
    out.flush();
    err.flush();
    resolve({
      exitCode,
      signal,
      timedOut,
      stdout,
      stdoutTail,
      stderrTail,
      durationMs: performance.now() - started
    });
  });
});
function outputTail(r, tool) {
  const lines = (r.stderrTail.some((l) => l.trim() !== "") ? r.stderrTail : r.stdoutTail).filter(
    (l) => l.trim() !== ""
  );
  if (lines.length === 0) return `; ${tool} printed nothing`;
  return `. Last lines of ${tool}'s output:
${lines.slice(-8).map((l) => `  ${l}`).join("\n")}`;
}
function interruption(what, r, timeoutMs, tool) {
  if (r.timedOut) {
    const limit = timeoutMs === void 0 ? "the time limit" : `${+(timeoutMs / 1e3).toFixed(3)} s`;
    return `${what} did not finish within ${limit} and was stopped (raise the run timeout if the test is meant to take longer)${outputTail(r, tool)}`;
  }
  if (r.exitCode === null) return `${what} was killed by ${r.signal ?? "a signal"}${outputTail(r, tool)}`;
  return void 0;
}

export {
  spawnProcess,
  outputTail,
  interruption
};
