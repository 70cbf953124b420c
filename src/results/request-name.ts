/**
 * k6 names a request by its full URL unless the script tags it with `name`, so the same endpoint of a build
 * served on another port (same-job pairs on 3000/3001, preview URLs, random ports) would be another series.
 * Series are matched by the request without its origin: `http://127.0.0.1:3001/users?id=1` → `/users?id=1`.
 * The path is kept byte for byte, so k6's URL grouping (`http.url` templates such as `/posts/${}`) still
 * groups; names that are not absolute URLs (`GET /users`, a custom tag) are kept as they are.
 */
const ORIGIN = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;

export function requestName(name: string): string {
  const origin = ORIGIN.exec(name);
  if (origin === null) return name;
  const rest = name.slice(origin[0].length);
  return rest === '' || rest[0] !== '/' ? `/${rest}` : rest;
}
