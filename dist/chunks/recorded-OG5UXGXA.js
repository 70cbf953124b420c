import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  readK6Json
} from "./chunk-YHSFMYNJ.js";
import "./chunk-MWCUCVEZ.js";
import "./chunk-5EQLK7LG.js";
import "./chunk-PM2Z6TSB.js";
import "./chunk-RHZWF6LV.js";
import {
  mergeRuns
} from "./chunk-T7OUTNJ3.js";
import "./chunk-JTRRB6RP.js";
import "./chunk-3GBNS6AV.js";
import "./chunk-KXACUDTB.js";
import "./chunk-PJLTGONB.js";
import "./chunk-IEL6FNXH.js";
import "./chunk-HMXL2AK5.js";

// src/measure/recorded.ts
import { readdir } from "node:fs/promises";
import { join } from "node:path";
var RUN_FILE = /^run-(\d+)\.json(\.gz)?$/;
async function readRecordedRuns(dirs, options) {
  const byRun = /* @__PURE__ */ new Map();
  const perDir = [];
  for (const dir of dirs) {
    let names;
    try {
      names = await readdir(dir);
    } catch (error) {
      throw new Error(
        `results directory '${dir}': ${error.code ?? String(error)}`
      );
    }
    const runs = /* @__PURE__ */ new Set();
    for (const name of names) {
      const match = RUN_FILE.exec(name);
      if (match === null) continue;
      const run = Number(match[1]);
      if (runs.has(run))
        throw new Error(`results directory '${dir}' holds run ${run} twice (.json and .json.gz)`);
      runs.add(run);
      byRun.set(run, [...byRun.get(run) ?? [], join(dir, name)]);
    }
    if (runs.size === 0)
      throw new Error(`results directory '${dir}' holds no run-<i>.json or run-<i>.json.gz files`);
    perDir.push({ dir, runs });
  }
  for (const run of byRun.keys()) {
    const lacking = perDir.filter((d) => !d.runs.has(run)).map((d) => d.dir);
    if (lacking.length > 0)
      throw new Error(`run ${run} is missing from ${lacking.map((d) => `'${d}'`).join(", ")}`);
  }
  const merged = [];
  for (const run of [...byRun.keys()].sort((a, b) => a - b)) {
    const parts = await Promise.all(byRun.get(run).map((file) => readK6Json(file, options)));
    merged.push(parts.length === 1 ? parts[0] : mergeRuns(parts));
  }
  return merged;
}
export {
  readRecordedRuns
};
