import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/constants.ts
var Inputs = {
  Script: "script",
  Results: "results",
  Engine: "engine",
  Runs: "runs",
  Warmup: "warmup",
  TargetUrl: "target-url",
  BaselineTargetUrl: "baseline-target-url",
  TargetEnv: "target-env",
  Env: "env",
  K6Version: "k6-version",
  K6Path: "k6-path",
  K6DownloadUrl: "k6-download-url",
  K6Flags: "k6-flags",
  RunTimeout: "run-timeout",
  Tolerances: "tolerances",
  Slos: "slos",
  Confidence: "confidence",
  MaxBaselineCv: "max-baseline-cv",
  MaxErrorRate: "max-error-rate",
  OnInconclusive: "on-inconclusive",
  FailOnRegression: "fail-on-regression",
  Mode: "mode",
  BaselineKey: "baseline-key",
  BaselineBranch: "baseline-branch",
  HistorySize: "history-size",
  StrictEnvironment: "strict-environment",
  CheckName: "check-name",
  Comment: "comment",
  TrackDrift: "track-drift",
  GithubToken: "github-token",
  Seed: "seed",
  ReportDir: "report-dir"
};
var Outputs = {
  Verdict: "verdict",
  Headline: "headline",
  ReportPath: "report-path",
  MarkdownPath: "markdown-path",
  BaselineCommit: "baseline-commit",
  BaselineAgeSeconds: "baseline-age-seconds",
  Regressions: "regressions",
  Deltas: "deltas",
  BaselineSaved: "baseline-saved"
};

// src/github/errors.ts
var GitHubOperationError = class extends Error {
  constructor(operation, httpStatus, githubMessage2, rateLimited = false) {
    super(
      `${operation} failed: ${httpStatus === void 0 ? "" : `GitHub answered ${httpStatus}: `}${githubMessage2}`
    );
    this.operation = operation;
    this.httpStatus = httpStatus;
    this.githubMessage = githubMessage2;
    this.rateLimited = rateLimited;
  }
  operation;
  httpStatus;
  githubMessage;
  rateLimited;
  name = "GitHubOperationError";
};
function isHttpError(error) {
  return typeof error === "object" && error !== null && typeof error.status === "number" && typeof error.message === "string";
}
function githubMessage(error) {
  const data = error.response?.data;
  if (typeof data?.message !== "string") return error.message;
  const details = Array.isArray(data.errors) ? data.errors.map((e) => {
    if (typeof e === "string") return e;
    const { message, field, code } = e;
    return message ?? [field, code].filter(Boolean).join(" ");
  }) : [];
  return details.length > 0 ? `${data.message}: ${details.join("; ")}` : data.message;
}
function isRateLimit(error) {
  const headers = error.response?.headers ?? {};
  return /rate limit/i.test(error.message) || headers["x-ratelimit-remaining"] === "0" || "retry-after" in headers;
}
async function attempt(operation, fn) {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof GitHubOperationError) throw error;
    if (!isHttpError(error)) {
      throw new GitHubOperationError(
        operation,
        void 0,
        error instanceof Error ? error.message : String(error)
      );
    }
    throw new GitHubOperationError(operation, error.status, githubMessage(error), isRateLimit(error));
  }
}
async function guardPermission(permission, fn) {
  try {
    return await fn();
  } catch (error) {
    const denied = error instanceof GitHubOperationError && (error.httpStatus === 403 && !error.rateLimited || error.httpStatus === 404);
    if (!denied) throw error;
    const why = error.httpStatus === 404 ? "the repository, pull request or issue does not exist, or the token cannot see it" : "the token may not write here (fork pull requests and read-only tokens cannot)";
    return {
      status: "skipped-permission",
      permission,
      operation: error.operation,
      httpStatus: error.httpStatus,
      message: `${error.operation}: GitHub answered ${error.httpStatus} (${error.githubMessage}); ${why}. The workflow must grant \`${permission}\`.`
    };
  }
}

// src/report/escape.ts
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
var BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
function plainText(s) {
  return s.replace(BIDI, "").replace(CONTROL, " ");
}
var MARKUP = /[&<>|`*_~[\]#$\\]/g;
function escapeMarkdown(s) {
  return plainText(s).replace(MARKUP, (c) => `&#${c.codePointAt(0)};`).replace(/@(?=[\w-])/g, "@\u200D");
}
var MERMAID_LABEL_MAX = 40;
function mermaidLabel(s) {
  const cleaned = plainText(s).replace(/"/g, "'").replace(/`/g, "'").replace(/%+/g, "%").replace(/\[/g, "(").replace(/\]/g, ")").replace(/</g, "\u2039").replace(/>/g, "\u203A").replace(/[#{};]/g, " ").trim();
  return truncate(cleaned, MERMAID_LABEL_MAX);
}
function truncate(s, max) {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join("")}\u2026`;
}

// src/github/limits.ts
var CHECK_RUN_SUMMARY_MAX_BYTES = 65535;
var CHECK_RUN_TITLE_MAX_CHARS = 255;
var BODY_MAX_CHARS = 65536;
var FENCE = /^ {0,3}(```|~~~)/;
function fits(text, limit) {
  if (limit.maxChars !== void 0 && text.length > limit.maxChars) return false;
  if (limit.maxBytes !== void 0 && Buffer.byteLength(text, "utf8") > limit.maxBytes) return false;
  return true;
}
function longestFittingPrefix(text, suffix, limit) {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(text.slice(0, mid) + suffix, limit)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function closeOpenFence(text) {
  const fences = text.split("\n").filter((line) => FENCE.test(line)).length;
  return fences % 2 === 1 ? `${text}
\`\`\`` : text;
}
function truncateToLimit(text, limit, note) {
  if (fits(text, limit)) return { text, truncated: false };
  const suffix = `

${note}`;
  const reserve = `
\`\`\`${suffix}`;
  if (!fits(reserve, limit)) {
    throw new Error(
      `truncation note of ${note.length} characters does not fit the limit ${JSON.stringify(limit)}`
    );
  }
  let cut = longestFittingPrefix(text, reserve, limit);
  const lineBreak = text.lastIndexOf("\n", cut);
  if (lineBreak > cut * 0.8) cut = lineBreak;
  else if (cut > 0 && /[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1;
  return { text: closeOpenFence(text.slice(0, cut).trimEnd()) + suffix, truncated: true };
}
function oneLine(text) {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
function checkRunTitle(title) {
  return truncate(oneLine(title), CHECK_RUN_TITLE_MAX_CHARS);
}

// src/github/check-run.ts
var DEFAULT_CHECK_NAME = "perf-gate";
var EXTERNAL_ID_PREFIX = "perf-gate:";
var SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
function validate(name, headSha) {
  if (name.trim() === "") throw new Error("check run: the check name is empty");
  if (!SHA.test(headSha)) {
    throw new Error(
      `check run: head sha ${JSON.stringify(headSha)} is not a full commit sha (40 or 64 hex digits)`
    );
  }
}
function describe(verb, name, headSha) {
  return `${verb} check run "${name}" on ${headSha.slice(0, 7)}`;
}
async function findOwnInProgress(api, repo, name, headSha) {
  const runs = await attempt(
    describe("list", name, headSha),
    () => api.paginate("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
      ...repo,
      ref: headSha,
      check_name: name,
      status: "in_progress",
      filter: "all",
      per_page: 100
    })
  );
  const own = runs.filter((r) => r.external_id === EXTERNAL_ID_PREFIX + name);
  return own.sort((a, b) => Number(b.id) - Number(a.id))[0];
}
function output(title, summary, notes) {
  const note = `> **Truncated:** this summary went over GitHub's limit of ${CHECK_RUN_SUMMARY_MAX_BYTES} bytes for a check run. The complete report is in the job summary of the workflow run.`;
  const cut = truncateToLimit(summary, { maxBytes: CHECK_RUN_SUMMARY_MAX_BYTES }, note);
  if (cut.truncated) {
    notes.push(
      `check run summary truncated from ${Buffer.byteLength(summary, "utf8")} bytes to GitHub's ${CHECK_RUN_SUMMARY_MAX_BYTES}-byte limit`
    );
  }
  return { title: checkRunTitle(title), summary: cut.text };
}
async function upsert(api, repo, input, state) {
  const name = input.name ?? DEFAULT_CHECK_NAME;
  const { headSha } = input;
  validate(name, headSha);
  const notes = [];
  const fields = {
    ...state,
    output: output(input.title, input.summary, notes),
    ...input.detailsUrl ? { details_url: input.detailsUrl } : {}
  };
  return guardPermission("checks: write", async () => {
    const existing = await findOwnInProgress(api, repo, name, headSha);
    if (existing) {
      const { data: data2 } = await attempt(
        describe("update", name, headSha),
        () => api.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
          ...repo,
          check_run_id: existing.id,
          ...fields
        })
      );
      return { status: "updated", id: Number(data2.id), url: data2.html_url ?? "", notes };
    }
    const { data } = await attempt(
      describe("create", name, headSha),
      () => api.request("POST /repos/{owner}/{repo}/check-runs", {
        ...repo,
        name,
        head_sha: headSha,
        external_id: EXTERNAL_ID_PREFIX + name,
        ...fields
      })
    );
    return { status: "posted", id: Number(data.id), url: data.html_url ?? "", notes };
  });
}
function publishCheckRun(api, repo, report) {
  return upsert(api, repo, report, { status: "completed", conclusion: report.conclusion });
}

// src/inputs/errors.ts
var InputError = class extends Error {
  constructor(input, problem) {
    super(`${actionInputLabel(input)}: ${problem}`);
    this.input = input;
    this.problem = problem;
    this.name = "InputError";
  }
  input;
  problem;
};
function actionInputLabel(input) {
  return `input '${input}'`;
}
var InvalidInputsError = class extends Error {
  constructor(problems) {
    super(`invalid inputs:
- ${problems.join("\n- ")}`);
    this.problems = problems;
    this.name = "InvalidInputsError";
  }
  problems;
};

// src/inputs/values.ts
var DURATION_PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;
var UNIT_SECONDS = { ms: 1e-3, s: 1, m: 60, h: 3600 };
function parseDuration(input, raw) {
  const text = raw.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const compact = text.replace(/\s+/g, "");
  let seconds = 0;
  let consumed = 0;
  for (const m of compact.matchAll(DURATION_PART)) {
    if (m.index !== consumed) break;
    seconds += Number(m[1]) * UNIT_SECONDS[m[2]];
    consumed += m[0].length;
  }
  if (compact === "" || consumed !== compact.length) {
    throw new InputError(input, `'${raw}' is not a duration; write e.g. 30s, 2m, 1m30s or 500ms`);
  }
  return seconds;
}
function parseInteger(input, raw, min, max) {
  const text = raw.trim();
  const n = Number(text);
  if (!/^-?\d+$/.test(text) || n < min || n > max) {
    throw new InputError(input, `'${raw}' is not a whole number from ${min} to ${max}`);
  }
  return n;
}
function parsePercent(input, raw) {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(%|pp)\s*$/.exec(raw);
  if (!m) throw new InputError(input, `'${raw}' is not a percentage; write e.g. 5% (or 0.5pp for a rate)`);
  return Number(m[1]) / 100;
}
function parseProbability(input, raw) {
  const text = raw.trim();
  const value = text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
  if (text === "" || !Number.isFinite(value) || value <= 0 || value >= 1) {
    throw new InputError(input, `'${raw}' is not a probability; write e.g. 0.95 or 95%`);
  }
  return value;
}
function parseBoolean(input, raw) {
  const text = raw.trim().toLowerCase();
  if (["true", "yes", "on", "1"].includes(text)) return true;
  if (["false", "no", "off", "0"].includes(text)) return false;
  throw new InputError(input, `'${raw}' is not a boolean; write true or false`);
}
function parseChoice(input, raw, choices) {
  const text = raw.trim().toLowerCase();
  const found = choices.find((c) => c === text);
  if (found === void 0) {
    throw new InputError(input, `'${raw}' is not one of ${choices.join(", ")}`);
  }
  return found;
}
function meaningfulLines(raw) {
  return raw.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
}
function splitWords(input, raw) {
  const words = [];
  let current = "";
  let quote = null;
  let started = false;
  for (const ch of raw) {
    if (quote !== null) {
      if (ch === quote) quote = null;
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      started = true;
    } else if (/\s/.test(ch)) {
      if (started) words.push(current);
      current = "";
      started = false;
    } else {
      current += ch;
      started = true;
    }
  }
  if (quote !== null) throw new InputError(input, `unbalanced ${quote} quote in '${raw}'`);
  if (started) words.push(current);
  return words;
}

export {
  Inputs,
  Outputs,
  GitHubOperationError,
  attempt,
  guardPermission,
  plainText,
  escapeMarkdown,
  mermaidLabel,
  truncate,
  CHECK_RUN_SUMMARY_MAX_BYTES,
  BODY_MAX_CHARS,
  truncateToLimit,
  oneLine,
  DEFAULT_CHECK_NAME,
  publishCheckRun,
  InputError,
  actionInputLabel,
  InvalidInputsError,
  parseDuration,
  parseInteger,
  parsePercent,
  parseProbability,
  parseBoolean,
  parseChoice,
  meaningfulLines,
  splitWords
};
