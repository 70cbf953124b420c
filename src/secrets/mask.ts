/** What replaces a secret in every rendered output. */
export const MASK = '***';

/** `scheme://user:pass@` or `scheme://token@`: the whole userinfo is masked. */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi;

/** `?name=value` / `&name=value` query parameters, checked by name below. */
const QUERY_PARAM = /([?&;])([^=&#\s]+)=([^&#\s]*)/g;

/**
 * Parameter names that carry credentials: anywhere in the name for the unambiguous words, as a whole word
 * (split on `-`, `_`, `.` or a camelCase hump) for the short ones, so `monkey` or `keyword` stay readable.
 */
const SECRET_WORDS = /token|secret|passw|pwd|credential|signature|apikey|session|jwt|authoriz/i;
const SECRET_SHORT_WORDS = new Set(['key', 'sig', 'pass', 'auth']);

export function isSecretParamName(name: string): boolean {
  if (SECRET_WORDS.test(name)) return true;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s._-]+/)
    .map((w) => w.toLowerCase());
  return words.some((w) => SECRET_SHORT_WORDS.has(w));
}

/** Masks credentials inside URLs: userinfo and query parameters named like secrets. */
function maskUrlCredentials(text: string): string {
  return text
    .replace(URL_USERINFO, `$1${MASK}@`)
    .replace(QUERY_PARAM, (whole, sep: string, name: string, value: string) =>
      value !== '' && value !== MASK && isSecretParamName(decodeSafely(name))
        ? `${sep}${name}=${MASK}`
        : whole,
    );
}

/** Replaces every literal secret (and its URL-encoded form) by ***; longest first so overlaps mask fully. */
export function maskLiterals(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secretForms(secrets)) out = out.split(secret).join(MASK);
  return out;
}

/** Both maskings: what every user-supplied string goes through before it is rendered anywhere. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  return maskLiterals(maskUrlCredentials(text), secrets);
}

/** The secrets as they may appear in text: each literal and its URL-encoded form, longest first. */
export function secretForms(secrets: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const s of secrets) {
    if (s.trim() === '') continue;
    forms.add(s);
    forms.add(encodeURIComponent(s));
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

function decodeSafely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
