import { mergeSeries } from './merge.ts';
import { type RunResult, type SeriesResult, seriesId } from './types.ts';

/**
 * k6 names a request by its full URL unless the script tags it with `name`, so the same endpoint of a build
 * served on another port (same-job pairs on 3000/3001, preview URLs, random ports) would be another series.
 * Series are therefore named by the request relative to the run's target: `http://127.0.0.1:3001/users?id=1`
 * → `/users?id=1`, and with a target URL that has a base path (`https://preview.example.com/pr-42/api`) that
 * path goes too. Only the target's origin is removed: calls to other hosts (an identity provider, a CDN)
 * keep theirs, so they never pose as the service's own endpoints. The rest is kept byte for byte, so k6's
 * URL grouping (`http.url` templates such as `/posts/${}`) still groups; names that are not absolute URLs
 * (`GET /users`, a JMeter label, a custom tag) are kept as they are.
 */

const ORIGIN = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/i;
const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443', ws: '80', wss: '443' };

/** `HTTP://Example.com:80` and `http://example.com` are one origin: scheme and host lowercased, default port dropped. */
function originKey(scheme: string, authority: string): string {
  const s = scheme.toLowerCase();
  const host = authority.slice(authority.indexOf('@') + 1).toLowerCase(); // without user info
  const port = /:(\d+)$/.exec(host)?.[1];
  return `${s}://${port !== undefined && DEFAULT_PORTS[s] === port ? host.slice(0, -port.length - 1) : host}`;
}

function splitOrigin(name: string): { origin: string; rest: string } | undefined {
  const m = ORIGIN.exec(name);
  return m === null ? undefined : { origin: originKey(m[1]!, m[2]!), rest: name.slice(m[0].length) };
}

/** The target as series names are matched against it: its origin and its base path without a trailing slash. */
interface Target {
  origin: string;
  basePath: string;
}

function targetOf(url: string): Target | undefined {
  const parts = splitOrigin(url);
  if (parts === undefined) return undefined;
  return { origin: parts.origin, basePath: parts.rest.split(/[?#]/, 1)[0]!.replace(/\/+$/, '') };
}

/** The request's name relative to the target, or undefined when the request went elsewhere. */
function relativeName(name: string, target: Target): string | undefined {
  const parts = splitOrigin(name);
  if (parts === undefined || parts.origin !== target.origin) return undefined;
  let rest = parts.rest;
  const { basePath } = target;
  if (rest.startsWith(basePath) && /^([/?#]|$)/.test(rest.slice(basePath.length)))
    rest = rest.slice(basePath.length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/** The origin most of the run's measured requests went to: the service under test when no target is given. */
function busiestOrigin(run: RunResult): { origin: string; others: number } | undefined {
  const requests = new Map<string, number>();
  for (const s of run.series.values()) {
    const origin = splitOrigin(s.key.name)?.origin;
    if (origin !== undefined) requests.set(origin, (requests.get(origin) ?? 0) + s.requests);
  }
  // Stryker disable next-line EqualityOperator: `<` vs `<=` is equivalent, origins are Map keys so two compared ones never are equal (`>=` is killed by tests)
  const ranked = [...requests].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return ranked.length === 0 ? undefined : { origin: ranked[0]![0], others: ranked.length - 1 };
}

/** The series renamed by `rename` (undefined: kept); series whose new names meet are merged into one. */
function renamed(
  series: Map<string, SeriesResult>,
  rename: (name: string) => string | undefined,
): Map<string, SeriesResult> {
  const out = new Map<string, SeriesResult>();
  for (const s of series.values()) {
    const name = rename(s.key.name);
    const key = name === undefined ? s.key : { ...s.key, name };
    const id = seriesId(key);
    // a URL and a name tag that read the same once the origin is gone are one request
    const twin = out.get(id);
    out.set(
      id,
      twin === undefined
        ? { ...s, key, id }
        : mergeSeries([new Map([[id, twin]]), new Map([[id, { ...s, key, id }]])]).get(id)!,
    );
  }
  return out;
}

/** The run with every series (and lifecycle series) renamed by `rename`, merging names that meet. */
export function renameSeries(run: RunResult, rename: (name: string) => string | undefined): RunResult {
  return { ...run, series: renamed(run.series, rename), lifecycle: renamed(run.lifecycle, rename) };
}

/**
 * The run with its series named relative to its target (see above). `targetUrl` is where the load was
 * sent (`target-url`, a same-job side's URL); without it, or when no request went there (a script that
 * ignores it), the target is the origin most requests went to, said in a warning when others were called too.
 */
export function nameSeriesByTarget(run: RunResult, targetUrl?: string): RunResult {
  const given = targetUrl === undefined ? undefined : targetOf(targetUrl);
  const used =
    given !== undefined &&
    [...run.series.values()].some((s) => relativeName(s.key.name, given) !== undefined);
  let target = used ? given : undefined;
  if (target === undefined) {
    const busiest = busiestOrigin(run);
    if (busiest === undefined) return run;
    // Stryker disable next-line StringLiteral: equivalent, stripping '' leaves a name as is and so does any base path not starting with / (after its origin a name goes on with /, ? or # or ends)
    target = { origin: busiest.origin, basePath: '' };
    if (busiest.others > 0)
      run.warnings.push(
        `${run.sources.join(', ')}: requests went to ${busiest.others + 1} hosts; series are named relative to ` +
          `${busiest.origin}, where most went${targetUrl === undefined ? '' : ` (none went to the target ${targetUrl})`}, the others keep their origin`,
      );
  }
  const to = target;
  return renameSeries(run, (name) => relativeName(name, to));
}
