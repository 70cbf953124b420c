import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  SIDE_LABEL,
  startNodeProfiling,
  stopNodeProfiling,
  withoutPreloadSamples
} from "./chunk-WYSJ6EYN.js";
import {
  maskSecrets
} from "./chunk-RUBWER6Z.js";
import {
  ProfileFormatError,
  WHERE_ROWS,
  diffProfiles,
  functionKey,
  measureNoise,
  renderWhereTheMemoryWent,
  renderWhereTheTimeWent
} from "./chunk-QE7TBEWJ.js";
import {
  plainText
} from "./chunk-6374IUCB.js";
import {
  runToCompletion,
  serviceProcess
} from "./chunk-5CIDEWRF.js";
import {
  measuredRequests
} from "./chunk-IEL6FNXH.js";
import "./chunk-HMXL2AK5.js";

// src/measure/profiling-pair.ts
import { mkdir, readFile as readFile2, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/profile/command-profiler.ts
var shellQuote = (s) => `'${s.replaceAll("'", "'\\''")}'`;
function substituteProfileCommand(template, values) {
  return template.replaceAll("{pid}", String(values.pid)).replaceAll("{seconds}", String(values.seconds)).replaceAll("{out}", shellQuote(values.out));
}
var WRITE_GRACE_MS = 6e4;
function startProfileCommand(template, values, where) {
  const running = runToCompletion(substituteProfileCommand(template, values), {
    ...where,
    timeoutMs: values.seconds * 1e3 + WRITE_GRACE_MS
  });
  return {
    finished: async () => {
      const result = await running;
      if (result.ok) return { ok: true };
      const tail = result.output.trim().split("\n").slice(-3).join(" / ");
      return { ok: false, problem: `${result.status}${tail === "" ? "" : `: ${tail}`}` };
    }
  };
}

// src/profile/flame.ts
var WIDTH = 1200;
var ROW = 17;
var MIN_PIXELS = 0.5;
function addStacks(root, side, which) {
  for (const stack of side.profile.stacks) {
    const share = stack.weight / side.requests;
    let node = root;
    node[which] += share;
    for (const frame of stack.frames) {
      const key = functionKey(frame);
      let child = node.children.get(key);
      if (!child) {
        child = { frame, base: 0, pr: 0, children: /* @__PURE__ */ new Map() };
        node.children.set(key, child);
      }
      child[which] += share;
      node = child;
    }
  }
}
var xml = (s) => plainText(s).replace(/[&<>"']/g, (c) => `&#${c.codePointAt(0)};`);
function colour(change, largest) {
  const strength = largest > 0 ? Math.min(1, Math.abs(change) / largest) : 0;
  const fade = Math.round(235 - 200 * strength);
  return change >= 0 ? `rgb(240,${fade},${fade})` : `rgb(${fade},${fade},240)`;
}
var micros = (s) => `${(s * 1e6).toFixed(1)} \xB5s`;
function renderDiffFlameGraph(base, pr, title) {
  const root = { frame: { name: "all", file: "", line: 0 }, base: 0, pr: 0, children: /* @__PURE__ */ new Map() };
  addStacks(root, base, "base");
  addStacks(root, pr, "pr");
  const selfChange = (n) => {
    let b = n.base;
    let p = n.pr;
    for (const c of n.children.values()) {
      b -= c.base;
      p -= c.pr;
    }
    return p - b;
  };
  let largest = 0;
  const visit = (n) => {
    largest = Math.max(largest, Math.abs(selfChange(n)));
    for (const c of n.children.values()) visit(c);
  };
  visit(root);
  const scale = WIDTH / Math.max(root.base, root.pr, Number.MIN_VALUE);
  const boxes = [];
  let depth = 0;
  const draw = (n, x, level) => {
    const w = Math.max(n.base, n.pr) * scale;
    if (w < MIN_PIXELS) return;
    depth = Math.max(depth, level);
    const change = selfChange(n);
    const label = n.frame.file === "" ? n.frame.name : `${n.frame.name} ${n.frame.file}:${n.frame.line}`;
    const tip = `${label} \u2014 total per request ${micros(n.base)} \u2192 ${micros(n.pr)}, self change ${change >= 0 ? "+" : ""}${micros(change)}`;
    const text = w > 30 ? `<text x="${(x + 3).toFixed(1)}" y="${-level * ROW - 5}">${xml(n.frame.name.slice(0, Math.floor(w / 7)))}</text>` : "";
    boxes.push(
      `<g><title>${xml(tip)}</title><rect x="${x.toFixed(1)}" y="${-(level + 1) * ROW}" width="${w.toFixed(1)}" height="${ROW - 1}" fill="${colour(change, largest)}"/>${text}</g>`
    );
    let cx = x;
    const children = [...n.children.values()].sort(
      (a, b) => functionKey(a.frame).localeCompare(functionKey(b.frame))
    );
    for (const c of children) {
      draw(c, cx, level + 1);
      cx += Math.max(c.base, c.pr) * scale;
    }
  };
  draw(root, 0, 0);
  const height = (depth + 1) * ROW + 40;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 ${-height + 10} ${WIDTH} ${height}" font-family="monospace" font-size="11">`,
    `<text x="0" y="${-height + 25}" font-size="13">${xml(title)} \u2014 red: more time per request in the PR, blue: less</text>`,
    ...boxes,
    "</svg>",
    ""
  ].join("\n");
}

// src/profile/read.ts
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { gunzipSync as gunzipSync2 } from "node:zlib";

// src/profile/folded.ts
var LOCATED = /^(.*) \((.*):(\d+)\)$/;
function parseFrame(text) {
  const m = LOCATED.exec(text);
  return m ? { name: m[1], file: m[2], line: Number(m[3]) } : { name: text, file: "", line: 0 };
}
function readFolded(text, source, sampleSeconds) {
  if (!(sampleSeconds > 0))
    throw new ProfileFormatError(source, "folded stacks need the sampling interval (> 0 s)");
  const stacks = [];
  for (const [i, raw] of text.split("\n").entries()) {
    const line = raw.trimEnd();
    if (line === "") continue;
    const space = line.lastIndexOf(" ");
    const count = Number(line.slice(space + 1));
    if (space <= 0 || !Number.isFinite(count) || count < 0 || line.slice(space + 1) === "")
      throw new ProfileFormatError(source, `line ${i + 1} is not 'frame;frame;frame count'`);
    stacks.push({ frames: line.slice(0, space).split(";").map(parseFrame), weight: count * sampleSeconds });
  }
  if (stacks.length === 0) throw new ProfileFormatError(source, "no stacks");
  return { source, stacks };
}

// src/profile/pprof.ts
import { gunzipSync } from "node:zlib";

// node_modules/pprof-format/dist/esm/index.js
var __classPrivateFieldGet = function(receiver, state, kind, f) {
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
  return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var _StringTable_encodings;
var _StringTable_positions;
var lowMaxBig = 2n ** 32n - 1n;
var lowMax = 2 ** 32 - 1;
var lowMaxPlus1 = lowMax + 1;
var toUtf8 = typeof Buffer === "undefined" ? (value) => new TextEncoder().encode(value) : (value) => Buffer.from(value, "utf8");
function countNumberBytes(buffer) {
  if (!buffer.length)
    return 0;
  let i = 0;
  while (i < buffer.length && buffer[i++] >= 128)
    ;
  return i;
}
function decodeBigNumber(buffer) {
  if (!buffer.length)
    return BigInt(0);
  let value = BigInt(buffer[0] & 127);
  let i = 0;
  while (buffer[i++] >= 128) {
    value |= BigInt(buffer[i] & 127) << BigInt(7 * i);
  }
  return value;
}
function makeValue(value, offset = 0) {
  return { value, offset };
}
function getValue(mode, buffer) {
  switch (mode) {
    case kTypeVarInt:
      for (let i = 0; i < buffer.length; i++) {
        if (!(buffer[i] & 128)) {
          return makeValue(buffer.subarray(0, i + 1));
        }
      }
      return makeValue(buffer);
    case kTypeLengthDelim: {
      const offset = countNumberBytes(buffer);
      const size = decodeNumber(buffer);
      return makeValue(buffer.subarray(offset, Number(size) + offset), offset);
    }
    default:
      throw new Error(`Unrecognized value type: ${mode}`);
  }
}
function lowBits(number) {
  return typeof number !== "bigint" ? (number >>> 0) % lowMaxPlus1 : Number(number & lowMaxBig);
}
function highBits(number) {
  return typeof number !== "bigint" ? number / lowMaxPlus1 >>> 0 : Number(number >> 32n & lowMaxBig);
}
function long(number) {
  const sign = number < 0;
  if (sign)
    number = -number;
  let lo = lowBits(number);
  let hi = highBits(number);
  if (sign) {
    hi = ~hi >>> 0;
    lo = ~lo >>> 0;
    if (++lo > lowMax) {
      lo = 0;
      if (++hi > lowMax) {
        hi = 0;
      }
    }
  }
  return [hi, lo];
}
var kTypeVarInt = 0;
var kTypeLengthDelim = 2;
function decodeNumber(buffer) {
  const size = countNumberBytes(buffer);
  if (size > 4)
    return decodeBigNumber(buffer);
  if (!buffer.length)
    return 0;
  let value = buffer[0] & 127;
  let i = 0;
  while (buffer[i++] >= 128) {
    value |= (buffer[i] & 127) << 7 * i;
  }
  return value;
}
function decodeNumbers(buffer) {
  const values = [];
  let start = 0;
  for (let i = 0; i < buffer.length; i++) {
    if ((buffer[i] & 128) === 0) {
      values.push(decodeNumber(buffer.subarray(start, i + 1)));
      start = i + 1;
    }
  }
  return values;
}
function push(value, list) {
  if (list == null) {
    return [value];
  }
  list.push(value);
  return list;
}
function pushAll(values, list) {
  if (list == null) {
    return values;
  }
  for (const value of values) {
    list.push(value);
  }
  return list;
}
function measureNumber(number) {
  if (number === 0 || number === 0n)
    return 0;
  const [hi, lo] = long(number);
  const a = lo;
  const b = (lo >>> 28 | hi << 4) >>> 0;
  const c = hi >>> 24;
  if (c !== 0) {
    return c < 128 ? 9 : 10;
  }
  if (b !== 0) {
    if (b < 16384) {
      return b < 128 ? 5 : 6;
    }
    return b < 2097152 ? 7 : 8;
  }
  if (a < 16384) {
    return a < 128 ? 1 : 2;
  }
  return a < 2097152 ? 3 : 4;
}
function measureValue(value) {
  if (typeof value === "undefined")
    return 0;
  if (typeof value === "number" || typeof value === "bigint") {
    return measureNumber(value) || 1;
  }
  return value.length;
}
function measureArray(list) {
  let size = 0;
  for (const item of list) {
    size += measureValue(item);
  }
  return size;
}
function measureNumberField(number) {
  const length = measureNumber(number);
  return length ? 1 + length : 0;
}
function measureNumberArrayField(values) {
  let total = 0;
  for (const value of values) {
    total += measureNumber(value) || 1;
  }
  return total ? 1 + measureNumber(total) + total : 0;
}
function measureLengthDelimField(value) {
  const length = measureValue(value);
  return length ? 1 + measureNumber(length) + length : 0;
}
function measureLengthDelimArrayField(values) {
  let total = 0;
  for (const value of values) {
    total += measureLengthDelimField(value);
  }
  return total;
}
function encodeNumber(buffer, i, number) {
  if (number === 0 || number === 0n) {
    buffer[i++] = 0;
    return i;
  }
  let [hi, lo] = long(number);
  while (hi) {
    buffer[i++] = lo & 127 | 128;
    lo = (lo >>> 7 | hi << 25) >>> 0;
    hi >>>= 7;
  }
  while (lo > 127) {
    buffer[i++] = lo & 127 | 128;
    lo = lo >>> 7;
  }
  buffer[i++] = lo;
  return i;
}
var emptyTableToken = /* @__PURE__ */ Symbol();
var StringTable = class _StringTable {
  constructor(tok) {
    this.strings = new Array();
    _StringTable_encodings.set(this, new Array());
    _StringTable_positions.set(this, /* @__PURE__ */ new Map());
    if (tok !== emptyTableToken) {
      this.dedup("");
    }
  }
  get encodedLength() {
    let size = 0;
    for (const encoded of __classPrivateFieldGet(this, _StringTable_encodings, "f")) {
      size += encoded.length;
    }
    return size;
  }
  _encodeToBuffer(buffer, offset) {
    for (const encoded of __classPrivateFieldGet(this, _StringTable_encodings, "f")) {
      buffer.set(encoded, offset);
      offset += encoded.length;
    }
    return offset;
  }
  encode(buffer = new Uint8Array(this.encodedLength)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static _encodeStringFromUtf8(stringBuffer) {
    const buffer = new Uint8Array(1 + stringBuffer.length + (measureNumber(stringBuffer.length) || 1));
    let offset = 0;
    buffer[offset++] = 50;
    offset = encodeNumber(buffer, offset, stringBuffer.length);
    if (stringBuffer.length > 0) {
      buffer.set(stringBuffer, offset);
    }
    return buffer;
  }
  static _encodeString(string) {
    return _StringTable._encodeStringFromUtf8(toUtf8(string));
  }
  dedup(string) {
    if (typeof string === "number")
      return string;
    if (!__classPrivateFieldGet(this, _StringTable_positions, "f").has(string)) {
      const pos = this.strings.push(string) - 1;
      __classPrivateFieldGet(this, _StringTable_positions, "f").set(string, pos);
      __classPrivateFieldGet(this, _StringTable_encodings, "f").push(_StringTable._encodeString(string));
    }
    return __classPrivateFieldGet(this, _StringTable_positions, "f").get(string);
  }
  _decodeString(buffer) {
    const string = new TextDecoder().decode(buffer);
    __classPrivateFieldGet(this, _StringTable_positions, "f").set(string, this.strings.push(string) - 1);
    __classPrivateFieldGet(this, _StringTable_encodings, "f").push(_StringTable._encodeStringFromUtf8(buffer));
  }
};
_StringTable_encodings = /* @__PURE__ */ new WeakMap(), _StringTable_positions = /* @__PURE__ */ new WeakMap();
function decode(buffer, decoder) {
  const data = {};
  let index = 0;
  while (index < buffer.length) {
    const field = buffer[index] >> 3;
    const mode = buffer[index] & 7;
    index++;
    const { offset, value } = getValue(mode, buffer.subarray(index));
    index += value.length + offset;
    decoder(data, field, value);
  }
  return data;
}
var ValueType = class _ValueType {
  static create(data) {
    return data instanceof _ValueType ? data : new _ValueType(data);
  }
  constructor(data) {
    this.type = data.type || 0;
    this.unit = data.unit || 0;
  }
  get length() {
    let total = 0;
    total += measureNumberField(this.type);
    total += measureNumberField(this.unit);
    return total;
  }
  _encodeToBuffer(buffer, offset = 0) {
    if (this.type) {
      buffer[offset++] = 8;
      offset = encodeNumber(buffer, offset, this.type);
    }
    if (this.unit) {
      buffer[offset++] = 16;
      offset = encodeNumber(buffer, offset, this.unit);
    }
    return offset;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data, field, buffer) {
    switch (field) {
      case 1:
        data.type = decodeNumber(buffer);
        break;
      case 2:
        data.unit = decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode(buffer, this.decodeValue));
  }
};
var Label = class _Label {
  static create(data) {
    return data instanceof _Label ? data : new _Label(data);
  }
  constructor(data) {
    this.key = data.key || 0;
    this.str = data.str || 0;
    this.num = data.num || 0;
    this.numUnit = data.numUnit || 0;
  }
  get length() {
    let total = 0;
    total += measureNumberField(this.key);
    total += measureNumberField(this.str);
    total += measureNumberField(this.num);
    total += measureNumberField(this.numUnit);
    return total;
  }
  _encodeToBuffer(buffer, offset = 0) {
    if (this.key) {
      buffer[offset++] = 8;
      offset = encodeNumber(buffer, offset, this.key);
    }
    if (this.str) {
      buffer[offset++] = 16;
      offset = encodeNumber(buffer, offset, this.str);
    }
    if (this.num) {
      buffer[offset++] = 24;
      offset = encodeNumber(buffer, offset, this.num);
    }
    if (this.numUnit) {
      buffer[offset++] = 32;
      offset = encodeNumber(buffer, offset, this.numUnit);
    }
    return offset;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data, field, buffer) {
    switch (field) {
      case 1:
        data.key = decodeNumber(buffer);
        break;
      case 2:
        data.str = decodeNumber(buffer);
        break;
      case 3:
        data.num = decodeNumber(buffer);
        break;
      case 4:
        data.numUnit = decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode(buffer, this.decodeValue));
  }
};
var Sample = class _Sample {
  static create(data) {
    return data instanceof _Sample ? data : new _Sample(data);
  }
  constructor(data) {
    this.locationId = data.locationId || [];
    this.value = data.value || [];
    this.label = (data.label || []).map(Label.create);
  }
  get length() {
    let total = 0;
    total += measureNumberArrayField(this.locationId);
    total += measureNumberArrayField(this.value);
    total += measureLengthDelimArrayField(this.label);
    return total;
  }
  _encodeToBuffer(buffer, offset = 0) {
    if (this.locationId.length) {
      buffer[offset++] = 10;
      offset = encodeNumber(buffer, offset, measureArray(this.locationId));
      for (const locationId of this.locationId) {
        offset = encodeNumber(buffer, offset, locationId);
      }
    }
    if (this.value.length) {
      buffer[offset++] = 18;
      offset = encodeNumber(buffer, offset, measureArray(this.value));
      for (const value of this.value) {
        offset = encodeNumber(buffer, offset, value);
      }
    }
    for (const label of this.label) {
      buffer[offset++] = 26;
      offset = encodeNumber(buffer, offset, label.length);
      offset = label._encodeToBuffer(buffer, offset);
    }
    return offset;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data, field, buffer) {
    switch (field) {
      case 1:
        data.locationId = pushAll(decodeNumbers(buffer), data.locationId);
        break;
      case 2:
        data.value = pushAll(decodeNumbers(buffer), data.value);
        break;
      case 3:
        data.label = push(Label.decode(buffer), data.label);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode(buffer, this.decodeValue));
  }
};
var Mapping = class _Mapping {
  static create(data) {
    return data instanceof _Mapping ? data : new _Mapping(data);
  }
  constructor(data) {
    this.id = data.id || 0;
    this.memoryStart = data.memoryStart || 0;
    this.memoryLimit = data.memoryLimit || 0;
    this.fileOffset = data.fileOffset || 0;
    this.filename = data.filename || 0;
    this.buildId = data.buildId || 0;
    this.hasFunctions = !!data.hasFunctions;
    this.hasFilenames = !!data.hasFilenames;
    this.hasLineNumbers = !!data.hasLineNumbers;
    this.hasInlineFrames = !!data.hasInlineFrames;
  }
  get length() {
    let total = 0;
    total += measureNumberField(this.id);
    total += measureNumberField(this.memoryStart);
    total += measureNumberField(this.memoryLimit);
    total += measureNumberField(this.fileOffset);
    total += measureNumberField(this.filename);
    total += measureNumberField(this.buildId);
    total += measureNumberField(this.hasFunctions ? 1 : 0);
    total += measureNumberField(this.hasFilenames ? 1 : 0);
    total += measureNumberField(this.hasLineNumbers ? 1 : 0);
    total += measureNumberField(this.hasInlineFrames ? 1 : 0);
    return total;
  }
  _encodeToBuffer(buffer, offset = 0) {
    if (this.id) {
      buffer[offset++] = 8;
      offset = encodeNumber(buffer, offset, this.id);
    }
    if (this.memoryStart) {
      buffer[offset++] = 16;
      offset = encodeNumber(buffer, offset, this.memoryStart);
    }
    if (this.memoryLimit) {
      buffer[offset++] = 24;
      offset = encodeNumber(buffer, offset, this.memoryLimit);
    }
    if (this.fileOffset) {
      buffer[offset++] = 32;
      offset = encodeNumber(buffer, offset, this.fileOffset);
    }
    if (this.filename) {
      buffer[offset++] = 40;
      offset = encodeNumber(buffer, offset, this.filename);
    }
    if (this.buildId) {
      buffer[offset++] = 48;
      offset = encodeNumber(buffer, offset, this.buildId);
    }
    if (this.hasFunctions) {
      buffer[offset++] = 56;
      offset = encodeNumber(buffer, offset, 1);
    }
    if (this.hasFilenames) {
      buffer[offset++] = 64;
      offset = encodeNumber(buffer, offset, 1);
    }
    if (this.hasLineNumbers) {
      buffer[offset++] = 72;
      offset = encodeNumber(buffer, offset, 1);
    }
    if (this.hasInlineFrames) {
      buffer[offset++] = 80;
      offset = encodeNumber(buffer, offset, 1);
    }
    return offset;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data, field, buffer) {
    switch (field) {
      case 1:
        data.id = decodeNumber(buffer);
        break;
      case 2:
        data.memoryStart = decodeNumber(buffer);
        break;
      case 3:
        data.memoryLimit = decodeNumber(buffer);
        break;
      case 4:
        data.fileOffset = decodeNumber(buffer);
        break;
      case 5:
        data.filename = decodeNumber(buffer);
        break;
      case 6:
        data.buildId = decodeNumber(buffer);
        break;
      case 7:
        data.hasFunctions = !!decodeNumber(buffer);
        break;
      case 8:
        data.hasFilenames = !!decodeNumber(buffer);
        break;
      case 9:
        data.hasLineNumbers = !!decodeNumber(buffer);
        break;
      case 10:
        data.hasInlineFrames = !!decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode(buffer, this.decodeValue));
  }
};
var Line = class _Line {
  static create(data) {
    return data instanceof _Line ? data : new _Line(data);
  }
  constructor(data) {
    this.functionId = data.functionId || 0;
    this.line = data.line || 0;
    this.column = data.column || 0;
  }
  get length() {
    let total = 0;
    total += measureNumberField(this.functionId);
    total += measureNumberField(this.line);
    total += measureNumberField(this.column);
    return total;
  }
  _encodeToBuffer(buffer, offset = 0) {
    if (this.functionId) {
      buffer[offset++] = 8;
      offset = encodeNumber(buffer, offset, this.functionId);
    }
    if (this.line) {
      buffer[offset++] = 16;
      offset = encodeNumber(buffer, offset, this.line);
    }
    if (this.column) {
      buffer[offset++] = 24;
      offset = encodeNumber(buffer, offset, this.column);
    }
    return offset;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data, field, buffer) {
    switch (field) {
      case 1:
        data.functionId = decodeNumber(buffer);
        break;
      case 2:
        data.line = decodeNumber(buffer);
        break;
      case 3:
        data.column = decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode(buffer, this.decodeValue));
  }
};
var Location = class _Location {
  static create(data) {
    return data instanceof _Location ? data : new _Location(data);
  }
  constructor(data) {
    this.id = data.id || 0;
    this.mappingId = data.mappingId || 0;
    this.address = data.address || 0;
    this.line = (data.line || []).map(Line.create);
    this.isFolded = !!data.isFolded;
  }
  get length() {
    let total = 0;
    total += measureNumberField(this.id);
    total += measureNumberField(this.mappingId);
    total += measureNumberField(this.address);
    total += measureLengthDelimArrayField(this.line);
    total += measureNumberField(this.isFolded ? 1 : 0);
    return total;
  }
  _encodeToBuffer(buffer, offset = 0) {
    if (this.id) {
      buffer[offset++] = 8;
      offset = encodeNumber(buffer, offset, this.id);
    }
    if (this.mappingId) {
      buffer[offset++] = 16;
      offset = encodeNumber(buffer, offset, this.mappingId);
    }
    if (this.address) {
      buffer[offset++] = 24;
      offset = encodeNumber(buffer, offset, this.address);
    }
    for (const line of this.line) {
      buffer[offset++] = 34;
      offset = encodeNumber(buffer, offset, line.length);
      offset = line._encodeToBuffer(buffer, offset);
    }
    if (this.isFolded) {
      buffer[offset++] = 40;
      offset = encodeNumber(buffer, offset, 1);
    }
    return offset;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data, field, buffer) {
    switch (field) {
      case 1:
        data.id = decodeNumber(buffer);
        break;
      case 2:
        data.mappingId = decodeNumber(buffer);
        break;
      case 3:
        data.address = decodeNumber(buffer);
        break;
      case 4:
        data.line = push(Line.decode(buffer), data.line);
        break;
      case 5:
        data.isFolded = !!decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode(buffer, this.decodeValue));
  }
};
var Function = class _Function {
  static create(data) {
    return data instanceof _Function ? data : new _Function(data);
  }
  constructor(data) {
    this.id = data.id || 0;
    this.name = data.name || 0;
    this.systemName = data.systemName || 0;
    this.filename = data.filename || 0;
    this.startLine = data.startLine || 0;
  }
  get length() {
    let total = 0;
    total += measureNumberField(this.id);
    total += measureNumberField(this.name);
    total += measureNumberField(this.systemName);
    total += measureNumberField(this.filename);
    total += measureNumberField(this.startLine);
    return total;
  }
  _encodeToBuffer(buffer, offset = 0) {
    if (this.id) {
      buffer[offset++] = 8;
      offset = encodeNumber(buffer, offset, this.id);
    }
    if (this.name) {
      buffer[offset++] = 16;
      offset = encodeNumber(buffer, offset, this.name);
    }
    if (this.systemName) {
      buffer[offset++] = 24;
      offset = encodeNumber(buffer, offset, this.systemName);
    }
    if (this.filename) {
      buffer[offset++] = 32;
      offset = encodeNumber(buffer, offset, this.filename);
    }
    if (this.startLine) {
      buffer[offset++] = 40;
      offset = encodeNumber(buffer, offset, this.startLine);
    }
    return offset;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data, field, buffer) {
    switch (field) {
      case 1:
        data.id = decodeNumber(buffer);
        break;
      case 2:
        data.name = decodeNumber(buffer);
        break;
      case 3:
        data.systemName = decodeNumber(buffer);
        break;
      case 4:
        data.filename = decodeNumber(buffer);
        break;
      case 5:
        data.startLine = decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode(buffer, this.decodeValue));
  }
};
var Profile = class {
  constructor(data = {}) {
    this.sampleType = (data.sampleType || []).map(ValueType.create);
    this.sample = (data.sample || []).map(Sample.create);
    this.mapping = (data.mapping || []).map(Mapping.create);
    this.location = (data.location || []).map(Location.create);
    this.function = (data.function || []).map(Function.create);
    this.stringTable = data.stringTable || new StringTable();
    this.dropFrames = data.dropFrames || 0;
    this.keepFrames = data.keepFrames || 0;
    this.timeNanos = data.timeNanos || 0;
    this.durationNanos = data.durationNanos || 0;
    this.periodType = data.periodType ? ValueType.create(data.periodType) : void 0;
    this.period = data.period || 0;
    this.comment = data.comment || [];
    this.defaultSampleType = data.defaultSampleType || 0;
    this.docUrl = data.docUrl || 0;
  }
  get length() {
    let total = 0;
    total += measureLengthDelimArrayField(this.sampleType);
    total += measureLengthDelimArrayField(this.sample);
    total += measureLengthDelimArrayField(this.mapping);
    total += measureLengthDelimArrayField(this.location);
    total += measureLengthDelimArrayField(this.function);
    total += this.stringTable.encodedLength;
    total += measureNumberField(this.dropFrames);
    total += measureNumberField(this.keepFrames);
    total += measureNumberField(this.timeNanos);
    total += measureNumberField(this.durationNanos);
    total += measureLengthDelimField(this.periodType);
    total += measureNumberField(this.period);
    total += measureNumberArrayField(this.comment);
    total += measureNumberField(this.defaultSampleType);
    total += measureNumberField(this.docUrl);
    return total;
  }
  _encodeSampleTypesToBuffer(buffer, offset = 0) {
    for (const sampleType of this.sampleType) {
      buffer[offset++] = 10;
      offset = encodeNumber(buffer, offset, sampleType.length);
      offset = sampleType._encodeToBuffer(buffer, offset);
    }
    return offset;
  }
  _encodeSamplesToBuffer(buffer, offset = 0) {
    for (const sample of this.sample) {
      buffer[offset++] = 18;
      offset = encodeNumber(buffer, offset, sample.length);
      offset = sample._encodeToBuffer(buffer, offset);
    }
    return offset;
  }
  _encodeMappingsToBuffer(buffer, offset = 0) {
    for (const mapping of this.mapping) {
      buffer[offset++] = 26;
      offset = encodeNumber(buffer, offset, mapping.length);
      offset = mapping._encodeToBuffer(buffer, offset);
    }
    return offset;
  }
  _encodeLocationsToBuffer(buffer, offset = 0) {
    for (const location of this.location) {
      buffer[offset++] = 34;
      offset = encodeNumber(buffer, offset, location.length);
      offset = location._encodeToBuffer(buffer, offset);
    }
    return offset;
  }
  _encodeFunctionsToBuffer(buffer, offset = 0) {
    for (const fun of this.function) {
      buffer[offset++] = 42;
      offset = encodeNumber(buffer, offset, fun.length);
      offset = fun._encodeToBuffer(buffer, offset);
    }
    return offset;
  }
  _encodeBasicValuesToBuffer(buffer, offset = 0) {
    if (this.dropFrames) {
      buffer[offset++] = 56;
      offset = encodeNumber(buffer, offset, this.dropFrames);
    }
    if (this.keepFrames) {
      buffer[offset++] = 64;
      offset = encodeNumber(buffer, offset, this.keepFrames);
    }
    if (this.timeNanos) {
      buffer[offset++] = 72;
      offset = encodeNumber(buffer, offset, this.timeNanos);
    }
    if (this.durationNanos) {
      buffer[offset++] = 80;
      offset = encodeNumber(buffer, offset, this.durationNanos);
    }
    if (typeof this.periodType !== "undefined") {
      buffer[offset++] = 90;
      offset = encodeNumber(buffer, offset, this.periodType.length);
      offset = this.periodType._encodeToBuffer(buffer, offset);
    }
    if (this.period) {
      buffer[offset++] = 96;
      offset = encodeNumber(buffer, offset, this.period);
    }
    if (this.comment.length) {
      buffer[offset++] = 106;
      offset = encodeNumber(buffer, offset, measureArray(this.comment));
      for (const comment of this.comment) {
        offset = encodeNumber(buffer, offset, comment);
      }
    }
    if (this.defaultSampleType) {
      buffer[offset++] = 112;
      offset = encodeNumber(buffer, offset, this.defaultSampleType);
    }
    if (this.docUrl) {
      buffer[offset++] = 120;
      offset = encodeNumber(buffer, offset, this.docUrl);
    }
    return offset;
  }
  _encodeToBuffer(buffer, offset = 0) {
    offset = this._encodeSampleTypesToBuffer(buffer, offset);
    offset = this._encodeSamplesToBuffer(buffer, offset);
    offset = this._encodeMappingsToBuffer(buffer, offset);
    offset = this._encodeLocationsToBuffer(buffer, offset);
    offset = this._encodeFunctionsToBuffer(buffer, offset);
    offset = this.stringTable._encodeToBuffer(buffer, offset);
    offset = this._encodeBasicValuesToBuffer(buffer, offset);
    return offset;
  }
  async _encodeToBufferAsync(buffer, offset = 0) {
    offset = this._encodeSampleTypesToBuffer(buffer, offset);
    await new Promise(setImmediate);
    offset = this._encodeSamplesToBuffer(buffer, offset);
    await new Promise(setImmediate);
    offset = this._encodeMappingsToBuffer(buffer, offset);
    await new Promise(setImmediate);
    offset = this._encodeLocationsToBuffer(buffer, offset);
    await new Promise(setImmediate);
    offset = this._encodeFunctionsToBuffer(buffer, offset);
    await new Promise(setImmediate);
    offset = this.stringTable._encodeToBuffer(buffer, offset);
    await new Promise(setImmediate);
    offset = this._encodeBasicValuesToBuffer(buffer, offset);
    return offset;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  async encodeAsync(buffer = new Uint8Array(this.length)) {
    await this._encodeToBufferAsync(buffer, 0);
    return buffer;
  }
  static decodeValue(data, field, buffer) {
    switch (field) {
      case 1:
        data.sampleType = push(ValueType.decode(buffer), data.sampleType);
        break;
      case 2:
        data.sample = push(Sample.decode(buffer), data.sample);
        break;
      case 3:
        data.mapping = push(Mapping.decode(buffer), data.mapping);
        break;
      case 4:
        data.location = push(Location.decode(buffer), data.location);
        break;
      case 5:
        data.function = push(Function.decode(buffer), data.function);
        break;
      case 6: {
        if (data.stringTable === void 0) {
          data.stringTable = new StringTable(emptyTableToken);
        }
        data.stringTable._decodeString(buffer);
        break;
      }
      case 7:
        data.dropFrames = decodeNumber(buffer);
        break;
      case 8:
        data.keepFrames = decodeNumber(buffer);
        break;
      case 9:
        data.timeNanos = decodeNumber(buffer);
        break;
      case 10:
        data.durationNanos = decodeNumber(buffer);
        break;
      case 11:
        data.periodType = ValueType.decode(buffer);
        break;
      case 12:
        data.period = decodeNumber(buffer);
        break;
      case 13:
        data.comment = pushAll(decodeNumbers(buffer), data.comment);
        break;
      case 14:
        data.defaultSampleType = decodeNumber(buffer);
        break;
      case 15:
        data.docUrl = decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode(buffer, this.decodeValue));
  }
};

// src/profile/pprof.ts
var SECONDS_PER_UNIT = {
  seconds: 1,
  milliseconds: 1e-3,
  microseconds: 1e-6,
  nanoseconds: 1e-9
};
var PREFERRED = ["cpu", "wall", "samples"];
function readPprof(bytes, source) {
  let decoded;
  try {
    const raw = bytes[0] === 31 && bytes[1] === 139 ? gunzipSync(bytes) : bytes;
    decoded = Profile.decode(raw);
  } catch (e) {
    throw new ProfileFormatError(source, `not a pprof profile (${e.message})`);
  }
  const str = (i) => decoded.stringTable.strings[Number(i)] ?? "";
  const types = decoded.sampleType.map((t) => ({ type: str(t.type), unit: str(t.unit) }));
  const periodUnit = decoded.periodType ? str(decoded.periodType.unit) : "";
  const weighable = types.map((t, index) => {
    if (SECONDS_PER_UNIT[t.unit] !== void 0)
      return { index, scale: SECONDS_PER_UNIT[t.unit], type: t.type };
    const periodScale = SECONDS_PER_UNIT[periodUnit];
    if (t.unit === "count" && periodScale !== void 0)
      return { index, scale: periodScale * Number(decoded.period), type: t.type };
    return void 0;
  }).filter((w) => w !== void 0).sort((a, b) => rank(a.type) - rank(b.type));
  const pick = weighable[0];
  if (!pick)
    throw new ProfileFormatError(
      source,
      `no sample type is a time (has ${types.map((t) => `${t.type}/${t.unit}`).join(", ") || "none"})`
    );
  const functions = new Map(decoded.function.map((f) => [Number(f.id), f]));
  const locations = /* @__PURE__ */ new Map();
  for (const loc of decoded.location) {
    const frames = loc.line.map((l) => {
      const fn = functions.get(Number(l.functionId));
      if (!fn)
        throw new ProfileFormatError(source, `location ${loc.id} refers to missing function ${l.functionId}`);
      return { name: str(fn.name) || "(unknown)", file: str(fn.filename), line: Number(l.line) };
    });
    if (frames.length === 0)
      frames.push({ name: `0x${BigInt(loc.address).toString(16)}`, file: "", line: 0 });
    locations.set(Number(loc.id), frames.reverse());
  }
  const stacks = [];
  for (const sample of decoded.sample) {
    const value = Number(sample.value[pick.index] ?? 0);
    if (value === 0) continue;
    const frames = [];
    for (let i = sample.locationId.length - 1; i >= 0; i--) {
      const id = Number(sample.locationId[i]);
      const loc = locations.get(id);
      if (!loc) throw new ProfileFormatError(source, `a sample refers to missing location ${id}`);
      frames.push(...loc);
    }
    stacks.push({ frames, weight: value * pick.scale });
  }
  return { source, stacks };
}
function rank(type) {
  const i = PREFERRED.indexOf(type);
  return i < 0 ? PREFERRED.length : i;
}

// src/profile/speedscope.ts
var SECONDS_PER_UNIT2 = {
  seconds: 1,
  milliseconds: 1e-3,
  microseconds: 1e-6,
  nanoseconds: 1e-9
};
function readSpeedscope(data, source) {
  const file = data;
  if (!Array.isArray(file.shared?.frames) || !Array.isArray(file.profiles))
    throw new ProfileFormatError(source, "not a speedscope file: needs shared.frames and profiles");
  const frames = file.shared.frames.map((f, i) => {
    const sf = f;
    if (typeof sf?.name !== "string") throw new ProfileFormatError(source, `frame ${i} has no name`);
    return {
      name: sf.name,
      file: typeof sf.file === "string" ? sf.file : "",
      line: typeof sf.line === "number" ? sf.line : 0
    };
  });
  const frameAt = (i) => {
    const frame = typeof i === "number" ? frames[i] : void 0;
    if (!frame) throw new ProfileFormatError(source, `frame index ${String(i)} is out of range`);
    return frame;
  };
  const stacks = [];
  for (const [n, raw] of file.profiles.entries()) {
    const profile = raw;
    const scale = SECONDS_PER_UNIT2[String(profile.unit)];
    if (scale === void 0)
      throw new ProfileFormatError(
        source,
        `profile ${n} is in '${String(profile.unit)}', not a unit of time`
      );
    if (profile.type === "sampled") stacks.push(...sampled({ raw, scale, frameAt, source, n }));
    else if (profile.type === "evented") stacks.push(...evented({ raw, scale, frameAt, source, n }));
    else
      throw new ProfileFormatError(
        source,
        `profile ${n} is of type '${String(profile.type)}', not sampled or evented`
      );
  }
  return { source, stacks };
}
function sampled({ raw, scale, frameAt, source, n }) {
  const { samples, weights } = raw;
  if (!Array.isArray(samples) || !Array.isArray(weights) || samples.length !== weights.length)
    throw new ProfileFormatError(source, `sampled profile ${n} needs samples and weights of equal length`);
  return samples.map((stack, i) => {
    if (!Array.isArray(stack))
      throw new ProfileFormatError(source, `sample ${i} of profile ${n} is not a list`);
    const w = weights[i];
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0)
      throw new ProfileFormatError(source, `weight ${i} of profile ${n} is not a non-negative number`);
    return { frames: stack.map(frameAt), weight: w * scale };
  });
}
function evented({ raw, scale, frameAt, source, n }) {
  const { events } = raw;
  if (!Array.isArray(events)) throw new ProfileFormatError(source, `evented profile ${n} has no events`);
  const open = [];
  const stacks = [];
  let last;
  for (const [i, e] of events.entries()) {
    const { type, at, frame } = e;
    if (typeof at !== "number" || last !== void 0 && at < last)
      throw new ProfileFormatError(source, `event ${i} of profile ${n} has no time or goes back in time`);
    if (last !== void 0 && at > last && open.length > 0)
      stacks.push({ frames: [...open], weight: (at - last) * scale });
    last = at;
    if (type === "O") open.push(frameAt(frame));
    else if (type === "C") {
      if (open.pop() !== frameAt(frame))
        throw new ProfileFormatError(
          source,
          `event ${i} of profile ${n} closes a frame that is not the innermost open one`
        );
    } else throw new ProfileFormatError(source, `event ${i} of profile ${n} is neither O nor C`);
  }
  if (open.length > 0)
    throw new ProfileFormatError(source, `profile ${n} ends with ${open.length} frames still open`);
  return stacks;
}

// src/profile/v8.ts
var V8_ROOT = "(root)";
function v8Frame(callFrame) {
  return {
    name: callFrame.functionName || "(anonymous)",
    file: callFrame.url,
    line: callFrame.lineNumber < 0 ? 0 : callFrame.lineNumber + 1
  };
}
var IDLE = "(idle)";
function isV8Node(n) {
  if (typeof n !== "object" || n === null) return false;
  const { id, callFrame } = n;
  return typeof id === "number" && typeof callFrame === "object" && callFrame !== null && typeof callFrame.functionName === "string" && typeof callFrame.url === "string" && typeof callFrame.lineNumber === "number";
}
function readV8CpuProfile(data, source, slices) {
  const p = data;
  if (!Array.isArray(p.nodes) || !Array.isArray(p.samples) || !Array.isArray(p.timeDeltas))
    throw new ProfileFormatError(source, "not a V8 .cpuprofile: needs nodes, samples and timeDeltas arrays");
  if (p.samples.length !== p.timeDeltas.length)
    throw new ProfileFormatError(
      source,
      `samples (${p.samples.length}) and timeDeltas (${p.timeDeltas.length}) differ in length`
    );
  const nodes = /* @__PURE__ */ new Map();
  for (const n of p.nodes) {
    if (!isV8Node(n))
      throw new ProfileFormatError(source, "a node lacks id or callFrame {functionName, url, lineNumber}");
    nodes.set(n.id, n);
  }
  const parents = /* @__PURE__ */ new Map();
  for (const n of nodes.values()) for (const c of n.children ?? []) parents.set(c, n.id);
  const stackCache = /* @__PURE__ */ new Map();
  const stackOf = (id) => {
    const cached = stackCache.get(id);
    if (cached) return cached;
    const frames = [];
    for (let at = id; at !== void 0; at = parents.get(at) ?? nodes.get(at)?.parent) {
      const node = nodes.get(at);
      if (!node) throw new ProfileFormatError(source, `sample or parent refers to missing node ${at}`);
      if (node.callFrame.functionName === V8_ROOT) break;
      frames.push(v8Frame(node.callFrame));
      if (frames.length > nodes.size) throw new ProfileFormatError(source, "the call tree has a cycle");
    }
    frames.reverse();
    stackCache.set(id, frames);
    return frames;
  };
  const times = [];
  let t = typeof p.startTime === "number" ? p.startTime : 0;
  for (const d of p.timeDeltas) {
    if (typeof d !== "number" || !Number.isFinite(d))
      throw new ProfileFormatError(source, "a timeDelta is not a number");
    t += d;
    times.push(t);
  }
  const end = typeof p.endTime === "number" ? p.endTime : t;
  const weights = /* @__PURE__ */ new Map();
  p.samples.forEach((id, i) => {
    if (typeof id !== "number") throw new ProfileFormatError(source, "a sample is not a node id");
    const next = i + 1 < times.length ? times[i + 1] : end;
    const micros2 = Math.max(0, next - times[i]);
    if (slices && Math.floor((times[i] - times[0]) / (slices.sliceSeconds * 1e6)) % 2 !== slices.parity)
      return;
    weights.set(id, (weights.get(id) ?? 0) + micros2);
  });
  const stacks = [];
  for (const [id, micros2] of weights) {
    const frames = stackOf(id);
    if (frames.length === 0 || micros2 === 0 || frames[frames.length - 1]?.name === IDLE) continue;
    stacks.push({ frames, weight: micros2 / 1e6 });
  }
  return { source, stacks };
}

// src/profile/read.ts
async function readProfile(path, options = {}) {
  const source = basename(path);
  let bytes;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new ProfileFormatError(
      path,
      `cannot read the profile (${e.code ?? e.message})`
    );
  }
  if (bytes.length === 0) throw new ProfileFormatError(path, "the profile is empty");
  return parseProfileBytes(bytes, source, options);
}
function parseProfileBytes(bytes, source, options = {}) {
  if (bytes[0] === 31 && bytes[1] === 139) {
    try {
      return parseProfileBytes(gunzipSync2(bytes), source, options);
    } catch (e) {
      if (e instanceof ProfileFormatError) throw e;
      throw new ProfileFormatError(source, `not a valid gzip file (${e.message})`);
    }
  }
  const text = Buffer.from(bytes).toString("utf8");
  const start = text.trimStart()[0];
  if (start === "{") {
    let data;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new ProfileFormatError(source, `invalid JSON (${e.message})`);
    }
    if ("shared" in data || "profiles" in data) return readSpeedscope(data, source);
    return readV8CpuProfile(data, source);
  }
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text.slice(0, 512))) return readPprof(bytes, source);
  if (options.foldedSampleSeconds === void 0)
    throw new ProfileFormatError(
      source,
      "folded stacks count samples: give the sampling interval to turn them into time"
    );
  return readFolded(text, source, options.foldedSampleSeconds);
}

// src/profile/scrub.ts
import { isAbsolute, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
function scrubProfileJson(value, root) {
  if (Array.isArray(value)) for (const item of value) scrubProfileJson(item, root);
  else if (typeof value === "object" && value !== null) {
    const o = value;
    const frame = o.callFrame;
    if (typeof frame?.url === "string") frame.url = scrubUrl(frame.url, root);
    if (typeof o.file === "string" && typeof o.name === "string") o.file = scrubUrl(o.file, root);
    for (const child of Object.values(o)) if (typeof child === "object") scrubProfileJson(child, root);
  }
  return value;
}
function scrubProfileFiles(profile, root) {
  const scrubbed = /* @__PURE__ */ new Map();
  const file = (f) => {
    let s = scrubbed.get(f);
    if (s === void 0) {
      s = f === "" ? "" : scrubUrl(f, root);
      scrubbed.set(f, s);
    }
    return s;
  };
  return {
    source: profile.source,
    stacks: profile.stacks.map((st) => ({
      weight: st.weight,
      frames: st.frames.map((f) => ({ ...f, file: file(f.file) }))
    }))
  };
}
function scrubUrl(url, root) {
  const path = url.startsWith("file://") ? fileURLToPath(url) : url;
  if (!isAbsolute(path)) return url;
  const rel = relative(root, path);
  if (!rel.startsWith("..") && !isAbsolute(rel)) return rel.split(sep).join("/");
  return `\u2026/${path.split(sep).slice(-2).join("/")}`;
}

// src/profile/v8-heap.ts
function isHeapNode(n) {
  if (typeof n !== "object" || n === null) return false;
  const { callFrame, selfSize, children } = n;
  return typeof callFrame === "object" && callFrame !== null && typeof callFrame.functionName === "string" && typeof callFrame.url === "string" && typeof callFrame.lineNumber === "number" && typeof selfSize === "number" && Array.isArray(children);
}
function readV8HeapProfile(data, source) {
  const head = data.head;
  if (!isHeapNode(head))
    throw new ProfileFormatError(
      source,
      "not a V8 .heapprofile: needs a head node {callFrame, selfSize, children}"
    );
  const stacks = [];
  const open = [{ node: head, frames: [] }];
  for (let next = open.pop(); next !== void 0; next = open.pop()) {
    const { node, frames: above } = next;
    const frames = node.callFrame.functionName === V8_ROOT ? above : [...above, v8Frame(node.callFrame)];
    if (node.selfSize > 0 && frames.length > 0) stacks.push({ frames, weight: node.selfSize });
    for (const child of node.children) {
      if (!isHeapNode(child))
        throw new ProfileFormatError(
          source,
          "a node lacks callFrame {functionName, url, lineNumber}, selfSize or children"
        );
      open.push({ node: child, frames });
    }
  }
  return { source, stacks };
}

// src/profile/write.ts
function frameIndex(profile) {
  const index = /* @__PURE__ */ new Map();
  const frames = [];
  for (const s of profile.stacks)
    for (const f of s.frames) {
      const key = functionKey(f);
      if (!index.has(key)) {
        index.set(key, frames.length);
        frames.push(f);
      }
    }
  return { frames, indexOf: (f) => index.get(functionKey(f)) };
}
function formatSpeedscope(profile) {
  const { frames, indexOf } = frameIndex(profile);
  const total = profile.stacks.reduce((sum, s) => sum + s.weight, 0);
  return {
    $schema: "https://www.speedscope.app/file-format-schema.json",
    shared: {
      frames: frames.map(
        (f) => f.file === "" ? { name: f.name } : { name: f.name, file: f.file, line: f.line }
      )
    },
    profiles: [
      {
        type: "sampled",
        name: profile.source,
        unit: "seconds",
        startValue: 0,
        endValue: total,
        samples: profile.stacks.map((s) => s.frames.map(indexOf)),
        weights: profile.stacks.map((s) => s.weight)
      }
    ],
    exporter: "perf-gate"
  };
}

// src/measure/profiling-pair.ts
var NOISE_SLICE_SECONDS = 0.2;
var DIFF_JSON_ROWS = 50;
async function profilePair(measurer, services, measurement, settings, logger) {
  const started = performance.now();
  const warnings = [];
  await mkdir(settings.dir, { recursive: true });
  const { read, loadSeconds } = await runProfiled(measurer, services, measurement, settings, logger);
  const summary = (rest) => {
    const seconds = (performance.now() - started) / 1e3;
    return {
      reason: settings.reason,
      top: [],
      files: [],
      warnings,
      seconds,
      overheadSeconds: seconds - loadSeconds,
      pairSeconds: 2 * (typicalRunSeconds(measurement) + measurer.warmupSeconds),
      ...rest
    };
  };
  const sides = {};
  const files = [];
  for (const side of ["base", "pr"]) {
    try {
      const r = await read[side];
      sides[side] = r.profile;
      files.push(...r.files);
    } catch (error) {
      warnings.push(error.message);
    }
  }
  for (const w of warnings) logger.warning(`profiling: ${w}`);
  if (!sides.base || !sides.pr) return summary({ files });
  return summary(await writeDiff(sides.base, sides.pr, settings, files, { warnings, logger }));
}
async function runProfiled(measurer, services, measurement, settings, logger) {
  const runSeconds = Math.max(1, Math.ceil(typicalRunSeconds(measurement) + measurer.profileWarmupSeconds));
  const order = settings.random() < 0.5 ? ["base", "pr"] : ["pr", "base"];
  logger.info(
    `perf-gate: profiling (${settings.reason}): one more pair (${order.join(", ")}) with ${settings.command === void 0 ? "the built-in Node profiler" : "profile-command"}; it does not change the verdict`
  );
  let loadSeconds = 0;
  const read = {};
  for (const side of order) {
    const profiler = await startProfiler(side, services[side], runSeconds, settings);
    const runStarted = performance.now();
    const run = await measurer.run({
      targetUrl: services[side].url,
      index: measurement.candidate.length + 1,
      total: measurement.candidate.length + 1,
      label: `${SIDE_LABEL[side]}, profiled`,
      side,
      purpose: "profile"
    });
    loadSeconds += (performance.now() - runStarted) / 1e3;
    const requests = requestsWhileProfiled(run, measurer.profileWarmupSeconds);
    read[side] = profiler.stop().then((written) => written(requests));
    read[side].catch(() => {
    });
  }
  return { read, loadSeconds };
}
async function writeDiff(base, pr, settings, files, report) {
  const diff = diffProfiles(base.side, pr.side);
  const noise = noiseOf(base, pr);
  const top = diff.changes.filter((c) => c.selfChange > 0).slice(0, WHERE_ROWS);
  const heap = heapDiff(base, pr, report.warnings, report.logger);
  const requests = { base: base.side.requests, pr: pr.side.requests };
  const diffJson = {
    reason: settings.reason,
    requests,
    noise: noise ?? null,
    changes: largestChanges(diff),
    ...heap ? { allocations: largestChanges(heap) } : {}
  };
  const outputs = [
    ["diff.json", `${JSON.stringify(diffJson, null, 2)}
`],
    ["flame.svg", renderDiffFlameGraph(base.side, pr.side, "base \u2192 PR, time per request")],
    [
      "where-the-time-went.md",
      renderWhereTheTimeWent({ changes: top }, noise) + (heap ? `
${renderWhereTheMemoryWent(heap)}` : "")
    ]
  ];
  for (const [name, text] of outputs) {
    await writeFile(join(settings.dir, name), maskSecrets(text, settings.secrets));
    files.push(name);
  }
  return {
    top,
    ...noise ? { noise } : {},
    ...heap ? { allocations: heap.changes.filter((c) => c.selfChange > 0).slice(0, WHERE_ROWS) } : {},
    requests,
    files
  };
}
var largestChanges = (diff) => [...diff.changes].sort((a, b) => Math.abs(b.selfChange) - Math.abs(a.selfChange)).slice(0, DIFF_JSON_ROWS);
function heapDiff(base, pr, warnings, logger) {
  if (base.heap && pr.heap) return diffProfiles(base.heap, pr.heap);
  if (!base.heap && !pr.heap) return void 0;
  const warning = `only the ${SIDE_LABEL[base.heap ? "base" : "pr"]} wrote a heap profile: no allocation diff`;
  warnings.push(warning);
  logger.warning(`profiling: ${warning}`);
  return void 0;
}
async function startProfiler(side, service, seconds, settings) {
  const dir = settings.raw[side];
  if (settings.command === void 0) {
    const pids = await startNodeProfiling(dir, settings.heap);
    return {
      stop: async () => {
        if (pids.length === 0) throw new Error(noNodeProfile(side));
        const written = await stopNodeProfiling(dir, pids, settings.heap);
        if (written.cpu.length === 0) throw new Error(noNodeProfile(side));
        return (requests) => readNodeProfiles(side, written, settings, requests);
      }
    };
  }
  await mkdir(dir, { recursive: true });
  const out = join(dir, "profile");
  const profiler = startProfileCommand(
    settings.command,
    { pid: await serviceProcess(service.pid), seconds, out },
    { cwd: settings.roots[side], env: process.env }
  );
  return {
    stop: async () => {
      const ended = await profiler.finished();
      return (requests) => readCommandProfile(side, out, settings, requests, ended.problem);
    }
  };
}
var noNodeProfile = (side) => `the ${SIDE_LABEL[side]} wrote no CPU profile: the built-in profiler works for Node services only (loaded through NODE_OPTIONS, which the start command must pass on to node); for other languages set profile-command (docs/profiling.md)`;
function typicalRunSeconds(m) {
  const runs = [...m.baseline ?? [], ...m.candidate];
  return runs.reduce((a, r) => a + (r.endMs - r.startMs) / 1e3, 0) / Math.max(1, runs.length);
}
function requestsWhileProfiled(run, warmupSeconds) {
  const window = (run.endMs - run.startMs) / 1e3;
  const requests = measuredRequests(run).requests;
  return window > 0 ? requests * ((window + warmupSeconds) / window) : requests;
}
function noiseOf(base, pr) {
  if (!base.halves || !pr.halves) return void 0;
  const a = measureNoise(...base.halves);
  const b = measureNoise(...pr.halves);
  const worst = a.selfPerRequest >= b.selfPerRequest ? a : b;
  return {
    ...worst,
    statement: worst.statement.replace(
      "Two profiles of the same build",
      `Two halves of one build's profile (alternate ${NOISE_SLICE_SECONDS * 1e3} ms slices)`
    )
  };
}
var merge = (source, profiles) => ({
  source,
  stacks: profiles.flatMap((p) => p.stacks)
});
async function readNodeProfiles(side, written, settings, requests) {
  const files = [];
  const whole = [];
  const heaps = [];
  const halves = [[], []];
  for (const [kind, paths] of [
    ["cpuprofile", written.cpu],
    ["heapprofile", written.heap]
  ]) {
    for (const [i, path] of paths.entries()) {
      const name = `${side}${paths.length > 1 ? `-${i + 1}` : ""}.${kind}`;
      const raw = JSON.parse(await readFile2(path, "utf8"));
      const json = scrubProfileJson(
        kind === "cpuprofile" ? withoutPreloadSamples(raw) : raw,
        settings.roots[side]
      );
      await writeFile(join(settings.dir, name), maskSecrets(JSON.stringify(json), settings.secrets));
      files.push(name);
      if (kind === "heapprofile") {
        heaps.push(readV8HeapProfile(json, name));
        continue;
      }
      whole.push(readV8CpuProfile(json, name));
      for (const parity of [0, 1])
        halves[parity].push(readV8CpuProfile(json, name, { sliceSeconds: NOISE_SLICE_SECONDS, parity }));
    }
  }
  const half = (profiles) => ({
    profile: merge(side, profiles),
    requests: requests / 2
  });
  return {
    profile: {
      side: { profile: merge(side, whole), requests },
      halves: [half(halves[0]), half(halves[1])],
      ...heaps.length > 0 ? { heap: { profile: merge(side, heaps), requests } } : {}
    },
    files
  };
}
async function readCommandProfile(side, out, settings, requests, problem) {
  const size = await stat(out).then(
    (s) => s.size,
    () => void 0
  );
  if (size === void 0 || size === 0) {
    throw new Error(
      `profile-command wrote ${size === void 0 ? "no" : "an empty"} profile for the ${SIDE_LABEL[side]}${problem ? ` (${problem})` : ""}: check that the profiler is installed and allowed to attach (perf: kernel.perf_event_paranoid \u2264 1 or CAP_PERFMON; py-spy: ptrace, e.g. run as root or with CAP_SYS_PTRACE) and that the command writes to {out}`
    );
  }
  const profile = scrubProfileFiles(await readProfile(out), settings.roots[side]);
  const name = `${side}.speedscope.json`;
  await writeFile(
    join(settings.dir, name),
    maskSecrets(JSON.stringify(formatSpeedscope({ ...profile, source: name })), settings.secrets)
  );
  return { profile: { side: { profile: { ...profile, source: side }, requests } }, files: [name] };
}
export {
  profilePair
};
