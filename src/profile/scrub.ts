import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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

function scrubUrl(url: string, root: string): string {
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  if (!isAbsolute(path)) return url;
  const rel = relative(root, path);
  if (!rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  return `…/${path.split(sep).slice(-2).join('/')}`;
}
