import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/secrets/mask.ts
var MASK = "***";
var URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi;
var QUERY_PARAM = /([?&;])([^=&#\s]+)=([^&#\s]*)/g;
var SECRET_WORDS = /token|secret|passw|pwd|credential|signature|apikey|session|jwt|authoriz/i;
var SECRET_SHORT_WORDS = /* @__PURE__ */ new Set(["key", "sig", "pass", "auth"]);
function isSecretParamName(name) {
  if (SECRET_WORDS.test(name)) return true;
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").split(/[\s._-]+/).map((w) => w.toLowerCase());
  return words.some((w) => SECRET_SHORT_WORDS.has(w));
}
function maskUrlCredentials(text) {
  return text.replace(URL_USERINFO, `$1${MASK}@`).replace(
    QUERY_PARAM,
    (whole, sep, name, value) => value !== "" && value !== MASK && isSecretParamName(decodeSafely(name)) ? `${sep}${name}=${MASK}` : whole
  );
}
function maskLiterals(text, secrets) {
  let out = text;
  for (const secret of secretForms(secrets)) out = out.split(secret).join(MASK);
  return out;
}
function maskSecrets(text, secrets) {
  return maskLiterals(maskUrlCredentials(text), secrets);
}
function secretForms(secrets) {
  const forms = /* @__PURE__ */ new Set();
  for (const s of secrets) {
    if (s.trim() === "") continue;
    forms.add(s);
    forms.add(encodeURIComponent(s));
  }
  return [...forms].sort((a, b) => b.length - a.length);
}
function decodeSafely(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export {
  MASK,
  isSecretParamName,
  maskLiterals,
  maskSecrets,
  secretForms
};
