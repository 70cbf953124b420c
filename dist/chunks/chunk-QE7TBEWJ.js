import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  escapeMarkdown
} from "./chunk-6374IUCB.js";

// src/profile/model.ts
function functionKey(frame) {
  return frame.file === "" ? frame.name : `${frame.name} ${frame.file}:${frame.line}`;
}
var ProfileFormatError = class extends Error {
  constructor(source, problem) {
    super(`${source}: ${problem}`);
    this.name = "ProfileFormatError";
  }
};

// src/profile/diff.ts
var isRuntime = (f) => f.file === "" || f.file.startsWith("node:");
function selfFrame(frames) {
  for (let i = frames.length - 1; i >= 0; i--) if (!isRuntime(frames[i])) return frames[i];
  return frames[frames.length - 1];
}
function timesPerRequest(side) {
  if (!(side.requests > 0))
    throw new Error(`${side.profile.source}: the request count must be positive to normalise per request`);
  const out = /* @__PURE__ */ new Map();
  const entry = (frame) => {
    const key = functionKey(frame);
    let e = out.get(key);
    if (!e) {
      e = { frame, time: { self: 0, total: 0 } };
      out.set(key, e);
    }
    return e;
  };
  for (const stack of side.profile.stacks) {
    const share = stack.weight / side.requests;
    const leaf = selfFrame(stack.frames);
    if (leaf) entry(leaf).time.self += share;
    const seen = /* @__PURE__ */ new Set();
    for (const f of stack.frames) {
      const key = functionKey(f);
      if (seen.has(key)) continue;
      seen.add(key);
      entry(f).time.total += share;
    }
  }
  return out;
}
function diffProfiles(base, pr) {
  const b = timesPerRequest(base);
  const p = timesPerRequest(pr);
  const zero = { self: 0, total: 0 };
  const changes = [.../* @__PURE__ */ new Set([...b.keys(), ...p.keys()])].map((key) => {
    const bt = b.get(key)?.time ?? zero;
    const pt = p.get(key)?.time ?? zero;
    return {
      frame: (p.get(key) ?? b.get(key))?.frame,
      key,
      base: bt,
      pr: pt,
      selfChange: pt.self - bt.self,
      totalChange: pt.total - bt.total
    };
  });
  changes.sort((x, y) => y.selfChange - x.selfChange || x.key.localeCompare(y.key));
  return { changes };
}
function measureNoise(first, second) {
  let worst;
  for (const c of diffProfiles(first, second).changes)
    if (!worst || Math.abs(c.selfChange) > Math.abs(worst.selfChange)) worst = c;
  const selfPerRequest = Math.abs(worst?.selfChange ?? 0);
  return {
    selfPerRequest,
    key: worst?.key ?? "",
    statement: `Two profiles of the same build moved no function's self time by more than ${formatSeconds(selfPerRequest)} per request; smaller changes are noise.`
  };
}
function formatSeconds(seconds) {
  const abs = Math.abs(seconds);
  if (abs >= 1) return `${seconds.toPrecision(3)} s`;
  if (abs >= 1e-3) return `${(seconds * 1e3).toPrecision(3)} ms`;
  return `${(seconds * 1e6).toPrecision(3)} \xB5s`;
}
function formatBytes(bytes) {
  const abs = Math.abs(bytes);
  if (abs >= 1e6) return `${(bytes / 1e6).toPrecision(3)} MB`;
  if (abs >= 1e3) return `${(bytes / 1e3).toPrecision(3)} kB`;
  return `${Math.round(bytes)} B`;
}

// src/profile/table.ts
var WHERE_ROWS = 5;
var NOISE_UNKNOWN = "The noise of this diff was not measured (only V8 profiles can be split into two halves of one run).";
var signed = (x, format) => `${x > 0 ? "+" : x < 0 ? "\u2212" : "\xB1"}${format(Math.abs(x))}`;
function row(c, format, noise) {
  const where = c.frame.file === "" ? "" : ` <sub>${escapeMarkdown(`${c.frame.file}:${c.frame.line}`)}</sub>`;
  const withinNoise = noise && Math.abs(c.selfChange) <= noise.selfPerRequest ? " (noise)" : "";
  return `| <code>${escapeMarkdown(c.frame.name)}</code>${where} | ${format(c.base.self)} \u2192 ${format(c.pr.self)} | ${signed(c.selfChange, format)}${withinNoise} |`;
}
function additionsTable(heading, column, changes, format, none, noise) {
  const top = changes.filter((c) => c.selfChange > 0).slice(0, WHERE_ROWS);
  const lines = [`#### ${heading}`, ""];
  if (top.length === 0) lines.push(none);
  else
    lines.push(
      `| Function | ${column} | Change |`,
      "|---|---|---|",
      ...top.map((c) => row(c, format, noise))
    );
  return lines;
}
function renderWhereTheTimeWent(diff, noise) {
  const lines = additionsTable(
    "Where the time went",
    "Self time per request, base \u2192 PR",
    diff.changes,
    formatSeconds,
    "No function spent more time per request in the PR.",
    noise
  );
  lines.push("", escapeMarkdown(noise?.statement ?? NOISE_UNKNOWN));
  return `${lines.join("\n")}
`;
}
function renderWhereTheMemoryWent(diff) {
  const lines = additionsTable(
    "Where the memory went",
    "Allocated per request (sampled), base \u2192 PR",
    diff.changes,
    formatBytes,
    "No allocation site allocated more per request in the PR."
  );
  return `${lines.join("\n")}
`;
}

export {
  functionKey,
  ProfileFormatError,
  diffProfiles,
  measureNoise,
  formatSeconds,
  formatBytes,
  WHERE_ROWS,
  renderWhereTheTimeWent,
  renderWhereTheMemoryWent
};
