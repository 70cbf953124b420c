import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  collectEnvironment,
  createMeasurer,
  judgePullRequest,
  prepareMeasuring,
  pullRequestBuilds
} from "./chunk-3CLMAYEB.js";
import {
  errorRateProblems,
  judgeAgainstArtifact,
  judgeSameJob,
  judgingOf,
  seedFromSha
} from "./chunk-7RVD7WBP.js";
import {
  foldNote,
  hasMarker,
  marker,
  renderCommentBody,
  withMarker
} from "./chunk-MPH5FRCE.js";
import {
  SAVED_REPORT_FILE,
  fitToLimit,
  measuredRunsOf,
  nightlySection,
  readSavedReport,
  renderMarkdown,
  renderSummary,
  savedReportJson
} from "./chunk-YT54YFY2.js";
import {
  buildReportJson,
  metaLine
} from "./chunk-DYGKSEII.js";
import {
  HEADLINE_MAX,
  NAME_MAX,
  assertRenderable,
  headline,
  reportVerdict,
  viewOf
} from "./chunk-5KKGYJ4E.js";
import "./chunk-EWDJBB73.js";
import {
  alert,
  commitRef,
  details
} from "./chunk-FXMSLKV4.js";
import {
  reportContext,
  reportHeader
} from "./chunk-JBAYR76E.js";
import "./chunk-NLPP37JB.js";
import {
  formatChange,
  formatDate,
  metricLabel,
  shortSha
} from "./chunk-I62BPVWY.js";
import {
  SIDE_LABEL,
  ServiceError
} from "./chunk-WYSJ6EYN.js";
import {
  maskSecrets
} from "./chunk-RUBWER6Z.js";
import "./chunk-QE7TBEWJ.js";
import {
  BODY_MAX_CHARS,
  CHECK_RUN_SUMMARY_MAX_BYTES,
  checkRunTitle,
  escapeMarkdown,
  oneLine,
  truncateToLimit
} from "./chunk-6374IUCB.js";
import {
  ACTIONS_CACHE_DESCRIPTION,
  artifactKey
} from "./chunk-HSUWXVZE.js";
import {
  buildArtifact,
  historyEntryOf,
  incomparableText,
  sampleVariance,
  studentTQuantile
} from "./chunk-7D5RIV7B.js";
import "./chunk-DOXB56IE.js";
import {
  headlineFigures
} from "./chunk-7SFJFLSG.js";
import {
  secretsOf
} from "./chunk-ZRMRBL27.js";
import "./chunk-6NDA6WUM.js";
import "./chunk-5CIDEWRF.js";
import {
  VERSION
} from "./chunk-ZV2FGOYQ.js";
import {
  SavedReportError
} from "./chunk-ALMLCEKU.js";
import {
  checkConclusion,
  stepFailure
} from "./chunk-FE3AFNVO.js";
import "./chunk-EXB2D2B4.js";
import {
  Outputs
} from "./chunk-3QD6O3PJ.js";
import {
  group,
  info,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-3RG6OA5L.js";
import "./chunk-EUQYOY4C.js";
import "./chunk-CCUFI3I3.js";
import "./chunk-OTXEUQ6A.js";
import "./chunk-CC5NIC6P.js";
import "./chunk-PM2Z6TSB.js";
import "./chunk-RHZWF6LV.js";
import "./chunk-T7OUTNJ3.js";
import "./chunk-3GBNS6AV.js";
import "./chunk-KXACUDTB.js";
import "./chunk-PJLTGONB.js";
import "./chunk-IEL6FNXH.js";
import "./chunk-HMXL2AK5.js";

// src/baseline/lazy-store.ts
function lazyStore(description, load) {
  let loaded;
  const store = () => {
    loaded ??= load();
    return loaded;
  };
  return {
    description,
    restore: async (query) => (await store()).restore(query),
    save: async (artifact, key) => (await store()).save(artifact, key)
  };
}

// src/github/lazy-client.ts
function lazyGitHubApi(load) {
  let loaded;
  const client = () => {
    loaded ??= load();
    return loaded;
  };
  const request = async (...args) => (await client()).request(...args);
  const paginate = async (...args) => (await client()).paginate(...args);
  return { request, paginate };
}

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
  const details2 = Array.isArray(data.errors) ? data.errors.map((e) => {
    if (typeof e === "string") return e;
    const { message, field, code } = e;
    return message ?? [field, code].filter(Boolean).join(" ");
  }) : [];
  return details2.length > 0 ? `${data.message}: ${details2.join("; ")}` : data.message;
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

// src/github/check-run.ts
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
function output(title, summary2, notes) {
  const note = `> **Truncated:** this summary went over GitHub's limit of ${CHECK_RUN_SUMMARY_MAX_BYTES} bytes for a check run. The complete report is in the job summary of the workflow run.`;
  const cut2 = truncateToLimit(summary2, { maxBytes: CHECK_RUN_SUMMARY_MAX_BYTES }, note);
  if (cut2.truncated) {
    notes.push(
      `check run summary truncated from ${Buffer.byteLength(summary2, "utf8")} bytes to GitHub's ${CHECK_RUN_SUMMARY_MAX_BYTES}-byte limit`
    );
  }
  return { title: checkRunTitle(title), summary: cut2.text };
}
async function upsert(api, repo, input, state) {
  const { name, headSha } = input;
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

// src/github/sticky-comment.ts
var TRUNCATION_NOTE = `> **Truncated:** this comment went over GitHub's limit of ${BODY_MAX_CHARS} characters. The complete report is in the job summary of the workflow run.`;
function stickyCommentBody(scenarioId, body) {
  return truncateToLimit(
    withMarker(marker("comment", scenarioId), body),
    { maxChars: BODY_MAX_CHARS },
    TRUNCATION_NOTE
  );
}
function validateIssueNumber(issueNumber) {
  if (!Number.isSafeInteger(issueNumber) || issueNumber < 1) {
    throw new Error(`sticky comment: pull request number ${issueNumber} is not a positive integer`);
  }
}
async function upsertStickyComment(api, repo, comment) {
  validateIssueNumber(comment.issueNumber);
  const markerText = marker("comment", comment.scenarioId);
  const body = stickyCommentBody(comment.scenarioId, comment.body);
  const where = `#${comment.issueNumber} (scenario ${comment.scenarioId})`;
  const notes = body.truncated ? [
    `comment truncated from ${comment.body.length} characters to GitHub's ${BODY_MAX_CHARS}-character limit`
  ] : [];
  return guardPermission("pull-requests: write", async () => {
    const all = await attempt(
      `list comments on ${where}`,
      () => api.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        ...repo,
        issue_number: comment.issueNumber,
        per_page: 100
      })
    );
    const marked = all.filter((c) => hasMarker(c.body, markerText)).sort((a, b) => a.id - b.id);
    const byBots = marked.filter((c) => c.user?.type === "Bot");
    const [kept, ...others] = byBots.length > 0 ? byBots : marked;
    if (!kept) {
      const { data } = await attempt(
        `create comment on ${where}`,
        () => api.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
          ...repo,
          issue_number: comment.issueNumber,
          body: body.text
        })
      );
      return { status: "posted", id: Number(data.id), url: data.html_url, notes };
    }
    if (kept.body === body.text) {
      notes.push("comment already up to date");
    } else {
      await attempt(
        `update comment ${kept.id} on ${where}`,
        () => api.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
          ...repo,
          comment_id: kept.id,
          body: body.text
        })
      );
    }
    const strangers = marked.length - 1 - others.length;
    if (strangers > 0) notes.push(`left ${strangers} marked comment(s) by other authors untouched`);
    for (const duplicate of others.filter((c) => c.user?.login === kept.user?.login)) {
      try {
        await attempt(
          `delete duplicate comment ${duplicate.id} on ${where}`,
          () => api.request("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", {
            ...repo,
            comment_id: duplicate.id
          })
        );
        notes.push(`deleted duplicate comment ${duplicate.id}`);
      } catch (error) {
        notes.push(`could not delete duplicate comment ${duplicate.id}: ${error.message}`);
      }
    }
    return { status: "updated", id: kept.id, url: kept.html_url, notes };
  });
}

// src/github/tracking-issue.ts
var DEFAULT_TRACKING_LABEL = "perf-gate";
var TRUNCATION_NOTE2 = `> **Truncated:** this report went over GitHub's limit of ${BODY_MAX_CHARS} characters. The complete report is in the job summary of the nightly workflow run.`;
function cut(text, notes, what) {
  const result = truncateToLimit(text, { maxChars: BODY_MAX_CHARS }, TRUNCATION_NOTE2);
  if (result.truncated) {
    notes.push(
      `${what} truncated from ${text.length} characters to GitHub's ${BODY_MAX_CHARS}-character limit`
    );
  }
  return result.text;
}
async function findOpen(api, repo, label, markerText, scenarioId) {
  const issues = await attempt(
    `list open "${label}" issues (scenario ${scenarioId})`,
    () => api.paginate("GET /repos/{owner}/{repo}/issues", {
      ...repo,
      labels: label,
      state: "open",
      per_page: 100
    })
  );
  return issues.filter((i) => i.pull_request === void 0 && hasMarker(i.body, markerText)).sort((a, b) => a.number - b.number);
}
async function reportDrift(api, repo, report) {
  const markerText = marker("tracking-issue", report.scenarioId);
  const labels = report.labels ?? [DEFAULT_TRACKING_LABEL];
  const label = labels[0];
  if (label === void 0 || label.trim() === "") {
    throw new Error(
      `tracking issue (scenario ${report.scenarioId}): the label list is empty or starts with an empty label`
    );
  }
  const notes = [];
  const body = cut(withMarker(markerText, report.body), notes, "issue body");
  const title = oneLine(report.title);
  if (title === "") throw new Error(`tracking issue (scenario ${report.scenarioId}): the title is empty`);
  return guardPermission("issues: write", async () => {
    const [existing, ...duplicates] = await findOpen(api, repo, label, markerText, report.scenarioId);
    if (!existing) {
      const { data } = await attempt(
        `open drift issue (scenario ${report.scenarioId})`,
        () => api.request("POST /repos/{owner}/{repo}/issues", { ...repo, title, body, labels })
      );
      return { status: "posted", id: data.number, url: data.html_url, notes };
    }
    if (duplicates.length > 0) {
      notes.push(
        `other open drift issues for this scenario: ${duplicates.map((d) => `#${d.number}`).join(", ")}`
      );
    }
    if (existing.body === body && existing.title === title) {
      notes.push("issue already up to date");
    } else {
      await attempt(
        `update drift issue #${existing.number} (scenario ${report.scenarioId})`,
        () => api.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
          ...repo,
          issue_number: existing.number,
          title,
          body
        })
      );
    }
    return { status: "updated", id: existing.number, url: existing.html_url, notes };
  });
}
async function resolveDrift(api, repo, recovery) {
  const markerText = marker("tracking-issue", recovery.scenarioId);
  const label = recovery.label ?? DEFAULT_TRACKING_LABEL;
  const notes = [];
  const comment = cut(recovery.comment, notes, "closing comment");
  return guardPermission("issues: write", async () => {
    const open = await findOpen(api, repo, label, markerText, recovery.scenarioId);
    const [first] = open;
    if (!first) {
      return {
        status: "nothing-to-do",
        reason: `no open drift issue for scenario ${recovery.scenarioId}`
      };
    }
    for (const issue of open) {
      const where = `drift issue #${issue.number} (scenario ${recovery.scenarioId})`;
      await attempt(
        `comment on ${where}`,
        () => api.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
          ...repo,
          issue_number: issue.number,
          body: comment
        })
      );
      await attempt(
        `close ${where}`,
        () => api.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
          ...repo,
          issue_number: issue.number,
          state: "closed",
          state_reason: "completed"
        })
      );
    }
    if (open.length > 1) notes.push(`closed ${open.length} open drift issues for this scenario`);
    return { status: "closed", id: first.number, url: first.html_url, notes };
  });
}

// src/github/publisher.ts
var ITEM_NAMES = {
  checkRun: "check run",
  comment: "PR comment",
  trackingIssue: "drift issue"
};
async function settle(item, run) {
  try {
    return await run();
  } catch (error) {
    if (error instanceof GitHubOperationError) {
      return { status: "failed", operation: error.operation, message: error.message };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { status: "failed", operation: ITEM_NAMES[item], message };
  }
}
async function publish(api, repo, request) {
  const results = {};
  const { checkRun, comment, trackingIssue } = request;
  if (checkRun) {
    results.checkRun = await settle("checkRun", () => publishCheckRun(api, repo, checkRun));
  }
  if (comment) {
    results.comment = await settle("comment", () => upsertStickyComment(api, repo, comment));
  }
  if (trackingIssue) {
    results.trackingIssue = await settle(
      "trackingIssue",
      () => trackingIssue.drifting ? reportDrift(api, repo, trackingIssue) : resolveDrift(api, repo, trackingIssue)
    );
  }
  return results;
}
function missingPermissions(results) {
  const missing = Object.values(results).flatMap(
    (o) => o.status === "skipped-permission" ? [o.permission] : []
  );
  return [...new Set(missing)];
}
function failedOutcomes(results) {
  return ["checkRun", "comment", "trackingIssue"].flatMap((item) => {
    const outcome2 = results[item];
    return outcome2?.status === "failed" ? [`${ITEM_NAMES[item]}: ${outcome2.message}`] : [];
  });
}
function describeOutcomes(results) {
  const lines = [];
  for (const item of ["checkRun", "comment", "trackingIssue"]) {
    const outcome2 = results[item];
    if (!outcome2) continue;
    const name = ITEM_NAMES[item];
    switch (outcome2.status) {
      case "posted":
      case "updated":
      case "closed":
        lines.push(`${name}: ${outcome2.status} ${outcome2.url}`.trimEnd());
        lines.push(...outcome2.notes.map((note) => `  ${note}`));
        break;
      case "nothing-to-do":
        lines.push(`${name}: nothing to do (${outcome2.reason})`);
        break;
      case "skipped-permission":
        lines.push(`${name}: not published: ${outcome2.message}`);
        break;
      case "failed":
        lines.push(`${name}: failed: ${outcome2.message}`);
        break;
    }
  }
  return lines;
}
function parseRepository(slug) {
  const match = /^([A-Za-z0-9-_.]+)\/([A-Za-z0-9-_.]+)$/.exec(slug.trim());
  if (!match) throw new Error(`repository ${JSON.stringify(slug)} is not of the form owner/name`);
  return { owner: match[1], repo: match[2] };
}

// src/inputs/runner-context.ts
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
function readRunnerContext(env) {
  const required = (name) => {
    const value = env[name];
    if (value === void 0 || value === "") {
      throw new Error(
        `${name} is not set: perf-gate's Action runs inside GitHub Actions (use the CLI elsewhere)`
      );
    }
    return value;
  };
  const eventPath = env.GITHUB_EVENT_PATH;
  let payload = {};
  if (eventPath !== void 0 && eventPath !== "") {
    let parsed;
    try {
      parsed = JSON.parse(readFileSync(eventPath, "utf8"));
    } catch (error) {
      throw new Error(
        `cannot read the event payload GITHUB_EVENT_PATH=${eventPath}: ${error.message}`
      );
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      throw new Error(
        `the event payload GITHUB_EVENT_PATH=${eventPath} is not a JSON object (it holds ${parsed === null ? "null" : Array.isArray(parsed) ? "an array" : `a ${typeof parsed}`})`
      );
    }
    payload = parsed;
  }
  const ref = env.GITHUB_REF ?? "";
  return {
    eventName: required("GITHUB_EVENT_NAME"),
    payload,
    sha: required("GITHUB_SHA"),
    ref,
    refName: env.GITHUB_REF_NAME || ref.replace(/^refs\/(heads|tags)\//, ""),
    repository: required("GITHUB_REPOSITORY"),
    serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    runId: env.GITHUB_RUN_ID || void 0,
    job: env.GITHUB_JOB || void 0,
    runAttempt: env.GITHUB_RUN_ATTEMPT || void 0,
    runnerTemp: env.RUNNER_TEMP || join(tmpdir(), "perf-gate-runner"),
    workspace: env.GITHUB_WORKSPACE || process.cwd()
  };
}
function runUrl(ctx) {
  return ctx.runId === void 0 ? void 0 : `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}`;
}

// src/action/gate.ts
import { join as join5 } from "node:path";

// src/delivery/deliver.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/report/check.ts
function renderCheck(ctx) {
  assertRenderable(ctx);
  return {
    title: headline(ctx),
    summary: fitToLimit(
      (o) => renderMarkdown(ctx, o),
      CHECK_RUN_SUMMARY_MAX_BYTES,
      foldNote(ctx),
      ctx.comparison?.series.length ?? 0
    )
  };
}

// src/report/drift-issue.ts
function nightlyOf(view, detected, caller) {
  const nightly = view.ctx.nightly;
  if (!nightly?.drift || nightly.drift.detected !== detected) {
    throw new Error(
      `${caller}: ReportContext.nightly.drift must be present with detected=${detected} (scenario '${view.ctx.scenario.id}')`
    );
  }
  return nightly;
}
function renderDriftIssue(ctx) {
  const view = viewOf(ctx);
  const nightly = nightlyOf(view, true, "renderDriftIssue");
  const drift = nightly.drift;
  const what = `${metricLabel(nightly.metric)} of ${view.nameOfId(nightly.seriesId)}`;
  const title = view.sanitize.plain(
    `perf-gate: ${what} drifted ${formatChange(drift.change, "relative")} over ${drift.window} nightlies (${ctx.scenario.name})`,
    HEADLINE_MAX
  );
  const run = ctx.runUrl ? ` \xB7 [latest nightly run](${ctx.runUrl})` : "";
  const body = [
    `### \u{1F4C8} ${escapeMarkdown(title)}`,
    metaLine(view),
    nightlySection(view, nightly),
    "perf-gate updates this issue every night while the shift lasts and closes it once the metric is back.",
    `<sub>perf-gate ${escapeMarkdown(ctx.version)}${run}</sub>`
  ].join("\n\n");
  return { title, body: `${body}
` };
}
function renderDriftRecovery(ctx) {
  const view = viewOf(ctx);
  const nightly = nightlyOf(view, false, "renderDriftRecovery");
  const latest = nightly.history.at(-1);
  const at = latest ? `, latest nightly ${commitRef(shortSha(latest.commit), view.sanitize.md)} (${formatDate(latest.timeMs)})` : "";
  const what = `${metricLabel(nightly.metric)} of ${view.sanitize.md(view.nameOfId(nightly.seriesId), NAME_MAX)}`;
  return `\u2705 No sustained shift of ${what} over the last ${nightly.drift.window} nightlies${at}. Closing.
`;
}

// src/delivery/publish-request.ts
function publishRequest(ctx, config, scope) {
  const request = {};
  const { headSha, prNumber } = scope.target;
  if (scope.post && headSha !== void 0) {
    request.checkRun = {
      name: config.checkName,
      headSha,
      conclusion: checkConclusion(reportVerdict(ctx), config),
      ...renderCheck(ctx),
      ...ctx.runUrl ? { detailsUrl: ctx.runUrl } : {}
    };
  }
  if (scope.post && config.comment && prNumber !== void 0) {
    request.comment = { issueNumber: prNumber, scenarioId: ctx.scenario.id, body: renderCommentBody(ctx) };
  }
  const drift = ctx.nightly?.drift;
  if (scope.trackDrift && drift !== void 0 && drift.reason === void 0) {
    request.trackingIssue = drift.detected ? { drifting: true, scenarioId: ctx.scenario.id, ...renderDriftIssue(ctx) } : { drifting: false, scenarioId: ctx.scenario.id, comment: renderDriftRecovery(ctx) };
  }
  return request;
}

// src/delivery/step-outputs.ts
function stepOutputs(ctx, verdict, files) {
  const series = ctx.comparison?.series ?? [];
  const deltas = Object.fromEntries(
    series.map((s) => [s.id, Object.fromEntries(s.metrics.map((m) => [m.metric, round(m.change)]))])
  );
  return [
    [Outputs.Verdict, verdict],
    [Outputs.Headline, headline(ctx)],
    [Outputs.ReportPath, files.reportPath],
    [Outputs.MarkdownPath, files.markdownPath],
    [Outputs.BaselineCommit, ctx.baseline?.commit ?? ""],
    [
      Outputs.BaselineAgeSeconds,
      ctx.baseline?.timeMs === void 0 ? "" : String(Math.max(0, Math.round((ctx.nowMs - ctx.baseline.timeMs) / 1e3)))
    ],
    [Outputs.Regressions, String(series.filter((s) => s.outcome === "regression").length)],
    [Outputs.Deltas, JSON.stringify(deltas)],
    [Outputs.BaselineSaved, String(files.baselineSaved)]
  ];
}
function round(x) {
  return Number.isFinite(x) ? Math.round(x * 1e4) / 1e4 : null;
}

// src/delivery/deliver.ts
var FORK_DOCS_URL = "https://github.com/perf-gate/perf-gate/blob/v1/docs/fork-prs.md";
async function deliver(ctx, config, reportDir, deps, options) {
  const reportPath = join2(reportDir, "report.json");
  const markdownPath = join2(reportDir, "report.md");
  try {
    await post(ctx, config, reportDir, deps, options);
  } finally {
    await mkdir(reportDir, { recursive: true });
    await writeFile(reportPath, `${JSON.stringify(buildReportJson(ctx), null, 2)}
`);
    await writeFile(join2(reportDir, SAVED_REPORT_FILE), savedReportJson(ctx, options.measured));
  }
  const summary2 = renderSummary(ctx);
  await writeFile(markdownPath, summary2);
  await deps.writeSummary(summary2);
  const verdict = reportVerdict(ctx);
  const files = { reportPath, markdownPath, baselineSaved: options.baselineSaved };
  for (const [name, value] of stepOutputs(ctx, verdict, files)) deps.setOutput(name, value);
  return verdict;
}
async function post(ctx, config, reportDir, deps, scope) {
  const request = publishRequest(ctx, config, scope);
  if (Object.keys(request).length === 0) return;
  if (deps.github === void 0) {
    deps.logger.warning(
      "no github-token: the check run and comment were not posted; the report is in the job summary"
    );
    return;
  }
  const results = await publish(deps.github.api, deps.github.repo, request);
  for (const line of describeOutcomes(results)) deps.logger.info(line);
  const failures = failedOutcomes(results);
  for (const failure of failures) deps.logger.warning(`not posted to GitHub: ${failure}`);
  if (failures.length > 0) ctx.notPosted = failures;
  const missing = missingPermissions(results);
  if (missing.length > 0) {
    ctx.permissions = { fork: scope.target.fork, missing, docsUrl: FORK_DOCS_URL };
    deps.logger.warning(
      `the token lacks ${missing.join(", ")}: the report is in the job summary and ${reportDir}`
    );
  }
}

// src/delivery/profile-artifact.ts
import { join as join3 } from "node:path";
function profileArtifactName(scenarioId, job, attempt2) {
  return `perf-gate-profile-${scenarioId}-${job ?? "job"}-${attempt2 ?? "1"}`;
}
async function publishProfile(profile, dir, artifactName, deps, runUrl2) {
  if (deps.uploadArtifact === void 0 || profile.files.length === 0) return profile;
  try {
    const { id } = await deps.uploadArtifact(
      artifactName,
      profile.files.map((f) => join3(dir, f)),
      dir
    );
    if (id === void 0 || runUrl2 === void 0) return profile;
    return { ...profile, artifactUrl: `${runUrl2}/artifacts/${id}` };
  } catch (error) {
    const warning2 = `the profiles could not be uploaded as an artifact: ${error.message}`;
    deps.logger.warning(`profiling: ${warning2}`);
    return { ...profile, warnings: [...profile.warnings, warning2] };
  }
}

// src/delivery/service-failure.ts
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import { join as join4 } from "node:path";

// src/report/service-failure.ts
function renderServiceFailure(failure, secrets) {
  const output2 = maskSecrets(failure.output, secrets).replaceAll("```", "'''");
  return [
    "## perf-gate: not measured",
    "",
    alert("CAUTION", [
      `The ${escapeMarkdown(failure.side)}: ${escapeMarkdown(maskSecrets(failure.problem, secrets))}.`,
      "No verdict about performance was reached and no baseline was saved."
    ]),
    "",
    details(
      `Last lines of the ${escapeMarkdown(failure.side)}'s output`,
      output2.trim() === "" ? "_(it wrote nothing)_" : `\`\`\`text
${output2}
\`\`\``
    ),
    ""
  ].join("\n");
}

// src/delivery/service-failure.ts
async function deliverServiceFailure(error, secrets, reportDir, deps) {
  const markdown = renderServiceFailure(
    { side: SIDE_LABEL[error.side], problem: error.problem, output: error.output },
    secrets
  );
  await mkdir2(reportDir, { recursive: true });
  await writeFile2(join4(reportDir, "report.md"), markdown);
  await deps.writeSummary(markdown);
  deps.logger.info(`last lines of the ${SIDE_LABEL[error.side]}'s output:
${error.output}`);
  return `perf-gate: ${error.message}`;
}

// src/modes/select-mode.ts
var PULL_REQUEST_TARGET_REFUSAL = "perf-gate refuses 'pull_request_target': that event runs with a write token and secrets while the load test would execute code from the pull request. Use the two-workflow pattern instead: a `pull_request` workflow measures and uploads the results, and a `workflow_run` workflow runs perf-gate with 'mode: report' to post the check and comment (see docs/fork-prs.md).";
function defaultBranchOf(payload) {
  const repo = payload.repository;
  return repo?.default_branch;
}
function selectMode(ctx, requested, baselineBranch) {
  if (ctx.eventName === "pull_request_target") throw new Error(PULL_REQUEST_TARGET_REFUSAL);
  const defaultBranch = baselineBranch ?? defaultBranchOf(ctx.payload) ?? "main";
  const pr = ctx.payload.pull_request;
  if (requested === "report") return { mode: "report" };
  if (requested === "baseline") {
    if (pr !== void 0) {
      throw new Error("mode 'baseline' is refused on pull-request events: a PR never saves a baseline");
    }
    return { mode: "baseline", sha: ctx.sha, branch: ctx.refName, nightly: ctx.eventName === "schedule" };
  }
  if (pr !== void 0) {
    return {
      mode: "compare",
      headSha: pr.head?.sha ?? ctx.sha,
      baseSha: pr.base?.sha,
      baseBranch: baselineBranch ?? pr.base?.ref ?? defaultBranch,
      prNumber: pr.number,
      fork: pr.head?.repo?.fork === true
    };
  }
  const onDefaultBranch = ctx.refName === defaultBranch;
  const recordsBaselines = ["push", "schedule", "workflow_dispatch"].includes(ctx.eventName);
  if (requested === "auto" && onDefaultBranch && recordsBaselines) {
    return { mode: "baseline", sha: ctx.sha, branch: ctx.refName, nightly: ctx.eventName === "schedule" };
  }
  return { mode: "compare", headSha: ctx.sha, baseBranch: defaultBranch, fork: false };
}

// src/baseline/save.ts
async function saveBaseline(store, input, logger) {
  const built = buildArtifact(input);
  const result = await store.save(built.artifact, artifactKey(built.artifact));
  if (result.status === "failed") {
    logger.warning(`baseline not saved: ${result.reason}`);
  } else {
    const why = result.status === "already-saved" ? ` (${result.reason})` : "";
    logger.info(`baseline ${result.status}: ${result.key}${why}`);
  }
  for (const note of built.notes) logger.info(note);
  return result.status === "saved";
}

// src/baseline/save-policy.ts
function decideSave(candidate) {
  const reasons = [...candidate.engineErrors];
  const notes = [];
  if (candidate.runs.length === 0) {
    reasons.push("no run produced a result");
  } else if (candidate.runs.length < candidate.expectedRuns) {
    reasons.push(
      `partial measurement: ${candidate.runs.length} of ${candidate.expectedRuns} runs produced a result`
    );
  }
  candidate.runs.forEach((run, i) => {
    if (run.cutFiles === void 0 || run.cutFiles.length === 0) return;
    const label = candidate.runs.length === 1 ? "the run" : `run ${i + 1}`;
    reasons.push(`${label} is partial: ${run.cutFiles.join(", ")} is cut short (mid-line or mid-gzip)`);
  });
  reasons.push(...errorRateProblems(candidate.runs, candidate.maxErrorRate));
  const refused = candidate.comparison?.refused;
  if (refused !== void 0) {
    if (candidate.comparability?.incomparable === true) {
      notes.push(
        `the workload changed (${incomparableText(candidate.comparability)}): this run starts a new baseline`
      );
    } else if (candidate.previousInvalid === true) {
      notes.push(`the previous baseline is not valid (${refused}): this run replaces it`);
    } else {
      reasons.push(`the comparison with the previous baseline was refused: ${refused}`);
    }
  }
  return reasons.length > 0 ? { save: false, reasons } : { save: true, notes };
}

// src/stats/drift.ts
var defaultDriftOptions = {
  recent: 3,
  minEarlier: 5,
  maxEarlier: 20,
  tolerance: 0.1,
  confidence: 0.99
};
function detectDrift(points, options = defaultDriftOptions) {
  const usable = points.filter((p) => p.value > 0 && Number.isFinite(p.value));
  const recent = usable.slice(-options.recent);
  const earlier = usable.slice(0, -options.recent).slice(-options.maxEarlier);
  const window = recent.length + earlier.length;
  if (recent.length < options.recent || earlier.length < options.minEarlier) {
    return {
      detected: false,
      change: Number.NaN,
      window,
      reason: `drift needs ${options.minEarlier + options.recent} nightlies; the history has ${usable.length}`
    };
  }
  const logEarlier = earlier.map((p) => Math.log(p.value));
  const logRecent = recent.map((p) => Math.log(p.value));
  const mean = (xs) => xs.reduce((a, x) => a + x, 0) / xs.length;
  const shift = mean(logRecent) - mean(logEarlier);
  const variance = sampleVariance(logEarlier) * (1 / logEarlier.length + 1 / logRecent.length);
  const half = studentTQuantile(1 - (1 - options.confidence) / 2, logEarlier.length - 1) * Math.sqrt(variance);
  const interval = [Math.expm1(shift - half), Math.expm1(shift + half)];
  const change = Math.expm1(shift);
  const median = [...logEarlier].sort((a, b) => a - b)[Math.floor(logEarlier.length / 2)];
  const side = Math.sign(shift);
  const sustained = logRecent.every((v) => Math.sign(v - median) === side);
  const significant = interval[0] > 0 || interval[1] < 0;
  const detected = sustained && significant && Math.abs(change) >= options.tolerance;
  if (!detected) return { detected, change, interval, window };
  const midpoint = median + shift / 2;
  let first = usable.length - 1;
  while (first > 0 && Math.sign(Math.log(usable[first - 1].value) - midpoint) === side) first--;
  const since = usable[Math.max(first, usable.length - recent.length - earlier.length)];
  return { detected, change, interval, window, since: { commit: since.commit, timeMs: since.timeMs } };
}

// src/judge/nightly.ts
var NIGHTLY_METRIC = "p95";
function nightlyTrend(history, tonight) {
  const entries = [...history, tonight];
  const candidates = Object.keys(tonight.headline).map((seriesId) => {
    const points = entries.flatMap((e) => {
      const value = e.headline[seriesId]?.[NIGHTLY_METRIC];
      return value === void 0 || !Number.isFinite(value) ? [] : [{ commit: e.commit, timeMs: e.timeMs, value }];
    });
    return {
      seriesId,
      points,
      drift: detectDrift(points),
      weight: tonight.headline[seriesId]?.throughput ?? 0
    };
  });
  const drifting = candidates.filter((c) => c.drift.detected);
  const pick = drifting.sort((a, b) => Math.abs(b.drift.change) - Math.abs(a.drift.change))[0] ?? candidates.sort((a, b) => b.weight - a.weight)[0];
  if (pick === void 0) return void 0;
  return { seriesId: pick.seriesId, metric: NIGHTLY_METRIC, history: pick.points, drift: pick.drift };
}

// src/judge/baseline-run.ts
function judgeBaselineRun(step, restored, judging, rules) {
  const runs = step.measurement.candidate;
  const previous = restored.status === "found" ? restored.artifact : void 0;
  const { judgement, comparability } = judgeAgainstArtifact(
    step,
    restored,
    judging.settings,
    judging.measuring,
    judging.logger
  );
  const decision = decideSave({
    runs,
    expectedRuns: rules.expectedRuns,
    engineErrors: [],
    maxErrorRate: rules.maxErrorRate,
    comparison: judgement.comparison,
    comparability,
    previousInvalid: previous !== void 0 && errorRateProblems(previous.runs, rules.maxErrorRate).length > 0
  });
  if (rules.nightlyCommit === void 0) return { judgement, decision };
  const history = [...previous?.history ?? [], ...previous ? [historyEntryOf(previous)] : []];
  const nightly = nightlyTrend(history, {
    commit: rules.nightlyCommit,
    timeMs: judging.now(),
    runs: runs.length,
    headline: headlineFigures(runs)
  });
  return { judgement, decision, nightly };
}

// src/action/baseline-step.ts
async function baselineStep(config, plan, runner, deps, step, judging) {
  const runs = step.measurement.candidate;
  const restored = await deps.store.restore({
    scenarioId: config.scenarioId,
    branch: plan.branch,
    sha: plan.sha
  });
  const { judgement, decision, nightly } = judgeBaselineRun(step, restored, judging, {
    expectedRuns: config.results.length > 0 ? runs.length : config.runs,
    maxErrorRate: config.maxErrorRate,
    ...plan.nightly ? { nightlyCommit: plan.sha } : {}
  });
  if (!decision.save) {
    for (const reason of decision.reasons) deps.logger.warning(`baseline not saved: ${reason}`);
    return { judgement, saved: false, refused: decision.reasons, nightly };
  }
  for (const note of decision.notes) deps.logger.info(note);
  const saved = await saveBaseline(
    deps.store,
    {
      commit: plan.sha,
      ref: runner.ref,
      branch: plan.branch,
      timeMs: deps.now(),
      scenarioId: config.scenarioId,
      scriptHash: step.measurer.scriptHash,
      perfGateVersion: deps.version,
      environment: deps.environment,
      runs,
      previous: restored.status === "found" ? restored.artifact : void 0,
      historySize: config.historySize
    },
    deps.logger
  );
  return { judgement, saved, nightly };
}

// src/action/deps.ts
function gateJudging(config, commit, deps) {
  const collaborators = { measuring: deps, logger: deps.logger, now: deps.now };
  return judgingOf(config, config.seed ?? seedFromSha(commit), collaborators);
}
function actionHeader(config, runner, deps, candidate) {
  return reportHeader(
    config,
    {
      scenario: { id: config.scenarioId, name: config.scenarioId },
      candidate: { commit: candidate.commit, ref: candidate.ref ?? runner.refName }
    },
    { nowMs: deps.now(), version: deps.version, runUrl: runUrl(runner) }
  );
}

// src/github/pull-request.ts
async function findPullRequestByHead(api, repo, head) {
  const owner = head.repository.split("/")[0];
  const pulls = await attempt(
    `list pull requests of ${repo.owner}/${repo.repo} with head ${head.repository}:${head.branch}`,
    () => api.paginate("GET /repos/{owner}/{repo}/pulls", {
      ...repo,
      state: "open",
      head: `${owner}:${head.branch}`,
      per_page: 100
    })
  );
  const self = `${repo.owner}/${repo.repo}`.toLowerCase();
  const match = pulls.find(
    (p) => p.head.sha === head.sha && p.head.repo?.full_name.toLowerCase() === head.repository.toLowerCase() && p.base.repo.full_name.toLowerCase() === self
  );
  if (match === void 0) return void 0;
  return {
    number: match.number,
    baseRef: match.base.ref,
    baseSha: match.base.sha,
    fork: head.repository.toLowerCase() !== self
  };
}
async function pullRequestToReportOn(api, repo, head, logger) {
  const noComment = `the check run goes on ${head.sha}, no comment is posted`;
  try {
    const pr = await findPullRequestByHead(api, repo, head);
    if (pr === void 0) {
      logger.warning(
        `no open pull request has head ${head.repository}:${head.branch} at ${head.sha}: ${noComment}`
      );
    }
    return pr;
  } catch (error) {
    if (!(error instanceof GitHubOperationError)) throw error;
    logger.warning(`${error.message} (the token needs \`pull-requests: read\`): ${noComment}`);
    return void 0;
  }
}

// src/judge/measured-runs.ts
async function judgeMeasuredRuns(measured, judging, base, restore) {
  const step = {
    measurer: { scriptHash: measured.scriptHash },
    measurement: {
      candidate: measured.candidate,
      ...measured.baseline ? { baseline: measured.baseline } : {},
      ...measured.orders ? { orders: measured.orders } : {},
      generatorWarnings: []
    }
  };
  if (measured.baseline !== void 0) {
    return judgeSameJob(step, judging.settings, judging.logger, { ...base, timeMs: judging.now() });
  }
  const measuring = { environment: measured.environment, version: judging.measuring.version };
  return judgeAgainstArtifact(step, await restore(), judging.settings, measuring, judging.logger).judgement;
}

// src/modes/workflow-run.ts
var ReportEventError = class extends Error {
  name = "ReportEventError";
};
var SHA2 = /^[0-9a-f]{40}$/;
function measuringRunOf(eventName, payload) {
  if (eventName !== "workflow_run") {
    throw new ReportEventError(
      `mode report runs on workflow_run events only (this is '${eventName}'): the commit and pull request to post to are taken from that event, never from the uploaded report (see docs/fork-prs.md)`
    );
  }
  const run = payload.workflow_run;
  if (run?.event !== "pull_request") {
    throw new ReportEventError(
      `mode report posts verdicts of pull_request workflows; the workflow_run event is for a '${String(run?.event)}' run (add \`if: github.event.workflow_run.event == 'pull_request'\` to the job)`
    );
  }
  const sha = run.head_sha;
  const branch = run.head_branch;
  const repository = run.head_repository?.full_name;
  if (typeof sha !== "string" || !SHA2.test(sha)) {
    throw new ReportEventError(`workflow_run.head_sha is not a commit sha: ${JSON.stringify(sha)}`);
  }
  if (typeof branch !== "string" || branch === "" || typeof repository !== "string" || !repository.includes("/")) {
    throw new ReportEventError(
      "the workflow_run event lacks head_branch or head_repository.full_name: cannot find the pull request"
    );
  }
  const url = typeof run.html_url === "string" && /^https?:\/\/[^\s<>()[\]"'`]+$/.test(run.html_url) ? run.html_url : void 0;
  return { head: { sha, branch, repository }, ...url ? { url } : {} };
}

// src/action/report-step.ts
async function reportStep(config, runner, deps, reportDir) {
  const measuring = measuringRunOf(runner.eventName, runner.payload);
  const { head } = measuring;
  const saved = await readSavedReport(reportDir);
  if (saved.measured === void 0) {
    throw new SavedReportError(
      `mode report: ${reportDir} holds no measured runs (it was written by \`perf-gate compare --save\` or an older perf-gate)`
    );
  }
  const pr = deps.github === void 0 ? void 0 : await pullRequestToReportOn(deps.github.api, deps.github.repo, head, deps.logger);
  const defaultBranch = runner.payload.repository?.default_branch;
  const base = {
    branch: config.baselineBranch ?? pr?.baseRef ?? defaultBranch ?? "main",
    sha: pr?.baseSha
  };
  const judging = gateJudging(config, head.sha, deps);
  const restore = () => deps.store.restore({ scenarioId: config.scenarioId, branch: base.branch, sha: base.sha ?? head.sha });
  const judgement = await judgeMeasuredRuns(
    saved.measured,
    judging,
    { commit: base.sha ?? "merge-base", ref: base.branch },
    restore
  );
  const header = actionHeader(config, runner, deps, { commit: head.sha, ref: head.branch });
  const ctx = reportContext(header, {
    ...judgement,
    measuredByPullRequest: measuring.url ? { runUrl: measuring.url } : {}
  });
  return deliver(ctx, config, reportDir, deps, {
    target: { headSha: head.sha, prNumber: pr?.number, fork: pr?.fork ?? true },
    post: true,
    trackDrift: false,
    baselineSaved: false,
    measured: saved.measured
  });
}

// src/action/gate.ts
async function runGate(config, runner, deps) {
  const plan = selectMode(
    { eventName: runner.eventName, payload: runner.payload, sha: runner.sha, refName: runner.refName },
    config.mode,
    config.baselineBranch
  );
  const reportDir = config.reportDir ?? join5(runner.runnerTemp, "perf-gate", config.scenarioId);
  try {
    if (plan.mode === "report") return outcome(await reportStep(config, runner, deps, reportDir), config);
    if (plan.mode === "compare") return await comparePullRequest(config, plan, runner, deps, reportDir);
    return await measureBaseline(config, plan, runner, deps, reportDir);
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    return { failure: await deliverServiceFailure(error, secretsOf(config), reportDir, deps) };
  }
}
async function comparePullRequest(config, plan, runner, deps, reportDir) {
  const judging = gateJudging(config, plan.headSha, deps);
  const restored = await deps.store.restore({
    scenarioId: config.scenarioId,
    branch: plan.baseBranch,
    sha: plan.baseSha ?? plan.headSha
  });
  const profiles = { dir: join5(reportDir, "profile"), env: process.env };
  const builds = pullRequestBuilds(config, restored, judging, plan.baseSha, profiles);
  const step = await measureStep(config, runner, deps, reportDir, judging.settings.seed, builds);
  const base = { commit: plan.baseSha ?? "merge-base", ref: plan.baseBranch };
  const header = actionHeader(config, runner, deps, { commit: plan.headSha });
  const ctx = reportContext(header, judgePullRequest(step, restored, base, judging), step);
  if (ctx.profile) {
    const artifact = profileArtifactName(config.scenarioId, runner.job, runner.runAttempt);
    ctx.profile = await publishProfile(ctx.profile, join5(reportDir, "profile"), artifact, deps, ctx.runUrl);
  }
  const verdict = await deliver(ctx, config, reportDir, deps, {
    target: { headSha: plan.headSha, prNumber: plan.prNumber, fork: plan.fork },
    post: true,
    trackDrift: false,
    baselineSaved: false,
    measured: measuredOf(step, deps)
  });
  return outcome(verdict, config);
}
async function measureStep(config, runner, deps, reportDir, seed, builds) {
  const { logger } = deps;
  const place = { outDir: join5(reportDir, "runs"), logger, apiUrl: runner.apiUrl, token: config.token };
  const createMeasurer2 = (engine, settings) => deps.createMeasurer(engine, settings);
  const measure = await prepareMeasuring(config, { ...place, workspace: runner.workspace, createMeasurer: createMeasurer2 });
  return await measure(seed, builds);
}
var measuredOf = (step, deps) => measuredRunsOf(step.measurement, { scriptHash: step.measurer.scriptHash, environment: deps.environment });
async function measureBaseline(config, plan, runner, deps, reportDir) {
  const judging = gateJudging(config, plan.sha, deps);
  const step = await measureStep(config, runner, deps, reportDir, judging.settings.seed);
  const { judgement, saved, refused, nightly } = await baselineStep(
    config,
    plan,
    runner,
    deps,
    step,
    judging
  );
  const header = actionHeader(config, runner, deps, { commit: plan.sha });
  const ctx = reportContext(header, { ...judgement, ...nightly ? { nightly } : {} }, step);
  const verdict = await deliver(ctx, config, reportDir, deps, {
    // a baseline is never measured for a pull request (selectMode refuses it), so never for a fork's
    target: { fork: false },
    post: false,
    trackDrift: plan.nightly && config.trackDrift,
    baselineSaved: saved,
    measured: measuredOf(step, deps)
  });
  return refused === void 0 ? { verdict } : { verdict, failure: `the measurement is not valid as a baseline: ${refused.join("; ")}` };
}
function outcome(verdict, config) {
  const failure = stepFailure(verdict, config);
  return failure === void 0 ? { verdict } : { verdict, failure };
}

// src/action/run-action.ts
var actionsLogger = {
  info: (line) => info(line),
  warning: (message) => warning(message),
  group: (title, fn) => group(title, fn)
};
async function runAction(config) {
  for (const secret of config.secrets) setSecret(secret);
  const runner = readRunnerContext(process.env);
  const result = await runGate(config, runner, {
    store: lazyStore(ACTIONS_CACHE_DESCRIPTION, async () => {
      const { CacheBaselineStore, defaultCacheDirectory } = await import("./cache-store-26BSYJN5.js");
      return new CacheBaselineStore({ directory: defaultCacheDirectory() });
    }),
    github: config.token === "" ? void 0 : {
      api: lazyGitHubApi(async () => {
        const { createGitHubClient } = await import("./client-BWP5TEMZ.js");
        return createGitHubClient({
          token: config.token,
          baseUrl: runner.apiUrl,
          logger: actionsLogger
        });
      }),
      repo: parseRepository(runner.repository)
    },
    logger: actionsLogger,
    setOutput: (name, value) => setOutput(name, value),
    writeSummary: async (markdown) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await summary.addRaw(markdown).write();
    },
    now: Date.now,
    environment: collectEnvironment(),
    version: VERSION,
    createMeasurer,
    uploadArtifact: async (name, files, root) => {
      const { uploadRunArtifact } = await import("./artifact-upload-GM2YRCUQ.js");
      return await uploadRunArtifact(name, files, root);
    }
  });
  return result.failure;
}
export {
  runAction
};
