import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Profile } from './model.ts';

/**
 * Rewrites the script URLs of a V8 .cpuprofile so the file says nothing about the machine it was recorded on:
 * files under `root` become paths relative to it, other absolute paths keep only their last two segments.
 * (A .cpuprofile holds no environment, but absolute paths name the checkout and the user's home.)
 */
export function scrubCpuProfile<T extends { nodes: { callFrame: { url: string } }[] }>(
  profile: T,
  root: string,
): T {
  for (const node of profile.nodes) node.callFrame.url = scrubUrl(node.callFrame.url, root);
  return profile;
}

/**
 * The same for any JSON profile perf-gate writes: every V8 `callFrame.url` (CPU and heap profiles) and every
 * speedscope frame `file`, wherever it is in the tree.
 */
export function scrubProfileJson(value: unknown, root: string): unknown {
  if (Array.isArray(value)) for (const item of value) scrubProfileJson(item, root);
  else if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    const frame = o.callFrame as { url?: unknown } | undefined;
    if (typeof frame?.url === 'string') frame.url = scrubUrl(frame.url, root);
    if (typeof o.file === 'string' && typeof o.name === 'string') o.file = scrubUrl(o.file, root);
    for (const child of Object.values(o)) if (typeof child === 'object') scrubProfileJson(child, root);
  }
  return value;
}

/** A profile read from any format with its frames' files scrubbed as above. */
export function scrubProfileFiles(profile: Profile, root: string): Profile {
  const scrubbed = new Map<string, string>();
  const file = (f: string) => {
    let s = scrubbed.get(f);
    if (s === undefined) {
      s = f === '' ? '' : scrubUrl(f, root);
      scrubbed.set(f, s);
    }
    return s;
  };
  return {
    source: profile.source,
    stacks: profile.stacks.map((st) => ({
      weight: st.weight,
      frames: st.frames.map((f) => ({ ...f, file: file(f.file) })),
    })),
  };
}

function scrubUrl(url: string, root: string): string {
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  if (!isAbsolute(path)) return url;
  const rel = relative(root, path);
  if (!rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  return `…/${path.split(sep).slice(-2).join('/')}`;
}
