import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  mergeSeries
} from "./chunk-T7OUTNJ3.js";
import {
  seriesId
} from "./chunk-IEL6FNXH.js";

// src/results/request-name.ts
var ORIGIN = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/i;
var DEFAULT_PORTS = { http: "80", https: "443", ws: "80", wss: "443" };
function originKey(scheme, authority) {
  const s = scheme.toLowerCase();
  const host = authority.slice(authority.indexOf("@") + 1).toLowerCase();
  const port = /:(\d+)$/.exec(host)?.[1];
  return `${s}://${port !== void 0 && DEFAULT_PORTS[s] === port ? host.slice(0, -port.length - 1) : host}`;
}
function splitOrigin(name) {
  const m = ORIGIN.exec(name);
  return m === null ? void 0 : { origin: originKey(m[1], m[2]), rest: name.slice(m[0].length) };
}
function targetOf(url) {
  const parts = splitOrigin(url);
  if (parts === void 0) return void 0;
  return { origin: parts.origin, basePath: parts.rest.split(/[?#]/, 1)[0].replace(/\/+$/, "") };
}
function relativeName(name, target) {
  const parts = splitOrigin(name);
  if (parts === void 0 || parts.origin !== target.origin) return void 0;
  let rest = parts.rest;
  const { basePath } = target;
  if (rest.startsWith(basePath) && /^([/?#]|$)/.test(rest.slice(basePath.length)))
    rest = rest.slice(basePath.length);
  return rest.startsWith("/") ? rest : `/${rest}`;
}
function busiestOrigin(run) {
  const requests = /* @__PURE__ */ new Map();
  for (const s of run.series.values()) {
    const origin = splitOrigin(s.key.name)?.origin;
    if (origin !== void 0) requests.set(origin, (requests.get(origin) ?? 0) + s.requests);
  }
  const ranked = [...requests].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return ranked.length === 0 ? void 0 : { origin: ranked[0][0], others: ranked.length - 1 };
}
function renamed(series, rename) {
  const out = /* @__PURE__ */ new Map();
  for (const s of series.values()) {
    const name = rename(s.key.name);
    const key = name === void 0 ? s.key : { ...s.key, name };
    const id = seriesId(key);
    const twin = out.get(id);
    out.set(
      id,
      twin === void 0 ? { ...s, key, id } : mergeSeries([/* @__PURE__ */ new Map([[id, twin]]), /* @__PURE__ */ new Map([[id, { ...s, key, id }]])]).get(id)
    );
  }
  return out;
}
function renameSeries(run, rename) {
  return { ...run, series: renamed(run.series, rename), lifecycle: renamed(run.lifecycle, rename) };
}
function nameSeriesByTarget(run, targetUrl) {
  const given = targetUrl === void 0 ? void 0 : targetOf(targetUrl);
  const used = given !== void 0 && [...run.series.values()].some((s) => relativeName(s.key.name, given) !== void 0);
  let target = used ? given : void 0;
  if (target === void 0) {
    const busiest = busiestOrigin(run);
    if (busiest === void 0) return run;
    target = { origin: busiest.origin, basePath: "" };
    if (busiest.others > 0)
      run.warnings.push(
        `${run.sources.join(", ")}: requests went to ${busiest.others + 1} hosts; series are named relative to ${busiest.origin}, where most went${targetUrl === void 0 ? "" : ` (none went to the target ${targetUrl})`}, the others keep their origin`
      );
  }
  const to = target;
  return renameSeries(run, (name) => relativeName(name, to));
}

export {
  renameSeries,
  nameSeriesByTarget
};
