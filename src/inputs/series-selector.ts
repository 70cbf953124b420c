import type { SeriesKey } from '../results/types.ts';
import { seriesId } from '../results/types.ts';

/**
 * Whether a user's series selector names this series. A selector matches the full series id, the request
 * name alone (`GET /users` as tagged in the script), or `METHOD name`; `*` is a wildcard.
 */
export function selectorMatches(selector: string, key: SeriesKey): boolean {
  if (selector === '*') return true;
  const pattern = new RegExp(`^${selector.split('*').map(escapeRegExp).join('.*')}$`);
  return [seriesId(key), key.name, `${key.method} ${key.name}`].some((candidate) => pattern.test(candidate));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
