import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  require_semver
} from "./chunk-X57N4FZY.js";
import {
  HttpClient,
  cp,
  debug,
  exec,
  info,
  isDebug,
  mkdirP,
  rmRF,
  which
} from "./chunk-3RG6OA5L.js";
import "./chunk-EUQYOY4C.js";
import {
  __toESM
} from "./chunk-HMXL2AK5.js";

// src/engine/k6/install.ts
import { constants } from "node:fs";
import { access, chmod, readFile, rm, stat } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { join as join2 } from "node:path";

// node_modules/@actions/tool-cache/lib/tool-cache.js
import * as crypto from "crypto";
import * as fs from "fs";

// node_modules/@actions/tool-cache/lib/manifest.js
var semver = __toESM(require_semver(), 1);

// node_modules/@actions/tool-cache/lib/tool-cache.js
import * as os from "os";
import * as path from "path";
var semver2 = __toESM(require_semver(), 1);
import * as stream from "stream";
import * as util from "util";
import { ok } from "assert";

// node_modules/@actions/tool-cache/lib/retry-helper.js
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var RetryHelper = class {
  constructor(maxAttempts, minSeconds, maxSeconds) {
    if (maxAttempts < 1) {
      throw new Error("max attempts should be greater than or equal to 1");
    }
    this.maxAttempts = maxAttempts;
    this.minSeconds = Math.floor(minSeconds);
    this.maxSeconds = Math.floor(maxSeconds);
    if (this.minSeconds > this.maxSeconds) {
      throw new Error("min seconds should be less than or equal to max seconds");
    }
  }
  execute(action, isRetryable) {
    return __awaiter(this, void 0, void 0, function* () {
      let attempt = 1;
      while (attempt < this.maxAttempts) {
        try {
          return yield action();
        } catch (err) {
          if (isRetryable && !isRetryable(err)) {
            throw err;
          }
          info(err.message);
        }
        const seconds = this.getSleepAmount();
        info(`Waiting ${seconds} seconds before trying again`);
        yield this.sleep(seconds);
        attempt++;
      }
      return yield action();
    });
  }
  getSleepAmount() {
    return Math.floor(Math.random() * (this.maxSeconds - this.minSeconds + 1)) + this.minSeconds;
  }
  sleep(seconds) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve) => setTimeout(resolve, seconds * 1e3));
    });
  }
};

// node_modules/@actions/tool-cache/lib/tool-cache.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var HTTPError = class extends Error {
  constructor(httpStatusCode) {
    super(`Unexpected HTTP response: ${httpStatusCode}`);
    this.httpStatusCode = httpStatusCode;
    Object.setPrototypeOf(this, new.target.prototype);
  }
};
var IS_WINDOWS = process.platform === "win32";
var IS_MAC = process.platform === "darwin";
var userAgent = "actions/tool-cache";
function downloadTool(url, dest, auth, headers) {
  return __awaiter2(this, void 0, void 0, function* () {
    dest = dest || path.join(_getTempDirectory(), crypto.randomUUID());
    yield mkdirP(path.dirname(dest));
    debug(`Downloading ${url}`);
    debug(`Destination ${dest}`);
    const maxAttempts = 3;
    const minSeconds = _getGlobal("TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS", 10);
    const maxSeconds = _getGlobal("TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS", 20);
    const retryHelper = new RetryHelper(maxAttempts, minSeconds, maxSeconds);
    return yield retryHelper.execute(() => __awaiter2(this, void 0, void 0, function* () {
      return yield downloadToolAttempt(url, dest || "", auth, headers);
    }), (err) => {
      if (err instanceof HTTPError && err.httpStatusCode) {
        if (err.httpStatusCode < 500 && err.httpStatusCode !== 408 && err.httpStatusCode !== 429) {
          return false;
        }
      }
      return true;
    });
  });
}
function downloadToolAttempt(url, dest, auth, headers) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (fs.existsSync(dest)) {
      throw new Error(`Destination file path ${dest} already exists`);
    }
    const http = new HttpClient(userAgent, [], {
      allowRetries: false
    });
    if (auth) {
      debug("set auth");
      if (headers === void 0) {
        headers = {};
      }
      headers.authorization = auth;
    }
    const response = yield http.get(url, headers);
    if (response.message.statusCode !== 200) {
      const err = new HTTPError(response.message.statusCode);
      debug(`Failed to download from "${url}". Code(${response.message.statusCode}) Message(${response.message.statusMessage})`);
      throw err;
    }
    const pipeline2 = util.promisify(stream.pipeline);
    const responseMessageFactory = _getGlobal("TEST_DOWNLOAD_TOOL_RESPONSE_MESSAGE_FACTORY", () => response.message);
    const readStream = responseMessageFactory();
    let succeeded = false;
    try {
      yield pipeline2(readStream, fs.createWriteStream(dest));
      debug("download complete");
      succeeded = true;
      return dest;
    } finally {
      if (!succeeded) {
        debug("download failed");
        try {
          yield rmRF(dest);
        } catch (err) {
          debug(`Failed to delete '${dest}'. ${err.message}`);
        }
      }
    }
  });
}
function extractTar(file_1, dest_1) {
  return __awaiter2(this, arguments, void 0, function* (file, dest, flags = "xz") {
    if (!file) {
      throw new Error("parameter 'file' is required");
    }
    dest = yield _createExtractFolder(dest);
    debug("Checking tar --version");
    let versionOutput = "";
    yield exec("tar --version", [], {
      ignoreReturnCode: true,
      silent: true,
      listeners: {
        stdout: (data) => versionOutput += data.toString(),
        stderr: (data) => versionOutput += data.toString()
      }
    });
    debug(versionOutput.trim());
    const isGnuTar = versionOutput.toUpperCase().includes("GNU TAR");
    let args;
    if (flags instanceof Array) {
      args = flags;
    } else {
      args = [flags];
    }
    if (isDebug() && !flags.includes("v")) {
      args.push("-v");
    }
    let destArg = dest;
    let fileArg = file;
    if (IS_WINDOWS && isGnuTar) {
      args.push("--force-local");
      destArg = dest.replace(/\\/g, "/");
      fileArg = file.replace(/\\/g, "/");
    }
    if (isGnuTar) {
      args.push("--warning=no-unknown-keyword");
      args.push("--overwrite");
    }
    args.push("-C", destArg, "-f", fileArg);
    yield exec(`tar`, args);
    return dest;
  });
}
function extractZip(file, dest) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (!file) {
      throw new Error("parameter 'file' is required");
    }
    dest = yield _createExtractFolder(dest);
    if (IS_WINDOWS) {
      yield extractZipWin(file, dest);
    } else {
      yield extractZipNix(file, dest);
    }
    return dest;
  });
}
function extractZipWin(file, dest) {
  return __awaiter2(this, void 0, void 0, function* () {
    const escapedFile = file.replace(/'/g, "''").replace(/"|\n|\r/g, "");
    const escapedDest = dest.replace(/'/g, "''").replace(/"|\n|\r/g, "");
    const pwshPath = yield which("pwsh", false);
    if (pwshPath) {
      const pwshCommand = [
        `$ErrorActionPreference = 'Stop' ;`,
        `try { Add-Type -AssemblyName System.IO.Compression.ZipFile } catch { } ;`,
        `try { [System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`,
        `catch { if (($_.Exception.GetType().FullName -eq 'System.Management.Automation.MethodException') -or ($_.Exception.GetType().FullName -eq 'System.Management.Automation.RuntimeException') ){ Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force } else { throw $_ } } ;`
      ].join(" ");
      const args = [
        "-NoLogo",
        "-NoProfile",
        "-NonInteractive",
        "-ExecutionPolicy",
        "Unrestricted",
        "-Command",
        pwshCommand
      ];
      debug(`Using pwsh at path: ${pwshPath}`);
      yield exec(`"${pwshPath}"`, args);
    } else {
      const powershellCommand = [
        `$ErrorActionPreference = 'Stop' ;`,
        `try { Add-Type -AssemblyName System.IO.Compression.FileSystem } catch { } ;`,
        `if ((Get-Command -Name Expand-Archive -Module Microsoft.PowerShell.Archive -ErrorAction Ignore)) { Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force }`,
        `else {[System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`
      ].join(" ");
      const args = [
        "-NoLogo",
        "-Sta",
        "-NoProfile",
        "-NonInteractive",
        "-ExecutionPolicy",
        "Unrestricted",
        "-Command",
        powershellCommand
      ];
      const powershellPath = yield which("powershell", true);
      debug(`Using powershell at path: ${powershellPath}`);
      yield exec(`"${powershellPath}"`, args);
    }
  });
}
function extractZipNix(file, dest) {
  return __awaiter2(this, void 0, void 0, function* () {
    const unzipPath = yield which("unzip", true);
    const args = [file];
    if (!isDebug()) {
      args.unshift("-q");
    }
    args.unshift("-o");
    yield exec(`"${unzipPath}"`, args, { cwd: dest });
  });
}
function cacheDir(sourceDir, tool, version, arch2) {
  return __awaiter2(this, void 0, void 0, function* () {
    version = semver2.clean(version) || version;
    arch2 = arch2 || os.arch();
    debug(`Caching tool ${tool} ${version} ${arch2}`);
    debug(`source dir: ${sourceDir}`);
    if (!fs.statSync(sourceDir).isDirectory()) {
      throw new Error("sourceDir is not a directory");
    }
    const destPath = yield _createToolPath(tool, version, arch2);
    for (const itemName of fs.readdirSync(sourceDir)) {
      const s = path.join(sourceDir, itemName);
      yield cp(s, destPath, { recursive: true });
    }
    _completeToolPath(tool, version, arch2);
    return destPath;
  });
}
function find(toolName, versionSpec, arch2) {
  if (!toolName) {
    throw new Error("toolName parameter is required");
  }
  if (!versionSpec) {
    throw new Error("versionSpec parameter is required");
  }
  arch2 = arch2 || os.arch();
  if (!isExplicitVersion(versionSpec)) {
    const localVersions = findAllVersions(toolName, arch2);
    const match = evaluateVersions(localVersions, versionSpec);
    versionSpec = match;
  }
  let toolPath = "";
  if (versionSpec) {
    versionSpec = semver2.clean(versionSpec) || "";
    const cachePath = path.join(_getCacheDirectory(), toolName, versionSpec, arch2);
    debug(`checking cache: ${cachePath}`);
    if (fs.existsSync(cachePath) && fs.existsSync(`${cachePath}.complete`)) {
      debug(`Found tool in cache ${toolName} ${versionSpec} ${arch2}`);
      toolPath = cachePath;
    } else {
      debug("not found");
    }
  }
  return toolPath;
}
function findAllVersions(toolName, arch2) {
  const versions = [];
  arch2 = arch2 || os.arch();
  const toolPath = path.join(_getCacheDirectory(), toolName);
  if (fs.existsSync(toolPath)) {
    const children = fs.readdirSync(toolPath);
    for (const child of children) {
      if (isExplicitVersion(child)) {
        const fullPath = path.join(toolPath, child, arch2 || "");
        if (fs.existsSync(fullPath) && fs.existsSync(`${fullPath}.complete`)) {
          versions.push(child);
        }
      }
    }
  }
  return versions;
}
function _createExtractFolder(dest) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (!dest) {
      dest = path.join(_getTempDirectory(), crypto.randomUUID());
    }
    yield mkdirP(dest);
    return dest;
  });
}
function _createToolPath(tool, version, arch2) {
  return __awaiter2(this, void 0, void 0, function* () {
    const folderPath = path.join(_getCacheDirectory(), tool, semver2.clean(version) || version, arch2 || "");
    debug(`destination ${folderPath}`);
    const markerPath = `${folderPath}.complete`;
    yield rmRF(folderPath);
    yield rmRF(markerPath);
    yield mkdirP(folderPath);
    return folderPath;
  });
}
function _completeToolPath(tool, version, arch2) {
  const folderPath = path.join(_getCacheDirectory(), tool, semver2.clean(version) || version, arch2 || "");
  const markerPath = `${folderPath}.complete`;
  fs.writeFileSync(markerPath, "");
  debug("finished caching tool");
}
function isExplicitVersion(versionSpec) {
  const c = semver2.clean(versionSpec) || "";
  debug(`isExplicit: ${c}`);
  const valid2 = semver2.valid(c) != null;
  debug(`explicit? ${valid2}`);
  return valid2;
}
function evaluateVersions(versions, versionSpec) {
  let version = "";
  debug(`evaluating ${versions.length} versions`);
  versions = versions.sort((a, b) => {
    if (semver2.gt(a, b)) {
      return 1;
    }
    return -1;
  });
  for (let i = versions.length - 1; i >= 0; i--) {
    const potential = versions[i];
    const satisfied = semver2.satisfies(potential, versionSpec);
    if (satisfied) {
      version = potential;
      break;
    }
  }
  if (version) {
    debug(`matched: ${version}`);
  } else {
    debug("match not found");
  }
  return version;
}
function _getCacheDirectory() {
  const cacheDirectory = process.env["RUNNER_TOOL_CACHE"] || "";
  ok(cacheDirectory, "Expected RUNNER_TOOL_CACHE to be defined");
  return cacheDirectory;
}
function _getTempDirectory() {
  const tempDirectory = process.env["RUNNER_TEMP"] || "";
  ok(tempDirectory, "Expected RUNNER_TEMP to be defined");
  return tempDirectory;
}
function _getGlobal(key, defaultValue) {
  const value = global[key];
  return value !== void 0 ? value : defaultValue;
}

// src/engine/k6/checksum.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
function parseChecksums(text) {
  const sums = /* @__PURE__ */ new Map();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.trim());
    if (m) sums.set(m[2].trim(), m[1].toLowerCase());
  }
  return sums;
}
async function sha256File(path2) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path2)) hash.update(chunk);
  return hash.digest("hex");
}
async function verifySha256(file, name, checksumsText, checksumsName) {
  const expected = parseChecksums(checksumsText).get(name);
  if (expected === void 0) {
    throw new Error(`${checksumsName} lists no checksum for ${name}; refusing to install an unverified k6`);
  }
  const actual = await sha256File(file);
  if (actual !== expected) {
    throw new Error(
      `checksum mismatch for ${name}: expected sha256 ${expected} (from ${checksumsName}), got ${actual}; the download is corrupt or not the published archive, so it was not installed`
    );
  }
}

// src/engine/k6/platform.ts
var K6_PLATFORMS = {
  "linux/x64": { os: "linux-amd64", format: "tar.gz", binary: "k6" },
  "linux/arm64": { os: "linux-arm64", format: "tar.gz", binary: "k6" },
  "darwin/x64": { os: "macos-amd64", format: "zip", binary: "k6" },
  "darwin/arm64": { os: "macos-arm64", format: "zip", binary: "k6" },
  "win32/x64": { os: "windows-amd64", format: "zip", binary: "k6.exe" }
};
var SEMVER = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;
function normalizeK6Version(raw) {
  const m = SEMVER.exec(raw.trim());
  if (!m) throw new Error(`k6 version '${raw}' is not a version like v0.49.0 (or 'latest')`);
  return m[1];
}
function k6ReleaseAsset(version, platform = process.platform, arch2 = process.arch) {
  const target = K6_PLATFORMS[`${platform}/${arch2}`];
  if (target === void 0) {
    throw new Error(
      `k6 publishes no release archive for platform '${platform}' with architecture '${arch2}' (it has linux x64/arm64, darwin x64/arm64, win32 x64); install k6 yourself and pass its path (k6-path / --k6)`
    );
  }
  const v = normalizeK6Version(version);
  const directory = `k6-v${v}-${target.os}`;
  return {
    version: v,
    platform: target.os,
    arch: target.os.split("-")[1],
    archive: `${directory}.${target.format}`,
    format: target.format,
    directory,
    binary: target.binary,
    checksums: `k6-v${v}-checksums.txt`
  };
}

// src/engine/k6/releases.ts
var DEFAULT_GITHUB_API_URL = "https://api.github.com";
async function resolveLatestK6Version(options = {}) {
  const base = (options.apiBaseUrl ?? DEFAULT_GITHUB_API_URL).replace(/\/+$/, "");
  const url = `${base}/repos/grafana/k6/releases/latest`;
  const headers = {
    accept: "application/vnd.github+json",
    "user-agent": "perf-gate",
    "x-github-api-version": "2022-11-28"
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let response;
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(options.timeoutMs ?? 3e4) });
  } catch (err) {
    throw new Error(`could not ask ${url} for the latest k6 release: ${err.message}`);
  }
  if (!response.ok) {
    throw new Error(
      `could not resolve k6 version 'latest': ${url} answered ${response.status} ${response.statusText}` + (response.status === 403 || response.status === 429 ? " (rate limited? pass a token)" : "")
    );
  }
  const body = await response.json();
  if (typeof body.tag_name !== "string") {
    throw new Error(`could not resolve k6 version 'latest': ${url} returned no tag_name`);
  }
  return normalizeK6Version(body.tag_name);
}

// src/engine/k6/install.ts
var DEFAULT_K6_VERSION = "2.3.0";
var DEFAULT_K6_DOWNLOAD_URL = "https://github.com/grafana/k6/releases/download";
var TOOL_NAME = "k6";
async function installK6(options = {}) {
  if (options.k6Path !== void 0 && options.k6Path !== "") {
    return { path: await checkExecutable(options.k6Path), source: "explicit" };
  }
  const requested = options.version ?? DEFAULT_K6_VERSION;
  const version = requested.trim().toLowerCase() === "latest" ? await resolveLatestK6Version({ apiBaseUrl: options.apiBaseUrl, token: options.token }) : normalizeK6Version(requested);
  const asset = k6ReleaseAsset(version, options.platform, options.arch);
  useDefaultToolDirectories();
  const cached = find(TOOL_NAME, asset.version, asset.arch);
  if (cached !== "") {
    options.logger?.info(`k6 v${asset.version} found in the tool cache`);
    return { path: join2(cached, asset.binary), version: asset.version, source: "tool-cache" };
  }
  const path2 = await downloadK6(asset, options.downloadBaseUrl ?? DEFAULT_K6_DOWNLOAD_URL, options.logger);
  return { path: path2, version: asset.version, source: "download" };
}
function useDefaultToolDirectories(env = process.env) {
  env.RUNNER_TOOL_CACHE ||= join2(env.XDG_CACHE_HOME || join2(homedir(), ".cache"), "perf-gate", "tools");
  env.RUNNER_TEMP ||= join2(tmpdir(), "perf-gate-downloads");
}
async function downloadK6(asset, base, logger) {
  const releaseUrl = `${base.replace(/\/+$/, "")}/v${asset.version}`;
  logger?.info(`downloading k6 v${asset.version} (${asset.archive}) from ${releaseUrl}`);
  const downloaded = [];
  try {
    const archive = await download(`${releaseUrl}/${asset.archive}`, asset.version);
    downloaded.push(archive);
    const checksums = await download(`${releaseUrl}/${asset.checksums}`, asset.version);
    downloaded.push(checksums);
    await verifySha256(archive, asset.archive, await readFile(checksums, "utf8"), asset.checksums);
    const extracted = asset.format === "zip" ? await extractZip(archive) : await extractTar(archive);
    downloaded.push(extracted);
    const binary = join2(extracted, asset.directory, asset.binary);
    if (!await isFile(binary)) {
      throw new Error(`${asset.archive} does not contain ${asset.directory}/${asset.binary}`);
    }
    if (asset.binary === "k6") await chmod(binary, 493);
    const cachedDir = await cacheDir(
      join2(extracted, asset.directory),
      TOOL_NAME,
      asset.version,
      asset.arch
    );
    logger?.info(`k6 v${asset.version} verified (sha256) and cached`);
    return join2(cachedDir, asset.binary);
  } finally {
    await removeDownloads(downloaded, logger);
  }
}
async function removeDownloads(paths, logger) {
  for (const path2 of paths) {
    await rm(path2, { recursive: true, force: true }).catch(
      (err) => logger?.warning(`could not remove the downloaded ${path2}: ${err.message}`)
    );
  }
}
async function download(url, version) {
  try {
    return await downloadTool(url);
  } catch (err) {
    if (err instanceof HTTPError && err.httpStatusCode === 404) {
      throw new Error(
        `k6 v${version} is not available: ${url} answered 404 (is v${version} a published release?)`
      );
    }
    throw new Error(`downloading ${url} failed: ${err.message}`);
  }
}
async function checkExecutable(path2) {
  if (!await isFile(path2)) throw new Error(`k6 path '${path2}' is not a file`);
  if (process.platform !== "win32") {
    try {
      await access(path2, constants.X_OK);
    } catch {
      throw new Error(`k6 path '${path2}' is not executable`);
    }
  }
  return path2;
}
async function isFile(path2) {
  try {
    return (await stat(path2)).isFile();
  } catch {
    return false;
  }
}
export {
  installK6
};
