import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  DURATION_EXAMPLES,
  InputError,
  Inputs,
  durationSeconds,
  measureResources,
  processTreeSource,
  profilingCall,
  runToCompletion,
  secretsOf,
  serviceProcess,
  sourceFor,
  startGroup,
  waitReady
} from "./chunk-HB4CP4UJ.js";
import {
  LatencyHistogram,
  METRIC_NAMES,
  METRIC_SPECS,
  RunAccumulator,
  RunFileError,
  SERIES_METRICS,
  SERVICE_KEY,
  SERVICE_SERIES_ID,
  addTotals,
  adjustedErrorRate,
  betweenJobVariance,
  compareIdentities,
  cutFileNotes,
  cvFromLogVariance,
  deserializeRun,
  emptyTotals,
  estimateMetric,
  external_exports,
  formatChange,
  formatValue,
  hashScript,
  headlineFigures,
  incomparableText,
  isMetricName,
  measuredRequests,
  measurementIdentity,
  mergeRuns,
  mergeSeries,
  pooledValue,
  requestsNeeded,
  resourceEstimates,
  runSeriesMetrics,
  runToRunPrior,
  serializeRun,
  seriesFromBuckets,
  seriesId,
  seriesNamer,
  snippet,
  toChange,
  unitVariance,
  unreadable,
  withScenarioTotals,
  withinParts
} from "./chunk-XI4LF6MA.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-HMXL2AK5.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body2 = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body2}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair2, overwrite) {
        let _pair;
        if (identity.isPair(pair2))
          _pair = pair2;
        else if (!pair2 || typeof pair2 !== "object" || !("key" in pair2)) {
          _pair = new Pair.Pair(pair2, pair2?.value);
        } else
          _pair = new Pair.Pair(pair2.key, pair2.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair2 = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair2.value ?? pair2.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair2;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair2 of this.items) {
          let key, value;
          if (identity.isPair(pair2)) {
            key = toJS.toJS(pair2.key, "", ctx);
            value = toJS.toJS(pair2.value, key, ctx);
          } else {
            key = toJS.toJS(pair2, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair2;
        if (identity.isPair(key))
          pair2 = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair2 = new Pair.Pair(key.key, null);
        else
          pair2 = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair2.key);
        if (!prev)
          this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair2 = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair2) ? identity.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body2 = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body2 += stringifyComment.lineComment(body2, "", commentString(contentComment));
        if ((body2[0] === "|" || body2[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body2}`;
        } else
          lines.push(body2);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair2) => isEqual(pair2.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair2);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair2);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body2 = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body2 };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body2 = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body2;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body2 });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/measure/measurer.ts
import { readFile as readFile5 } from "node:fs/promises";
import { join as join5, relative } from "node:path";

// src/engine/logger.ts
function streamLogger(stream = process.stderr) {
  return {
    info: (line) => void stream.write(`${line}
`),
    warning: (message) => void stream.write(`warning: ${message}
`),
    group: async (title, fn) => {
      stream.write(`\u2500\u2500 ${title}
`);
      return await fn();
    }
  };
}

// src/engine/embedded/http1.ts
import { connect as tcpConnect } from "node:net";
import { connect as tlsConnect } from "node:tls";
function originOf(baseUrl) {
  const url = new URL(baseUrl);
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`${baseUrl}: the embedded engine speaks http: and https: only`);
  }
  return {
    protocol: url.protocol,
    host: url.hostname.replace(/^\[|\]$/g, ""),
    port: Number(url.port || (url.protocol === "https:" ? 443 : 80)),
    authority: url.host
  };
}
function encodeRequest(origin, request) {
  const headers = [["host", origin.authority]];
  let hasLength = false;
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === "host" || lower === "connection" || lower === "transfer-encoding") continue;
    if (/[\r\n]/.test(name) || /[\r\n]/.test(value)) {
      throw new Error(`header ${JSON.stringify(name)}: a line break cannot be sent in an HTTP header`);
    }
    if (lower === "content-length") hasLength = true;
    headers.push([name, value]);
  }
  const body2 = request.body === void 0 ? void 0 : Buffer.from(request.body, "utf8");
  if (body2 !== void 0 && !hasLength) headers.push(["content-length", String(body2.length)]);
  const head = `${request.method} ${request.path} HTTP/1.1\r
${headers.map(([n, v]) => `${n}: ${v}\r
`).join("")}\r
`;
  const headBytes = Buffer.from(head, "latin1");
  return {
    bytes: body2 === void 0 ? headBytes : Buffer.concat([headBytes, body2]),
    head: request.method === "HEAD"
  };
}
function protocolError(message) {
  return Object.assign(new Error(message), { code: "HTTP_PARSE_ERROR" });
}
var HEADER_END = Buffer.from("\r\n\r\n");
var CRLF = Buffer.from("\r\n");
var MAX_HEAD_BYTES = 64 * 1024;
var Http1Connection = class {
  constructor(origin, connectTimeoutMs) {
    this.origin = origin;
    this.connectTimeoutMs = connectTimeoutMs;
  }
  origin;
  connectTimeoutMs;
  socket;
  handler;
  head;
  pending;
  status = 0;
  body;
  closeAfter = false;
  /** performance.now() after which a kept-alive socket is not reused (the server's Keep-Alive timeout) */
  reuseUntil = Number.POSITIVE_INFINITY;
  send(request, handler) {
    if (this.socket !== void 0 && performance.now() > this.reuseUntil) this.drop();
    const socket = this.socket ?? this.open();
    this.handler = handler;
    this.head = request;
    this.pending = void 0;
    this.status = 0;
    this.body = void 0;
    this.closeAfter = false;
    handler.onSent((error) => this.fail(error));
    socket.write(request.bytes);
  }
  close() {
    this.drop();
  }
  open() {
    const { host, port } = this.origin;
    const socket = this.origin.protocol === "https:" ? tlsConnect({ host, port, servername: host === "" || /^[\d.:]+$/.test(host) ? void 0 : host }) : tcpConnect({ host, port });
    socket.setNoDelay(true);
    const connectTimer = setTimeout(() => {
      if (this.socket === socket) {
        this.fail(
          Object.assign(new Error(`no connection within ${this.connectTimeoutMs} ms`), { code: "TIMEOUT" })
        );
      }
    }, this.connectTimeoutMs);
    socket.once(
      this.origin.protocol === "https:" ? "secureConnect" : "connect",
      () => clearTimeout(connectTimer)
    );
    socket.on("data", (chunk) => {
      if (this.socket === socket) this.read(chunk);
    });
    socket.on("error", (error) => {
      clearTimeout(connectTimer);
      if (this.socket === socket) this.fail(error);
    });
    socket.on("close", () => {
      clearTimeout(connectTimer);
      if (this.socket !== socket) return;
      this.socket = void 0;
      if (this.handler === void 0) return;
      if (this.body?.kind === "until-close") this.complete();
      else
        this.fail(
          Object.assign(new Error("the server closed the connection mid-response"), { code: "ECONNRESET" })
        );
    });
    this.socket = socket;
    this.reuseUntil = Number.POSITIVE_INFINITY;
    return socket;
  }
  drop() {
    const socket = this.socket;
    this.socket = void 0;
    socket?.destroy();
  }
  fail(error) {
    const handler = this.handler;
    this.handler = void 0;
    this.drop();
    handler?.onError(error);
  }
  complete() {
    const handler = this.handler;
    const status = this.status;
    this.handler = void 0;
    if (this.closeAfter) this.drop();
    handler?.onComplete(status);
  }
  read(chunk) {
    if (this.handler === void 0) {
      this.drop();
      return;
    }
    let data = chunk;
    if (this.body === void 0) {
      data = this.pending === void 0 ? chunk : Buffer.concat([this.pending, chunk]);
      const end = data.indexOf(HEADER_END);
      if (end === -1) {
        if (data.length > MAX_HEAD_BYTES) this.fail(protocolError("response head over 64 KiB"));
        else this.pending = data;
        return;
      }
      this.pending = void 0;
      if (!this.readHead(data.toString("latin1", 0, end))) return;
      data = data.subarray(end + HEADER_END.length);
      if (this.body === void 0) {
        if (data.length > 0) this.read(data);
        return;
      }
    }
    this.readBody(data);
  }
  /** Parses a response head; false when the request failed on it. */
  readHead(head) {
    const lines = head.split("\r\n");
    const statusLine = /^HTTP\/1\.([01]) (\d{3})/.exec(lines[0] ?? "");
    if (statusLine === null) {
      this.fail(protocolError(`not an HTTP/1.x response: ${JSON.stringify((lines[0] ?? "").slice(0, 60))}`));
      return false;
    }
    const status = Number(statusLine[2]);
    if (status >= 100 && status < 200 && status !== 101) return true;
    let length;
    let chunked = false;
    let keepAlive = statusLine[1] === "1";
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      const colon = line.indexOf(":");
      if (colon <= 0) continue;
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name === "content-length") length = Number(value);
      else if (name === "transfer-encoding") chunked = /(?:^|,)\s*chunked\s*$/i.test(value);
      else if (name === "connection")
        keepAlive = !/close/i.test(value) && (keepAlive || /keep-alive/i.test(value));
      else if (name === "keep-alive") {
        const timeout = /timeout=(\d+)/i.exec(value);
        if (timeout) this.reuseUntil = performance.now() + Math.max(0, Number(timeout[1]) - 1) * 1e3;
      }
    }
    this.status = status;
    this.closeAfter = !keepAlive;
    if (this.head?.head || status === 204 || status === 304 || status === 101) {
      this.body = { kind: "length", remaining: 0 };
    } else if (chunked) {
      this.body = { kind: "chunked", phase: "size", remaining: 0 };
    } else if (length !== void 0) {
      if (!Number.isSafeInteger(length) || length < 0) {
        this.fail(protocolError(`bad content-length in the response`));
        return false;
      }
      this.body = { kind: "length", remaining: length };
    } else {
      this.body = { kind: "until-close" };
      this.closeAfter = true;
    }
    return true;
  }
  readBody(data) {
    const body2 = this.body;
    if (body2.kind === "until-close") return;
    if (body2.kind === "length") {
      body2.remaining -= data.length;
      if (body2.remaining === 0) this.complete();
      else if (body2.remaining < 0) this.fail(protocolError("the response is longer than its content-length"));
      return;
    }
    this.readChunked(body2, data);
  }
  readChunked(body2, chunk) {
    let data = this.pending === void 0 ? chunk : Buffer.concat([this.pending, chunk]);
    this.pending = void 0;
    while (data.length > 0) {
      if (body2.phase === "data") {
        const take = Math.min(body2.remaining, data.length);
        body2.remaining -= take;
        data = data.subarray(take);
        if (body2.remaining === 0) body2.phase = "data-end";
        continue;
      }
      const eol = data.indexOf(CRLF);
      if (eol === -1) {
        if (data.length > MAX_HEAD_BYTES) this.fail(protocolError("chunk header over 64 KiB"));
        else this.pending = data;
        return;
      }
      const line = data.toString("latin1", 0, eol);
      data = data.subarray(eol + CRLF.length);
      if (body2.phase === "data-end") {
        if (line !== "") {
          this.fail(protocolError("a chunk is longer than its size"));
          return;
        }
        body2.phase = "size";
      } else if (body2.phase === "size") {
        const size = Number.parseInt(line, 16);
        if (!/^[0-9a-fA-F]+/.test(line) || !Number.isSafeInteger(size)) {
          this.fail(protocolError(`bad chunk size ${JSON.stringify(line.slice(0, 20))}`));
          return;
        }
        if (size === 0) body2.phase = "trailer";
        else {
          body2.phase = "data";
          body2.remaining = size;
        }
      } else if (line === "") {
        if (data.length > 0) this.fail(protocolError("bytes after the end of the response"));
        else this.complete();
        return;
      }
    }
  }
};

// src/engine/embedded/generator.ts
var clock = () => performance.now();
var toEpochMs = (t) => performance.timeOrigin + t;
var Slot = class {
  constructor(run) {
    this.run = run;
    this.connection = new Http1Connection(run.origin, run.timeoutMs);
  }
  run;
  step = 0;
  sentAt = 0;
  status = 0;
  active = false;
  iterationMeasured = false;
  abort;
  connection;
  /** Aborts the request in flight when it has taken longer than `timeoutMs`. */
  expire(now, timeoutMs, error) {
    if (this.active && now - this.sentAt > timeoutMs) this.abort?.(error);
  }
  begin(measured) {
    this.step = 0;
    this.iterationMeasured = measured;
    this.send();
  }
  send = () => {
    const run = this.run;
    if (run.stopped) return;
    this.status = 0;
    this.abort = void 0;
    this.active = true;
    run.requestsSent++;
    this.sentAt = clock();
    this.connection.send(run.requests[this.step].encoded, this);
  };
  onSent(abort) {
    this.abort = abort;
  }
  onComplete(status) {
    this.status = status;
    this.finish(void 0);
  }
  onError(err) {
    this.finish(err);
  }
  finish(err) {
    if (!this.active) return;
    this.active = false;
    const end = clock();
    const run = this.run;
    if (run.stopped) return;
    if (this.sentAt >= run.measureFrom) {
      const failed = err !== void 0 || !run.requests[this.step].ok(this.status);
      run.recorder.request(this.step, toEpochMs(end), end - this.sentAt, failed);
    }
    if (err !== void 0) run.countError(err);
    if (++this.step < run.requests.length) {
      if (err === void 0) this.send();
      else setImmediate(this.send);
    } else {
      run.iterationDone(this, this.iterationMeasured);
    }
  }
};
var LoadRun = class {
  constructor(scenario, recorder, start) {
    this.scenario = scenario;
    this.recorder = recorder;
    const prefix = new URL(scenario.baseUrl).pathname.replace(/\/+$/, "");
    const timeoutMs = scenario.timeout * 1e3;
    this.timeoutMs = timeoutMs;
    this.origin = originOf(scenario.baseUrl);
    const slots = scenario.load.model === "open" ? scenario.load.maxInFlight : scenario.load.connections;
    this.requests = scenario.requests.map((r) => {
      const expected = r.expect === void 0 ? void 0 : new Set(r.expect);
      return {
        encoded: encodeRequest(this.origin, { ...r, path: prefix + r.path }),
        ok: expected === void 0 ? (s) => s >= 200 && s < 400 : (s) => expected.has(s)
      };
    });
    for (let i = 0; i < slots; i++) this.slots.push(new Slot(this));
    this.free.push(...this.slots);
    this.measureFrom = start + scenario.warmup * 1e3;
    this.endAt = this.measureFrom + scenario.load.duration * 1e3;
    const timeoutError = Object.assign(new Error(`request timed out after ${scenario.timeout} s`), {
      code: "TIMEOUT"
    });
    this.sweeper = setInterval(
      () => {
        const now = clock();
        for (const slot of this.slots) slot.expire(now, timeoutMs, timeoutError);
      },
      Math.min(100, timeoutMs / 4)
    );
  }
  scenario;
  recorder;
  origin;
  timeoutMs;
  requests;
  measureFrom;
  endAt;
  stopped = false;
  requestsSent = 0;
  free = [];
  slots = [];
  sweeper;
  inFlight = 0;
  peak = 0;
  schedulingDone = false;
  measuredStarted = 0;
  measuredDropped = 0;
  interrupted = 0;
  timedOut = false;
  /** scheduling, end-of-run and time-limit timers, cleared when the run is closed */
  timers = /* @__PURE__ */ new Set();
  lag = new LatencyHistogram();
  errors = /* @__PURE__ */ new Map();
  finished;
  done = new Promise((resolve2) => {
    this.finished = resolve2;
  });
  /** Starts an iteration on a free slot; false when every slot is busy. */
  startIteration(measured) {
    const slot = this.free.pop();
    if (slot === void 0) return false;
    if (++this.inFlight > this.peak) this.peak = this.inFlight;
    if (measured) this.measuredStarted++;
    slot.begin(measured);
    return true;
  }
  iterationDone(slot, measured) {
    if (measured) this.recorder.iterationCompleted();
    const now = clock();
    if (this.scenario.load.model === "closed" && !this.schedulingDone && now < this.endAt) {
      const nextMeasured = now >= this.measureFrom;
      if (nextMeasured) this.measuredStarted++;
      slot.begin(nextMeasured);
      return;
    }
    this.inFlight--;
    this.free.push(slot);
    if (this.schedulingDone && this.inFlight === 0) this.finished();
  }
  countError(err) {
    const code = err.code ?? err.name;
    this.errors.set(code, (this.errors.get(code) ?? 0) + 1);
  }
  after(ms, fn) {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
  }
  /** Stops the run where it is when it lasts longer than `ms` (the run timeout): nothing more is sent or recorded. */
  limitTo(ms) {
    this.after(ms, () => {
      this.timedOut = true;
      this.interrupted = this.inFlight;
      this.stopped = true;
      this.finished();
    });
  }
  /** Open model: iteration k starts at start + k/rate whether or not earlier ones finished (no coordinated omission). */
  runOpen(start, rate) {
    const interval = 1e3 / rate;
    let k = 0;
    const tick = () => {
      if (this.stopped) return;
      const now = clock();
      for (let due = start + k * interval; due <= now && due < this.endAt; due = start + ++k * interval) {
        const measured = due >= this.measureFrom;
        if (this.startIteration(measured)) {
          if (measured) this.lag.record(now - due);
        } else if (measured) {
          this.measuredDropped++;
          this.recorder.iterationDropped();
        }
      }
      const next = start + k * interval;
      if (next < this.endAt) this.after(next - clock(), tick);
      else this.stopScheduling();
    };
    tick();
  }
  /** Closed model: every connection loops iterations back to back until the end. */
  runClosed(connections) {
    for (let i = 0; i < connections; i++) this.startIteration(this.measureFrom <= clock());
    this.after(this.endAt - clock(), () => this.stopScheduling());
  }
  stopScheduling() {
    this.schedulingDone = true;
    if (this.inFlight === 0) {
      this.finished();
      return;
    }
    this.after(this.scenario.timeout * 1e3 + 1e3, () => {
      this.interrupted = this.inFlight;
      this.stopped = true;
      this.finished();
    });
  }
  close() {
    clearInterval(this.sweeper);
    for (const timer of this.timers) clearTimeout(timer);
    for (const slot of this.slots) slot.connection.close();
  }
  stats() {
    return {
      measuredIterationsStarted: this.measuredStarted,
      measuredDropped: this.measuredDropped,
      peakInFlight: this.peak,
      requestsSent: this.requestsSent,
      startLag: this.lag,
      measuredSeconds: this.scenario.load.duration,
      interrupted: this.interrupted,
      networkErrors: this.errors,
      timedOut: this.timedOut
    };
  }
};
async function generateLoad(scenario, recorder, timeLimitMs) {
  const start = clock();
  const run = new LoadRun(scenario, recorder, start);
  if (timeLimitMs !== void 0) run.limitTo(timeLimitMs);
  try {
    if (scenario.load.model === "open") run.runOpen(start, scenario.load.rate);
    else run.runClosed(scenario.load.connections);
    await run.done;
  } finally {
    run.close();
  }
  return run.stats();
}

// src/engine/embedded/reachability.ts
import { connect } from "node:net";
async function assertReachable(baseUrl, timeoutMs = 3e3) {
  const url = new URL(baseUrl);
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const target = `${url.protocol}//${url.host}`;
  await new Promise((resolve2, reject) => {
    const socket = connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`could not connect to ${target}: no answer within ${timeoutMs / 1e3} s`));
    }, timeoutMs);
    socket.once("connect", () => {
      clearTimeout(timer);
      socket.end();
      resolve2();
    });
    socket.once("error", (err) => {
      clearTimeout(timer);
      reject(new Error(`could not connect to ${target}: ${err.code ?? err.message}`));
    });
  });
}

// src/engine/embedded/recorder.ts
var SeriesRecorder = class {
  constructor(series) {
    this.series = series;
  }
  series;
  second = -1;
  bucket;
  record(endEpochMs, latencyMs, failed) {
    const s = this.series;
    s.requests++;
    s.latency.record(latencyMs);
    const second = Math.floor(endEpochMs / 1e3);
    if (second !== this.second) {
      this.second = second;
      this.bucket = s.seconds.get(second);
      if (this.bucket === void 0) {
        this.bucket = { requests: 0, failed: 0, latency: new LatencyHistogram() };
        s.seconds.set(second, this.bucket);
      }
    }
    const b = this.bucket;
    b.requests++;
    b.latency.record(latencyMs);
    if (failed) {
      s.failed++;
      b.failed++;
    }
  }
};
var ResultRecorder = class {
  /** one recorder per request of the scenario's list (requests sharing method and name share a series) */
  byRequest;
  result;
  constructor(scenario) {
    const series = /* @__PURE__ */ new Map();
    const recorders = /* @__PURE__ */ new Map();
    this.byRequest = scenario.requests.map((r) => {
      const key = { scenario: scenario.name, group: "", method: r.method, name: r.name };
      const id = seriesId(key);
      let rec = recorders.get(id);
      if (rec === void 0) {
        const s = {
          key,
          id,
          requests: 0,
          failed: 0,
          latency: new LatencyHistogram(),
          seconds: /* @__PURE__ */ new Map()
        };
        series.set(id, s);
        rec = new SeriesRecorder(s);
        recorders.set(id, rec);
      }
      return rec;
    });
    this.result = {
      engine: "embedded",
      fidelity: "distribution",
      loadModel: scenario.load.model,
      loadModelSource: "embedded-scenario",
      sources: ["embedded"],
      startMs: Number.NaN,
      endMs: Number.NaN,
      series,
      lifecycle: /* @__PURE__ */ new Map(),
      totals: { iterations: 0, droppedIterations: 0, checksPassed: 0, checksFailed: 0, maxVUs: 0 },
      thresholds: [],
      skipped: {},
      warnings: [],
      engineVersion: `perf-gate embedded (node ${process.version})`
    };
    if (scenario.load.model === "open") this.result.targetRate = scenario.load.rate;
  }
  /** A measured request: `failed` = network error or unexpected status (also a failed check, as in k6). */
  request(index, endEpochMs, latencyMs, failed) {
    this.byRequest[index].record(endEpochMs, latencyMs, failed);
    const r = this.result;
    if (!(endEpochMs >= r.startMs)) r.startMs = endEpochMs;
    if (!(endEpochMs <= r.endMs)) r.endMs = endEpochMs;
    if (failed) r.totals.checksFailed++;
    else r.totals.checksPassed++;
  }
  iterationCompleted() {
    this.result.totals.iterations++;
  }
  iterationDropped() {
    this.result.totals.droppedIterations++;
  }
  warn(message) {
    this.result.warnings.push(message);
  }
  finish(maxVUs) {
    this.result.totals.maxVUs = maxVUs;
    return this.result;
  }
};

// src/engine/embedded/engine.ts
async function runEmbeddedOnce(scenario, options = {}) {
  const logger = options.logger ?? streamLogger();
  const target = options.baseUrl === void 0 ? scenario : { ...scenario, baseUrl: options.baseUrl };
  const what = `${options.label ? `${options.label}: ` : ""}embedded run ${options.index ?? 1}/${options.total ?? 1}`;
  await assertReachable(target.baseUrl);
  const recorder = new ResultRecorder(target);
  const started = performance.now();
  const stats = await logger.group(what, async () => {
    logger.info(`${describeLoad(target)} against ${target.baseUrl}`);
    return await generateLoad(
      target,
      recorder,
      options.timeLimitSeconds === void 0 ? void 0 : options.timeLimitSeconds * 1e3
    );
  });
  if (stats.timedOut) {
    throw new Error(
      `${what} did not finish within the run timeout of ${options.timeLimitSeconds} s and was stopped (${stats.interrupted} requests were still waiting for an answer; raise the run timeout if the test is meant to take longer)`
    );
  }
  for (const w of warningsFor(target, stats)) recorder.warn(w);
  const result = recorder.finish(stats.peakInFlight);
  if (result.warnings.length > 0) for (const w of result.warnings) logger.warning(`${what}: ${w}`);
  const { requests, failed } = measuredRequests(result);
  const rate = target.load.model === "open" ? `, ${(stats.measuredIterationsStarted / stats.measuredSeconds).toFixed(1)} it/s of ${target.load.rate} target` : "";
  logger.info(
    `${what}: ${requests} requests${failed > 0 ? ` (${failed} failed)` : ""}${rate}, ${((performance.now() - started) / 1e3).toFixed(1)} s`
  );
  return result;
}
function describeLoad(s) {
  const warmup = s.warmup > 0 ? ` after ${s.warmup} s warm-up` : "";
  return s.load.model === "open" ? `open model: ${s.load.rate} iterations/s for ${s.load.duration} s${warmup} (at most ${s.load.maxInFlight} in flight)` : `closed model: ${s.load.connections} connections for ${s.load.duration} s${warmup}`;
}
function warningsFor(s, stats) {
  const out = [];
  if (stats.networkErrors.size > 0) {
    const list = [...stats.networkErrors].map(([code, n]) => `${n}\xD7 ${code}`).join(", ");
    out.push(`network errors: ${list}`);
  }
  if (stats.interrupted > 0) {
    out.push(`${stats.interrupted} iterations still running at the end were interrupted`);
  }
  if (s.load.model === "open") {
    const expected = s.load.rate * s.load.duration;
    if (stats.measuredDropped > 0) {
      out.push(
        `${stats.measuredDropped} of ${Math.round(expected)} iterations dropped: all ${s.load.maxInFlight} in-flight slots were busy (the target is slower than the rate allows; raise load.maxInFlight to queue more)`
      );
    }
    const lagP99 = stats.startLag.quantile(0.99);
    if (stats.startLag.count > 0 && lagP99 > Math.max(10, 1e3 / s.load.rate)) {
      out.push(
        `iterations started up to ${lagP99.toFixed(1)} ms late (p99): the load generator itself was short of CPU, so the offered load was burstier than the schedule`
      );
    }
  }
  return out;
}

// src/engine/embedded/scenario.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
var HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
var ScenarioError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ScenarioError";
  }
};
var duration = (min) => external_exports.union([external_exports.number(), external_exports.string()]).transform((raw, ctx) => {
  const seconds = typeof raw === "number" ? raw : durationSeconds(raw);
  if (seconds === void 0) {
    ctx.addIssue({ code: "custom", message: `'${raw}' is not a duration; ${DURATION_EXAMPLES}` });
    return external_exports.NEVER;
  }
  if (!Number.isFinite(seconds) || seconds < 0 || min === "positive" && seconds === 0) {
    ctx.addIssue({ code: "custom", message: `expected a ${min} duration, got ${raw}` });
    return external_exports.NEVER;
  }
  return seconds;
});
var httpUrl = external_exports.string().refine((s) => {
  try {
    const u = new URL(s);
    return (u.protocol === "http:" || u.protocol === "https:") && u.search === "" && u.hash === "";
  } catch {
    return false;
  }
}, "expected an http:// or https:// URL without query or fragment");
var requestSchema = external_exports.object({
  name: external_exports.string().min(1).optional(),
  method: external_exports.string().transform((m) => m.toUpperCase()).pipe(external_exports.enum(HTTP_METHODS, { error: () => `expected one of ${HTTP_METHODS.join(", ")}` })),
  path: external_exports.string().regex(/^\//, "expected a path starting with '/'"),
  headers: external_exports.record(external_exports.string(), external_exports.union([external_exports.string(), external_exports.number(), external_exports.boolean()]).transform(String)).optional(),
  body: external_exports.union([external_exports.string(), external_exports.record(external_exports.string(), external_exports.unknown()), external_exports.array(external_exports.unknown())]).optional(),
  expect: external_exports.array(
    external_exports.number().int().min(100, "expected an HTTP status (100\u2013599)").max(599, "expected an HTTP status (100\u2013599)")
  ).min(1).optional()
}).strict().transform((r) => {
  const headers = { ...r.headers ?? {} };
  let body2;
  if (typeof r.body === "string") body2 = r.body;
  else if (r.body !== void 0) {
    body2 = JSON.stringify(r.body);
    if (!Object.keys(headers).some((h) => h.toLowerCase() === "content-type")) {
      headers["content-type"] = "application/json";
    }
  }
  const out = {
    name: r.name ?? `${r.method} ${r.path}`,
    method: r.method,
    path: r.path,
    headers
  };
  if (body2 !== void 0) out.body = body2;
  if (r.expect !== void 0) out.expect = r.expect;
  return out;
});
var MAX_REQUESTS_PER_SECOND = 2e4;
var MAX_CONCURRENCY = 1e4;
var loadSchema = external_exports.discriminatedUnion(
  "model",
  [
    external_exports.object({
      model: external_exports.literal("open"),
      rate: external_exports.number().positive("expected iterations per second > 0"),
      duration: duration("positive"),
      maxInFlight: external_exports.number().int().min(1).max(MAX_CONCURRENCY).optional()
    }).strict().transform((l) => ({
      ...l,
      maxInFlight: l.maxInFlight ?? Math.min(MAX_CONCURRENCY, Math.max(50, Math.ceil(l.rate)))
    })),
    external_exports.object({
      model: external_exports.literal("closed"),
      connections: external_exports.number().int().min(1).max(MAX_CONCURRENCY),
      duration: duration("positive")
    }).strict()
  ],
  { error: () => "expected model: open (with rate) or model: closed (with connections)" }
);
var scenarioSchema = external_exports.object({
  name: external_exports.string().regex(/^[A-Za-z0-9_-]+$/, "expected letters, digits, _ or - (it becomes the k6 scenario name)").default("default"),
  baseUrl: httpUrl,
  load: loadSchema,
  warmup: duration("non-negative").default(0),
  timeout: duration("positive").default(10),
  requests: external_exports.array(requestSchema).min(1, "expected at least one request")
}).strict().superRefine((s, ctx) => {
  if (s.load.model !== "open") return;
  const perSecond = s.load.rate * s.requests.length;
  if (perSecond > MAX_REQUESTS_PER_SECOND) {
    const each = s.requests.length === 1 ? "" : ` \xD7 ${s.requests.length} requests each`;
    ctx.addIssue({
      code: "custom",
      path: ["load", "rate"],
      message: `${s.load.rate} iterations/s${each} is more than the embedded engine can schedule (at most ${MAX_REQUESTS_PER_SECOND} requests/s from its one thread); lower the rate, or use k6 for more`
    });
  }
});
function formatPath(path) {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : `${out === "" ? "" : "."}${String(p)}`;
  return out === "" ? "(top level)" : out;
}
function formatIssue(issue) {
  if (issue.code === "invalid_type" && issue.message.endsWith("received undefined")) {
    return `${formatPath(issue.path)}: required (expected ${issue.expected})`;
  }
  if (issue.code === "unrecognized_keys") {
    return `${formatPath(issue.path)}: unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `'${k}'`).join(", ")}`;
  }
  return `${formatPath(issue.path)}: ${issue.message}`;
}
function validateScenario(data, file) {
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) {
    throw new ScenarioError(
      `${file}: invalid scenario
${parsed.error.issues.map((i) => `  ${formatIssue(i)}`).join("\n")}`
    );
  }
  return parsed.data;
}
function parseScenario(text, file) {
  let data;
  try {
    data = (0, import_yaml.parse)(text);
  } catch (err) {
    throw new ScenarioError(`${file}: not valid YAML/JSON: ${err.message}`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new ScenarioError(`${file}: expected a mapping with baseUrl, load and requests`);
  }
  return validateScenario(data, file);
}
async function loadScenario(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new ScenarioError(
      `${file}: cannot read the scenario file (${err.code ?? err})`
    );
  }
  return parseScenario(text, file);
}

// src/engine/jmeter/runner.ts
import { access as access2 } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/results/csv-record.ts
function parseCsvRecord(text, delimiter3) {
  const fields = [];
  let i = 0;
  for (; ; ) {
    if (text[i] === '"') {
      let value = "";
      let j = i + 1;
      for (; ; ) {
        const q = text.indexOf('"', j);
        if (q === -1) return void 0;
        value += text.slice(j, q);
        if (text[q + 1] === '"') {
          value += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      const d = text.indexOf(delimiter3, j);
      fields.push(d === -1 ? value + text.slice(j) : value + text.slice(j, d));
      if (d === -1) return fields;
      i = d + 1;
    } else {
      const d = text.indexOf(delimiter3, i);
      fields.push(d === -1 ? text.slice(i) : text.slice(i, d));
      if (d === -1) return fields;
      i = d + 1;
    }
  }
}

// src/results/file-pump.ts
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
var DEFAULT_CHUNK = 1 << 20;
var GZIP_CHUNK = 1 << 20;
async function pumpFile(path, push2, opts) {
  return await isGzip(path) ? await pumpGzip(path, push2, opts) : await pumpPlain(path, push2, opts);
}
async function isGzip(path) {
  if (path.endsWith(".gz")) return true;
  const fh = await openOrExplain(path);
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await fh.read(head, 0, 2, 0).catch((err) => {
      throw unreadable(path, err);
    });
    return bytesRead === 2 && head[0] === 31 && head[1] === 139;
  } finally {
    await fh.close();
  }
}
async function pumpPlain(path, push2, opts) {
  const size = opts.chunkSize ?? DEFAULT_CHUNK;
  const fh = await openOrExplain(path);
  let current = Buffer.allocUnsafe(size);
  let next = Buffer.allocUnsafe(size);
  let position = 0;
  const read = (into) => fh.read(into, 0, size, position).catch((err) => {
    throw unreadable(path, err);
  });
  let pending = read(current);
  try {
    for (; ; ) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) return position;
      position += bytesRead;
      pending = read(next);
      push2(current.subarray(0, bytesRead));
      [current, next] = [next, current];
    }
  } catch (err) {
    await pending.catch(() => void 0);
    throw err;
  } finally {
    await fh.close();
  }
}
async function pumpGzip(path, push2, opts) {
  let bytes = 0;
  let parseError;
  const gunzip = createGunzip({
    chunkSize: GZIP_CHUNK,
    readableHighWaterMark: 4 * GZIP_CHUNK
  });
  try {
    await pipeline(createReadStream(path, { highWaterMark: GZIP_CHUNK }), gunzip, async (chunks) => {
      for await (const chunk of chunks) {
        bytes += chunk.length;
        try {
          push2(chunk);
        } catch (err) {
          parseError = err;
          throw err;
        }
      }
    });
  } catch (err) {
    if (parseError !== void 0) throw parseError;
    const e = err;
    if (e.code === "Z_BUF_ERROR") {
      opts.onTruncatedGzip();
    } else if (e.code === "ENOENT" || e.code === "EACCES" || e.code === "EISDIR") {
      throw unreadable(path, e);
    } else {
      throw new RunFileError(path, void 0, `not a readable gzip file: ${e.message}`);
    }
  }
  return bytes;
}
async function openOrExplain(path) {
  try {
    return await open(path, "r");
  } catch (err) {
    throw unreadable(path, err);
  }
}

// src/results/byte-words.ts
var BytePattern = class {
  length;
  words;
  tail;
  constructor(bytes) {
    this.length = bytes.length;
    const n = bytes.length >>> 2;
    this.words = new Int32Array(n);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    for (let k = 0; k < n; k++) this.words[k] = view.getInt32(k * 4, true);
    this.tail = Uint8Array.from(bytes.subarray(n * 4));
  }
  /** Whether the bytes at `p` (all before `limit`) are this pattern. `view` must be a view of `buf`. */
  matches(view, buf, p, limit) {
    if (p + this.length > limit) return false;
    const words = this.words;
    const n = words.length;
    for (let k = 0; k < n; k++) if (view.getInt32(p + k * 4, true) !== words[k]) return false;
    const tail = this.tail;
    const q = p + n * 4;
    for (let k = 0; k < tail.length; k++) if (buf[q + k] !== tail[k]) return false;
    return true;
  }
};
var SpanTable = class {
  buckets = /* @__PURE__ */ new Map();
  size = 0;
  get(view, buf, start, end) {
    let entry = this.buckets.get(spanHash(view, buf, start, end));
    while (entry !== void 0) {
      if (entry.pattern.length === end - start && entry.pattern.matches(view, buf, start, end))
        return entry.value;
      entry = entry.next;
    }
    return void 0;
  }
  set(view, buf, start, end, value) {
    const h = spanHash(view, buf, start, end);
    const pattern = new BytePattern(buf.subarray(start, end));
    this.buckets.set(h, { pattern, value, next: this.buckets.get(h) });
    this.size++;
  }
  clear() {
    this.buckets.clear();
    this.size = 0;
  }
};
function spanHash(view, buf, start, end) {
  let h = end - start;
  let p = start;
  for (; p + 4 <= end; p += 4) {
    h = Math.imul(h ^ view.getInt32(p, true), 1540483477);
    h ^= h >>> 15;
  }
  for (; p < end; p++) h = Math.imul(h ^ buf[p], 1540483477);
  return h;
}

// src/results/load-model.ts
var LOAD_MODEL_SOURCE_WORDS = {
  "k6-inspect": "the script's scenario executors (k6 inspect)",
  "k6-default-scenario": "k6's scenario `default` in the results (the vus/duration/iterations/stages shorthand)",
  input: "the load-model setting",
  "jmeter-plan": "the JMeter plan's thread groups and timers",
  "locust-plan": "the Locust user classes' wait times",
  "embedded-scenario": "the scenario file",
  unknown: "nothing (set load-model: open or closed)"
};
function withLoadModelInput(run, input) {
  if (input === void 0) return run;
  const { loadModel, loadModelSource = "unknown" } = run;
  const overridden = loadModel !== "unknown" && loadModel !== input && loadModelSource !== "input";
  return {
    ...run,
    loadModel: input,
    loadModelSource: "input",
    ...overridden ? { loadModelOverridden: { loadModel, loadModelSource } } : {}
  };
}
function overriddenModelNotes(runs) {
  const notes = /* @__PURE__ */ new Map();
  for (const run of runs) {
    const shown = run.loadModelOverridden;
    if (shown === void 0) continue;
    const note = `load model ${run.loadModel} as set, although ${LOAD_MODEL_SOURCE_WORDS[shown.loadModelSource]} showed ${shown.loadModel}`;
    notes.set(note, (notes.get(note) ?? 0) + 1);
  }
  return [...notes].map(([note, n]) => `${note} (${n} run${n === 1 ? "" : "s"})`);
}
function givenLoadModel(opts) {
  return opts.loadModel === void 0 || opts.loadModel === "unknown" ? { loadModel: "unknown", loadModelSource: "unknown" } : { loadModel: opts.loadModel, loadModelSource: opts.loadModelSource ?? "input" };
}

// src/results/request-name.ts
var ORIGIN = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/i;
var DEFAULT_PORTS = { http: "80", https: "443", ws: "80", wss: "443" };
function originKey(scheme, authority) {
  const s = scheme.toLowerCase();
  const host = authority.replace(/^[^@]*@/, "").toLowerCase();
  const port = /:(\d+)$/.exec(host)?.[1];
  return `${s}://${port !== void 0 && DEFAULT_PORTS[s] === port ? host.slice(0, -port.length - 1) : host}`;
}
function splitOrigin(name) {
  const m = ORIGIN.exec(name);
  return m === null ? void 0 : { origin: originKey(m[1], m[2]), rest: name.slice(m[0].length) };
}
function targetOf(url) {
  const parts = splitOrigin(url);
  if (parts === void 0) return void 0;
  return { origin: parts.origin, basePath: parts.rest.replace(/[?#].*$/, "").replace(/\/+$/, "") };
}
function relativeName(name, target) {
  const parts = splitOrigin(name);
  if (parts === void 0 || parts.origin !== target.origin) return void 0;
  let rest = parts.rest;
  const { basePath } = target;
  if (basePath !== "" && rest.startsWith(basePath) && /^([/?#]|$)/.test(rest.slice(basePath.length)))
    rest = rest.slice(basePath.length);
  return rest === "" || rest[0] !== "/" ? `/${rest}` : rest;
}
function busiestOrigin(run) {
  const requests = /* @__PURE__ */ new Map();
  for (const s of run.series.values()) {
    const origin = splitOrigin(s.key.name)?.origin;
    if (origin !== void 0) requests.set(origin, (requests.get(origin) ?? 0) + s.requests);
  }
  const ranked = [...requests].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return ranked.length === 0 ? void 0 : { origin: ranked[0][0], others: ranked.length - 1 };
}
function renamed(series, rename2) {
  const out = /* @__PURE__ */ new Map();
  for (const s of series.values()) {
    const name = rename2(s.key.name);
    const key = name === void 0 ? s.key : { ...s.key, name };
    const id = seriesId(key);
    const twin = out.get(id);
    out.set(
      id,
      twin === void 0 ? { ...s, key, id } : mergeSeries([/* @__PURE__ */ new Map([[id, twin]]), /* @__PURE__ */ new Map([[id, { ...s, key, id }]])]).get(id)
    );
  }
  return out;
}
function renameSeries(run, rename2) {
  return { ...run, series: renamed(run.series, rename2), lifecycle: renamed(run.lifecycle, rename2) };
}
function nameSeriesByTarget(run, targetUrl) {
  const given = targetUrl === void 0 ? void 0 : targetOf(targetUrl);
  const used = given !== void 0 && [...run.series.values()].some((s) => relativeName(s.key.name, given) !== void 0);
  let target = used ? given : void 0;
  if (target === void 0) {
    const busiest = busiestOrigin(run);
    if (busiest === void 0) return run;
    target = { origin: busiest.origin, basePath: "" };
    if (busiest.others > 0)
      run.warnings.push(
        `${run.sources.join(", ")}: requests went to ${busiest.others + 1} hosts; series are named relative to ${busiest.origin}, where most went${targetUrl === void 0 ? "" : ` (none went to the target ${targetUrl})`}, the others keep their origin`
      );
  }
  const to = target;
  return renameSeries(run, (name) => relativeName(name, to));
}

// src/results/warmup.ts
var WarmupTooLongError = class extends Error {
  name = "WarmupTooLongError";
};
function trimWarmup(run, seconds) {
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new Error(`warm-up must be a number of seconds \u2265 0, got ${seconds}`);
  }
  if (seconds === 0) return run;
  if (run.fidelity !== "distribution") {
    throw new Error(
      `cannot drop a warm-up from ${run.sources.join(", ")}: a k6 summary export has no per-second data (use --out json)`
    );
  }
  const cutMs = run.startMs + seconds * 1e3;
  const firstKept = Math.ceil(cutMs / 1e3);
  const series = /* @__PURE__ */ new Map();
  let droppedRequests = 0;
  let keptStart = Number.POSITIVE_INFINITY;
  for (const [id, s] of run.series) {
    const kept = /* @__PURE__ */ new Map();
    for (const [second, bucket] of s.seconds) {
      if (second >= firstKept) {
        kept.set(second, bucket);
        if (second < keptStart) keptStart = second;
      } else {
        droppedRequests += bucket.requests;
      }
    }
    if (kept.size > 0) series.set(id, seriesFromBuckets(s.key, kept));
  }
  if (series.size === 0) {
    const lasted = ((run.endMs - run.startMs) / 1e3).toFixed(1);
    throw new WarmupTooLongError(
      `a warm-up of ${seconds} s removes every request of ${run.sources.join(", ")} (the run lasted ${lasted} s): give a warm-up (warmup, --warmup) shorter than the run`
    );
  }
  const trimmed = {
    ...run,
    startMs: Math.max(run.startMs, keptStart * 1e3),
    series,
    skipped: { ...run.skipped },
    warnings: [
      ...run.warnings,
      `warm-up: dropped the first ${seconds} s (samples before ${new Date(firstKept * 1e3).toISOString()}), ${droppedRequests} requests`
    ]
  };
  if (droppedRequests > 0)
    trimmed.skipped["warm-up request"] = (run.skipped["warm-up request"] ?? 0) + droppedRequests;
  if (run.secondTotals !== void 0) {
    const secondTotals = /* @__PURE__ */ new Map();
    const totals = emptyTotals();
    for (const [second, t] of run.secondTotals) {
      if (second < firstKept) continue;
      secondTotals.set(second, t);
      addTotals(totals, t, "max");
    }
    trimmed.secondTotals = secondTotals;
    trimmed.totals = totals;
  }
  return trimmed;
}

// src/results/jtl-samples.ts
var TRANSACTION = Buffer.from("Number of samples in transaction");
function isTransactionMessage(buf, start, end) {
  const n = TRANSACTION.length;
  return end - start >= n && buf[start] === 78 && buf.compare(TRANSACTION, 0, n, start, start + n) === 0;
}
function threadGroupOf(threadName) {
  return threadName.replace(/ \d+-\d+$/, "");
}
var JtlSamples = class {
  constructor(path, opts) {
    this.path = path;
    this.opts = opts;
    this.acc = new RunAccumulator(opts.maxSeries);
  }
  path;
  opts;
  acc;
  /** label bytes → its thread names: looked up from bytes, so a sample makes no string */
  labels = new SpanTable();
  transactions = 0;
  count = 0;
  /** the file ends mid-record or mid-gzip (JMeter stopped while writing): a partial run */
  cut = false;
  /**
   * One sample whose label is `buf[labelStart, labelEnd)` and thread name `buf[threadStart, threadEnd)` (UTF-8
   * bytes; `view` a DataView of `buf`); `allThreads` -1 when absent.
   */
  sample(view, buf, labelStart, labelEnd, threadStart, threadEnd, ok, timeStamp, elapsed, allThreads) {
    let label = this.labels.get(view, buf, labelStart, labelEnd);
    if (label === void 0) {
      label = { threads: new SpanTable() };
      this.labels.set(view, buf, labelStart, labelEnd, label);
    }
    let sets = label.threads.get(view, buf, threadStart, threadEnd);
    if (sets === void 0) {
      const tags = {
        scenario: threadGroupOf(buf.toString("utf8", threadStart, threadEnd)),
        method: "",
        name: buf.toString("utf8", labelStart, labelEnd)
      };
      sets = [
        this.acc.tagSet({ ...tags, expectedResponse: "true" }),
        this.acc.tagSet({ ...tags, expectedResponse: "false" })
      ];
      label.threads.set(view, buf, threadStart, threadEnd, sets);
    }
    const second = Math.floor(timeStamp / 1e3);
    this.acc.request(ok ? sets[0] : sets[1], second, timeStamp - second * 1e3, elapsed);
    if (allThreads >= 0) {
      const totals = this.acc.totalsAt(second);
      if (allThreads > totals.maxVUs) totals.maxVUs = allThreads;
    }
    this.count++;
  }
  /** `sample` for a label and thread name already decoded (quoted CSV fields, XML attributes). */
  sampleOf(label, threadName, ok, timeStamp, elapsed, allThreads) {
    const buf = Buffer.from(label + threadName);
    const split = Buffer.byteLength(label);
    const view = new DataView(buf.buffer, buf.byteOffset, buf.length);
    this.sample(view, buf, 0, split, split, buf.length, ok, timeStamp, elapsed, allThreads);
  }
  transactionSample() {
    this.transactions++;
  }
  /** a sample nested inside another one (a redirect, an embedded resource): part of its parent's time */
  subResult() {
    this.acc.skip("sub-result sample");
  }
  /** The file is cut short: what was read is kept, the run is marked partial (never a baseline). */
  cutShort(message, skipped) {
    this.acc.warn(message);
    if (skipped !== void 0) this.acc.skip(skipped);
    this.cut = true;
  }
  finish() {
    if (this.transactions > 0) {
      this.acc.skip("Transaction Controller sample", this.transactions);
      this.acc.warn(
        `${this.path}: left out ${this.transactions} Transaction Controller samples (their requests are counted one by one, as JMeter's summariser does)`
      );
    }
    if (this.count === 0) {
      throw new RunFileError(this.path, void 0, "no samples were recorded: is the target reachable?");
    }
    const run = nameSeriesByTarget(
      this.acc.finish({
        engine: "jmeter",
        sources: [this.path],
        ...givenLoadModel(this.opts),
        targetRate: this.opts.targetRate
      }),
      this.opts.targetUrl
    );
    if (this.cut) run.cutFiles = [this.path];
    return this.opts.warmupSeconds ? trimWarmup(run, this.opts.warmupSeconds) : run;
  }
};

// src/results/line-splitter.ts
var NEWLINE = 10;
var LineSplitter = class {
  onLine;
  lineRun;
  carry = Buffer.allocUnsafe(64 * 1024);
  carryLength = 0;
  /** number of the last line handed over */
  lineNo = 0;
  constructor(onLine, lineRun) {
    this.onLine = onLine;
    this.lineRun = lineRun;
  }
  /** Hands over every complete line of `chunk` (the chunk may be reused by the caller afterwards). */
  push(chunk) {
    const length = chunk.length;
    let pos = 0;
    if (this.carryLength > 0) {
      const nl = chunk.indexOf(NEWLINE);
      if (nl === -1) {
        this.appendCarry(chunk, 0, length);
        return;
      }
      this.appendCarry(chunk, 0, nl);
      const joinedLength = this.carryLength;
      this.carryLength = 0;
      this.onLine(this.carry, 0, joinedLength, ++this.lineNo);
      pos = nl + 1;
    }
    const onLine = this.onLine;
    const lineRun = this.lineRun;
    for (; ; ) {
      if (lineRun !== void 0) pos = lineRun(chunk, pos, this);
      const nl = chunk.indexOf(NEWLINE, pos);
      if (nl === -1) break;
      onLine(chunk, pos, nl, ++this.lineNo);
      pos = nl + 1;
    }
    if (pos < length) this.appendCarry(chunk, pos, length);
  }
  /**
   * The last line when the input did not end with a newline (k6 killed mid-write, or simply no final `\n`),
   * or undefined. Call once after the last `push`.
   */
  unterminatedLine() {
    if (this.carryLength === 0) return void 0;
    const end = this.carryLength;
    this.carryLength = 0;
    return { buf: this.carry, start: 0, end, lineNo: ++this.lineNo };
  }
  appendCarry(chunk, start, end) {
    const needed = this.carryLength + (end - start);
    if (needed > this.carry.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, this.carry.length * 2));
      this.carry.copy(grown, 0, 0, this.carryLength);
      this.carry = grown;
    }
    chunk.copy(this.carry, this.carryLength, start, end);
    this.carryLength = needed;
  }
};

// src/results/jtl-csv.ts
var QUOTE = 34;
var CR = 13;
var NEWLINE2 = 10;
var REQUIRED = ["timeStamp", "elapsed", "label", "success"];
var DELIMITERS = [",", "	", ";", "|"];
function jtlHeader(line) {
  for (const delimiter3 of DELIMITERS) {
    const names = line.split(delimiter3).map((n) => n.trim());
    if (names.includes("timeStamp") && names.includes("elapsed")) return { delimiter: delimiter3, names };
  }
  return void 0;
}
async function readJtlCsv(path, opts = {}) {
  const samples = new JtlSamples(path, opts);
  const reader = new CsvLines(path, samples);
  const splitter = new LineSplitter(reader.handleLine, reader.lineRun);
  const bytes = await pumpFile(path, (chunk) => splitter.push(chunk), {
    chunkSize: opts.chunkSize,
    onTruncatedGzip: () => samples.cutShort(
      `${path}: the gzip stream is truncated (JMeter was stopped while writing); kept what was read`
    )
  });
  const last = splitter.unterminatedLine();
  if (last !== void 0) reader.handleFinalLine(last.buf, last.start, last.end, last.lineNo);
  reader.finish();
  if (bytes === 0 || reader.columns === void 0) {
    throw new RunFileError(
      path,
      void 0,
      "empty file: expected a JMeter CSV results file with a header line"
    );
  }
  return samples.finish();
}
var CsvLines = class {
  constructor(path, samples) {
    this.path = path;
    this.samples = samples;
  }
  path;
  samples;
  columns;
  delimiter = 44;
  delimiterText = ",";
  /** a quoted field that runs over a line end: the lines so far, joined by \n */
  open;
  /** field starts and ends of the current fast-path line (reused) */
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  fieldCount = 0;
  /** a DataView of the buffer the last line came in (a chunk, or the splitter's carry) */
  viewOf;
  view = new DataView(new ArrayBuffer(0));
  handleLine = (buf, start, end, lineNo) => {
    if (end > start && buf[end - 1] === CR) end--;
    if (this.open !== void 0) {
      this.open.text += `
${buf.toString("utf8", start, end)}`;
      this.slowLine(this.open.text, this.open.lineNo);
      return;
    }
    if (this.columns === void 0) {
      this.header(buf.toString("utf8", start, end), lineNo);
      return;
    }
    if (end === start) return;
    if (this.scanFields(buf, start, end) === -1) this.slowLine(buf.toString("utf8", start, end), lineNo);
    else this.record(buf, start, end, lineNo);
  };
  /**
   * The `LineRun` of the splitter: reads the data lines of `chunk` from `pos` on in one pass over their bytes
   * (a JTL line is ~100 bytes, so a native `indexOf` per field or line would cost more than the line itself),
   * and stops at the first line that needs more care (before the header, inside a multi-line record, a quote
   * it cannot read in place) or that the chunk cuts, leaving it to `handleLine` or the splitter's carry.
   */
  lineRun = (chunk, pos, splitter) => {
    if (this.columns === void 0) return pos;
    const length = chunk.length;
    while (pos < length && this.open === void 0) {
      const nl = this.scanFields(chunk, pos, length);
      if (nl === -1 || nl === length) return pos;
      let end = nl;
      if (end > pos && chunk[end - 1] === CR) {
        end--;
        if (this.ends[this.fieldCount - 1] === nl) this.ends[this.fieldCount - 1] = end;
      }
      const lineNo = ++splitter.lineNo;
      if (end > pos) this.record(chunk, pos, end, lineNo);
      pos = nl + 1;
    }
    return pos;
  };
  /**
   * Finds the fields of the line starting at `start` (into `starts`/`ends`, `fieldCount` of them), up to its
   * `\n` or `limit`, whichever comes first, and returns where it stopped; -1 when the line needs the full CSV
   * parser (an escaped quote, a quoted field that runs on past the line, text after a closing quote, more fields
   * than there is room for). A quoted field is read in place: its span is inside the quotes.
   */
  scanFields(buf, start, limit) {
    const starts = this.starts;
    const ends = this.ends;
    const room = ends.length;
    const delimiter3 = this.delimiter;
    let n = 0;
    let p = start;
    starts[0] = p;
    for (; ; ) {
      if (p < limit && buf[p] === QUOTE) {
        let q = p + 1;
        while (q < limit && buf[q] !== QUOTE && buf[q] !== NEWLINE2) q++;
        if (q >= limit || buf[q] === NEWLINE2) return -1;
        starts[n] = p + 1;
        ends[n++] = q;
        p = q + 1;
        if (p === limit || buf[p] === NEWLINE2) break;
        if (buf[p] === CR && p + 1 < limit && buf[p + 1] === NEWLINE2) {
          p++;
          break;
        }
        if (buf[p] !== delimiter3 || n === room) return -1;
        starts[n] = ++p;
        continue;
      }
      while (p < limit) {
        const b = buf[p];
        if (b === delimiter3 || b === NEWLINE2) break;
        p++;
      }
      ends[n++] = p;
      if (p === limit || buf[p] === NEWLINE2) break;
      if (n === room) return -1;
      starts[n] = ++p;
    }
    this.fieldCount = n;
    return p;
  }
  /** One data line whose `fieldCount` fields `scanFields` found. */
  record(buf, start, end, lineNo) {
    const columns = this.columns;
    const starts = this.starts;
    const ends = this.ends;
    if (this.fieldCount !== columns.count) {
      throw this.error(
        lineNo,
        `expected ${columns.count} fields as in the header, got ${this.fieldCount}: ${snippet(buf.toString("utf8", start, end))}`
      );
    }
    const ts = digits(buf, starts[columns.timeStamp], ends[columns.timeStamp]);
    const elapsed = digits(buf, starts[columns.elapsed], ends[columns.elapsed]);
    if (ts < 0 || elapsed < 0) {
      this.slowLine(buf.toString("utf8", start, end), lineNo);
      return;
    }
    const m = columns.responseMessage;
    if (m >= 0 && isTransactionMessage(buf, starts[m], ends[m])) {
      this.samples.transactionSample();
      return;
    }
    if (buf !== this.viewOf) {
      this.viewOf = buf;
      this.view = new DataView(buf.buffer, buf.byteOffset, buf.length);
    }
    const label = columns.label;
    const t = columns.threadName;
    const a = columns.allThreads;
    this.samples.sample(
      this.view,
      buf,
      starts[label],
      ends[label],
      t < 0 ? end : starts[t],
      t < 0 ? end : ends[t],
      buf[starts[columns.success]] === 116,
      // 't'rue
      ts,
      elapsed,
      a < 0 ? -1 : digits(buf, starts[a], ends[a])
    );
  }
  handleFinalLine(buf, start, end, lineNo) {
    try {
      this.handleLine(buf, start, end, lineNo);
    } catch (err) {
      if (!(err instanceof RunFileError)) throw err;
      this.samples.cutShort(
        `${this.path}:${lineNo}: the last line is incomplete (JMeter was probably stopped while writing it); ignored it`,
        "truncated last line"
      );
    }
  }
  finish() {
    if (this.open !== void 0) {
      this.samples.cutShort(
        `${this.path}:${this.open.lineNo}: a quoted field is never closed; ignored that record`,
        "truncated last line"
      );
      this.open = void 0;
    }
  }
  header(text, lineNo) {
    const header = jtlHeader(text);
    if (header === void 0) {
      throw this.error(
        lineNo,
        `not a JMeter CSV results file: the first line is not a header with timeStamp and elapsed (run JMeter with -Jjmeter.save.saveservice.print_field_names=true), got: ${snippet(text)}`
      );
    }
    const { names, delimiter: delimiter3 } = header;
    const missing = REQUIRED.filter((c) => !names.includes(c));
    if (missing.length > 0) {
      throw this.error(
        lineNo,
        `the header has no ${missing.join(", ")} column (needed to read samples): ${snippet(text)}`
      );
    }
    this.delimiterText = delimiter3;
    this.delimiter = delimiter3.charCodeAt(0);
    this.columns = {
      timeStamp: names.indexOf("timeStamp"),
      elapsed: names.indexOf("elapsed"),
      label: names.indexOf("label"),
      success: names.indexOf("success"),
      threadName: names.indexOf("threadName"),
      responseMessage: names.indexOf("responseMessage"),
      allThreads: names.indexOf("allThreads"),
      count: names.length
    };
    if (names.length > this.ends.length) {
      this.starts = new Int32Array(names.length);
      this.ends = new Int32Array(names.length);
    }
  }
  /** A line with quotes, parsed field by field; a quote left open continues on the next line. */
  slowLine(text, lineNo) {
    const fields = parseCsvRecord(text, this.delimiterText);
    if (fields === void 0) {
      this.open = { text, lineNo };
      return;
    }
    this.open = void 0;
    const c = this.columns;
    if (fields.length !== c.count) {
      throw this.error(
        lineNo,
        `expected ${c.count} fields as in the header, got ${fields.length}: ${snippet(text)}`
      );
    }
    const ts = Number(fields[c.timeStamp]);
    if (!/^\d+$/.test(fields[c.timeStamp])) {
      throw this.error(
        lineNo,
        `timeStamp '${snippet(fields[c.timeStamp], 40)}' is not epoch milliseconds (run JMeter with -Jjmeter.save.saveservice.timestamp_format=ms)`
      );
    }
    if (!/^\d+$/.test(fields[c.elapsed])) {
      throw this.error(
        lineNo,
        `elapsed '${snippet(fields[c.elapsed], 40)}' is not a whole number of milliseconds`
      );
    }
    const message = c.responseMessage < 0 ? "" : fields[c.responseMessage];
    const bytes = Buffer.from(message);
    if (isTransactionMessage(bytes, 0, bytes.length)) {
      this.samples.transactionSample();
      return;
    }
    const all = c.allThreads < 0 ? -1 : Number(fields[c.allThreads]);
    this.samples.sampleOf(
      fields[c.label],
      c.threadName < 0 ? "" : fields[c.threadName],
      fields[c.success] === "true",
      ts,
      Number(fields[c.elapsed]),
      Number.isInteger(all) ? all : -1
    );
  }
  error(lineNo, message) {
    return new RunFileError(this.path, lineNo, message);
  }
};
function digits(buf, start, end) {
  if (end <= start || end - start > 15) return -1;
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

// src/engine/external-tool.ts
import { constants, existsSync } from "node:fs";
import { access, mkdir, readFile as readFile2, rm } from "node:fs/promises";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// src/engine/k6/process.ts
import { spawn } from "node:child_process";
var TAIL_LINES = 15;
var spawnProcess = (spec) => new Promise((resolve2, reject) => {
  const started = performance.now();
  const child = spawn(spec.command, spec.args, {
    env: spec.env ?? process.env,
    cwd: spec.cwd,
    stdio: ["ignore", "pipe", "pipe"],
    windowsHide: true
  });
  const stdoutTail = [];
  const stderrTail = [];
  let stdout = "";
  let timedOut = false;
  let killTimer;
  const splitter = (stream, tail) => {
    let carry = "";
    return {
      push(chunk) {
        if (stream === "stdout" && spec.captureStdout) stdout += chunk;
        const parts = (carry + chunk).split(/\r?\n/);
        carry = parts.pop();
        for (const line of parts) emit(line);
      },
      flush() {
        if (carry !== "") emit(carry);
        carry = "";
      }
    };
    function emit(line) {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      spec.onLine?.(line, stream);
    }
  };
  const out = splitter("stdout", stdoutTail);
  const err = splitter("stderr", stderrTail);
  child.stdout.setEncoding("utf8").on("data", (c) => out.push(c));
  child.stderr.setEncoding("utf8").on("data", (c) => err.push(c));
  const timeout = spec.timeoutMs === void 0 ? void 0 : setTimeout(() => {
    timedOut = true;
    child.kill("SIGTERM");
    killTimer = setTimeout(() => child.kill("SIGKILL"), spec.killGraceMs ?? 5e3);
  }, spec.timeoutMs);
  child.once("error", (e) => {
    clearTimeout(timeout);
    clearTimeout(killTimer);
    reject(new Error(`could not start ${spec.command}: ${e.message}`));
  });
  child.once("close", (exitCode, signal) => {
    clearTimeout(timeout);
    clearTimeout(killTimer);
    out.flush();
    err.flush();
    resolve2({
      exitCode,
      signal,
      timedOut,
      stdout,
      stdoutTail,
      stderrTail,
      durationMs: performance.now() - started
    });
  });
});
function outputTail(r, tool) {
  const lines = (r.stderrTail.some((l) => l.trim() !== "") ? r.stderrTail : r.stdoutTail).filter(
    (l) => l.trim() !== ""
  );
  if (lines.length === 0) return `; ${tool} printed nothing`;
  return `. Last lines of ${tool}'s output:
${lines.slice(-8).map((l) => `  ${l}`).join("\n")}`;
}
function interruption(what, r, timeoutMs, tool) {
  if (r.timedOut) {
    const limit = timeoutMs === void 0 ? "the time limit" : `${+(timeoutMs / 1e3).toFixed(3)} s`;
    return `${what} did not finish within ${limit} and was stopped (raise the run timeout if the test is meant to take longer)${outputTail(r, tool)}`;
  }
  if (r.exitCode === null) return `${what} was killed by ${r.signal ?? "a signal"}${outputTail(r, tool)}`;
  return void 0;
}

// src/engine/external-tool.ts
async function findExecutable(name, given, install, env = process.env) {
  if (given !== void 0) {
    const path = resolve(given);
    if (await isExecutable(path)) return path;
    throw new Error(`${name} not found at ${given} (not an executable file). ${install}`);
  }
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    const path = join(dir, name);
    if (await isExecutable(path)) return path;
  }
  throw new Error(`${name} was not found on PATH. ${install}`);
}
async function isExecutable(path) {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function supportFile(name) {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++) {
    const path = join(dir, "support", name);
    if (existsSync(path)) return path;
    dir = dirname(dir);
  }
  throw new Error(
    `perf-gate's support file ${name} is missing (expected in the support/ folder beside dist/)`
  );
}
async function readText(path) {
  try {
    return await readFile2(path, "utf8");
  } catch {
    return "";
  }
}
var ToolError = class extends Error {
  constructor(message, exitCode) {
    super(message);
    this.exitCode = exitCode;
    this.name = "ToolError";
  }
  exitCode;
};
async function runTool(run, deps) {
  await mkdir(run.outDir, { recursive: true });
  await rm(run.freshFile, { force: true });
  const logger = deps.logger ?? streamLogger();
  const outcome = await logger.group(
    run.what,
    () => (deps.exec ?? spawnProcess)({
      command: run.command,
      args: run.args,
      env: run.env,
      cwd: run.cwd,
      timeoutMs: run.timeoutMs,
      onLine: (line) => logger.info(line)
    })
  );
  const interrupted = interruption(run.what, outcome, run.timeoutMs, run.tool);
  if (interrupted !== void 0) throw new ToolError(interrupted, outcome.exitCode);
  return outcome;
}
function logMeasured(deps, what, result, unit, outcome) {
  const { requests, failed } = measuredRequests(result);
  (deps.logger ?? streamLogger()).info(
    `${what}: ${requests} ${unit}${failed > 0 ? ` (${failed} failed)` : ""}, ${(outcome.durationMs / 1e3).toFixed(1)} s`
  );
}

// src/engine/jmeter/plan.ts
var PACING_TIMERS = [
  "ConstantThroughputTimer",
  "PreciseThroughputTimer",
  "kg.apc.jmeter.timers.VariableThroughputTimer"
];
var ARRIVALS_GROUPS = [
  "com.blazemeter.jmeter.threads.arrivals.ArrivalsThreadGroup",
  "com.blazemeter.jmeter.threads.arrivals.FreeFormArrivalsThreadGroup"
];
var LOOPING_GROUPS = [
  "ThreadGroup",
  "com.blazemeter.jmeter.threads.concurrency.ConcurrencyThreadGroup",
  "kg.apc.jmeter.threads.UltimateThreadGroup",
  "kg.apc.jmeter.threads.SteppingThreadGroup"
];
function planLoadModel(plan) {
  const enabled = [...plan.matchAll(/<[\w.]+\s[^>]*testclass="([\w.]+)"[^>]*enabled="true"/g)].map(
    (m) => m[1]
  );
  const timer = enabled.find((e) => PACING_TIMERS.includes(e));
  if (timer !== void 0)
    return { loadModel: "open", reason: `${timer} paces arrivals, so the load model is open` };
  const arrivals = enabled.find((e) => ARRIVALS_GROUPS.includes(e));
  if (arrivals === void 0) return { loadModel: "closed" };
  const looping = enabled.find((e) => LOOPING_GROUPS.includes(e));
  return looping === void 0 ? { loadModel: "open", reason: `${arrivals} paces arrivals, so the load model is open` } : {
    loadModel: "unknown",
    reason: `${arrivals} paces arrivals beside a looping ${looping}: the load model is neither open nor closed (set load-model)`
  };
}
function targetProperties(url) {
  const u = new URL(url);
  const protocol = u.protocol.replace(/:$/, "");
  return {
    protocol,
    host: u.hostname.replace(/^\[|\]$/g, ""),
    port: u.port || (protocol === "https" ? "443" : "80"),
    basePath: u.pathname.replace(/\/+$/, "")
  };
}

// src/engine/jmeter/runner.ts
var JMETER_INSTALL = "Install JMeter (Debian/Ubuntu: sudo apt-get install -y jmeter; or an Apache JMeter release from https://jmeter.apache.org) or give its path (jmeter-path / --jmeter).";
async function prepareJmeter(plan, given, env = process.env) {
  const executable = await findExecutable("jmeter", given, JMETER_INSTALL, env);
  const { loadModel, reason } = planLoadModel(await readText(plan));
  const warnings = reason === void 0 ? [] : [`${plan}: ${reason}`];
  const launch = await jmeterLaunch(executable);
  return {
    loadModel,
    run: (options, index, total, deps) => runJmeterOnce(options, { launch, loadModel, warnings }, index, total, deps)
  };
}
async function jmeterLaunch(executable) {
  const script = (await readText(executable)).slice(0, 64 * 1024);
  const home = /-Djmeter\.home=(\S+)\s+org\.apache\.jmeter\.NewDriver/.exec(script)?.[1];
  if (home === void 0) return { command: executable, prefix: [] };
  const bsh = "/usr/share/java/bsh.jar";
  try {
    await access2(bsh);
  } catch {
    throw new Error(
      `${executable} is Debian's JMeter, which needs BeanShell (${bsh}): sudo apt-get install -y libbsh-java`
    );
  }
  return {
    command: "java",
    prefix: [
      `-Djmeter.home=${home}`,
      "-cp",
      `${home}/bin/ApacheJMeter.jar:${home}/lib/ext/*:${home}/lib/*:${bsh}`,
      "bsh.Interpreter",
      supportFile("jmeter-open-xstream.bsh")
    ]
  };
}
async function runJmeterOnce(options, prepared, index, total, deps = {}) {
  const what = `${options.label ? `${options.label}: ` : ""}jmeter run ${index}/${total}`;
  const jtl = join2(options.outDir, `run-${index}.jtl`);
  const target = options.targetUrl === void 0 ? {} : targetProperties(options.targetUrl);
  const args = [
    ...prepared.launch.prefix,
    "-n",
    "-t",
    options.script,
    "-l",
    jtl,
    "-j",
    join2(options.outDir, `run-${index}.log`),
    "-Jjmeter.save.saveservice.output_format=csv",
    "-Jjmeter.save.saveservice.print_field_names=true",
    "-Jjmeter.save.saveservice.timestamp_format=ms",
    // no UDP shutdown listener on a fixed port (runs in parallel jobs would collide)
    "-Jjmeterengine.nongui.port=0",
    ...Object.entries(target).map(([name, value]) => `-J${name}=${value}`),
    ...options.extraArgs
  ];
  const outcome = await runTool(
    {
      what,
      tool: "jmeter",
      command: prepared.launch.command,
      args,
      env: options.processEnv,
      timeoutMs: options.timeoutMs,
      outDir: options.outDir,
      freshFile: jtl
    },
    deps
  );
  const planError = [...outcome.stdoutTail, ...outcome.stderrTail].find(
    (l) => /Error in NonGUIDriver/.test(l)
  );
  if (outcome.exitCode !== 0 || planError !== void 0) {
    throw new ToolError(
      `${what} failed${outcome.exitCode !== 0 ? ` with exit code ${outcome.exitCode}` : ""}${outputTail(outcome, "jmeter")}`,
      outcome.exitCode
    );
  }
  try {
    await access2(jtl);
  } catch {
    throw new ToolError(
      `${what} wrote no results file ${jtl} (JMeter exits 0 even when it could not load the plan)${outputTail(outcome, "jmeter")}`,
      outcome.exitCode
    );
  }
  const result = await readJtlCsv(jtl, {
    warmupSeconds: options.warmupSeconds,
    loadModel: prepared.loadModel,
    loadModelSource: "jmeter-plan",
    targetUrl: options.targetUrl
  });
  result.warnings.push(...prepared.warnings);
  logMeasured(deps, what, result, "samples", outcome);
  return result;
}

// src/engine/k6/runner.ts
import { access as access3, mkdir as mkdir2, readFile as readFile3 } from "node:fs/promises";
import { join as join3 } from "node:path";

// src/results/byte-json.ts
var QUOTE2 = 34;
var BACKSLASH = 92;
var MINUS = 45;
var PLUS = 43;
var DOT = 46;
var ZERO = 48;
var NINE = 57;
var POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
var MAX_EXACT_INT = 2 ** 53;
var numberOut = { value: 0 };
function scanNumber(buf, p, limit) {
  let i = p;
  let c = i < limit ? buf[i] : 0;
  const negative = c === MINUS;
  if (negative) c = ++i < limit ? buf[i] : 0;
  let mantissa = 0;
  let exponent = 0;
  if (c === ZERO) {
    c = ++i < limit ? buf[i] : 0;
  } else if (c > ZERO && c <= NINE) {
    do {
      mantissa = mantissa * 10 + (c - ZERO);
      c = ++i < limit ? buf[i] : 0;
    } while (c >= ZERO && c <= NINE);
  } else {
    return -1;
  }
  if (c === DOT) {
    const first = ++i;
    c = i < limit ? buf[i] : 0;
    while (c >= ZERO && c <= NINE) {
      mantissa = mantissa * 10 + (c - ZERO);
      exponent--;
      c = ++i < limit ? buf[i] : 0;
    }
    if (i === first) return -1;
  }
  if (c === 101 || c === 69) {
    c = ++i < limit ? buf[i] : 0;
    let expNegative = false;
    if (c === MINUS || c === PLUS) {
      expNegative = c === MINUS;
      c = ++i < limit ? buf[i] : 0;
    }
    const first = i;
    let e = 0;
    while (c >= ZERO && c <= NINE) {
      e = e * 10 + (c - ZERO);
      c = ++i < limit ? buf[i] : 0;
    }
    if (i === first) return -1;
    exponent += expNegative ? -e : e;
  }
  if (c !== 44 && c !== 125 && c !== 93) return -1;
  let value;
  if (mantissa < MAX_EXACT_INT && exponent >= -22 && exponent <= 22) {
    value = exponent < 0 ? mantissa / POW10[-exponent] : mantissa * POW10[exponent];
    if (negative) value = -value;
  } else {
    value = Number(buf.toString("latin1", p, i));
  }
  numberOut.value = value;
  return i;
}
var stringOut = { escaped: false };
function skipString(buf, p, limit) {
  if (buf[p] !== QUOTE2) return -1;
  let escaped = false;
  for (let i = p + 1; i < limit; i++) {
    const c = buf[i];
    if (c === QUOTE2) {
      stringOut.escaped = escaped;
      return i + 1;
    }
    if (c === BACKSLASH) {
      escaped = true;
      i++;
    } else if (c < 32) {
      return -1;
    }
  }
  return -1;
}
function skipValue(buf, p, limit) {
  const c = buf[p];
  if (c === QUOTE2) return skipString(buf, p, limit);
  if (c === 123 || c === 91) {
    let depth = 0;
    for (let i = p; i < limit; i++) {
      const b = buf[i];
      if (b === QUOTE2) {
        const end = skipString(buf, i, limit);
        if (end < 0) return -1;
        i = end - 1;
      } else if (b === 123 || b === 91) {
        depth++;
      } else if (b === 125 || b === 93) {
        if (--depth === 0) return i + 1;
      }
    }
    return -1;
  }
  if (c === 116) return matchBytes(buf, p, limit, TRUE) ? p + 4 : -1;
  if (c === 102) return matchBytes(buf, p, limit, FALSE) ? p + 5 : -1;
  if (c === 110) return matchBytes(buf, p, limit, NULL) ? p + 4 : -1;
  return scanNumber(buf, p, limit);
}
var TRUE = Buffer.from("true");
var FALSE = Buffer.from("false");
var NULL = Buffer.from("null");
function matchBytes(buf, p, limit, pattern) {
  const n = pattern.length;
  if (p + n > limit) return false;
  for (let i = 0; i < n; i++) if (buf[p + i] !== pattern[i]) return false;
  return true;
}

// src/results/k6-tags.ts
var TAG_SCENARIO = 0;
var TAG_GROUP = 1;
var TAG_METHOD = 2;
var TAG_NAME = 3;
var TAG_URL = 4;
var TAG_EXPECTED_RESPONSE = 5;
var TAG_COUNT = 6;
var COMBINATION_LIMIT = 5e4;
var KEYS = [
  [TAG_SCENARIO, Buffer.from("scenario")],
  [TAG_GROUP, Buffer.from("group")],
  [TAG_METHOD, Buffer.from("method")],
  [TAG_NAME, Buffer.from("name")],
  [TAG_URL, Buffer.from("url")],
  [TAG_EXPECTED_RESPONSE, Buffer.from("expected_response")]
];
var TagScanner = class {
  /** value span of each used tag: first byte after the opening quote … closing quote; -1 when absent */
  start = new Int32Array(TAG_COUNT);
  end = new Int32Array(TAG_COUNT);
  /** whether the value holds a backslash escape (then it must be JSON-decoded) */
  escaped = new Uint8Array(TAG_COUNT);
  combinations = /* @__PURE__ */ new Map();
  /**
   * Scans the `tags` value at `p`: an object of string values, or `null` as very old k6 wrote for untagged
   * samples. Returns the index after it, or -1 when it is anything else (the caller then uses `JSON.parse`).
   */
  scan(buf, p, limit) {
    this.start.fill(-1);
    if (buf[p] === 110) return skipValue(buf, p, limit);
    if (buf[p] !== 123) return -1;
    let i = p + 1;
    if (buf[i] === 125) return i + 1;
    for (; ; ) {
      const keyEnd = skipString(buf, i, limit);
      if (keyEnd < 0 || buf[keyEnd] !== 58) return -1;
      const which = stringOut.escaped ? -1 : tagIndex(buf, i + 1, keyEnd - 1);
      const valueStart = keyEnd + 1;
      const valueEnd = skipString(buf, valueStart, limit);
      if (valueEnd < 0) return -1;
      if (which >= 0) {
        this.start[which] = valueStart + 1;
        this.end[which] = valueEnd - 1;
        this.escaped[which] = stringOut.escaped ? 1 : 0;
      }
      const c = buf[valueEnd];
      if (c === 125) return valueEnd + 1;
      if (c !== 44) return -1;
      i = valueEnd + 1;
    }
  }
  /**
   * The result for the used tags of the last scan: looked up by their bytes, or made by `create` from their
   * decoded values the first time this combination is seen. `url` counts only when there is no `name`.
   */
  resolve(view, buf, create) {
    if (this.start[TAG_NAME] >= 0) this.start[TAG_URL] = -1;
    let h = 0;
    for (let t = 0; t < TAG_COUNT; t++) {
      const s = this.start[t];
      h = Math.imul(h ^ (s < 0 ? t : spanHash(view, buf, s, this.end[t])), 1540483477);
    }
    for (let c = this.combinations.get(h); c !== void 0; c = c.next) {
      if (this.sameValues(c.values, view, buf)) return c.result;
    }
    const decoded = {};
    const values = [];
    for (let t = 0; t < TAG_COUNT; t++) {
      const s = this.start[t];
      const e = this.end[t];
      decoded[t] = this.value(buf, t);
      values.push(s < 0 ? void 0 : new BytePattern(buf.subarray(s, e)));
    }
    const result = create(decoded);
    if (this.combinations.size >= COMBINATION_LIMIT) this.combinations.clear();
    this.combinations.set(h, { values, result, next: this.combinations.get(h) });
    return result;
  }
  sameValues(values, view, buf) {
    for (let t = 0; t < TAG_COUNT; t++) {
      const s = this.start[t];
      const v = values[t];
      if (v === void 0 ? s >= 0 : s < 0 || v.length !== this.end[t] - s || !v.matches(view, buf, s, this.end[t])) {
        return false;
      }
    }
    return true;
  }
  /** Whether the last scan found tag `which`. */
  has(which) {
    return this.start[which] >= 0;
  }
  value(buf, which) {
    const s = this.start[which];
    if (s < 0) return void 0;
    const e = this.end[which];
    return this.escaped[which] ? JSON.parse(buf.toString("utf8", s - 1, e + 1)) : buf.toString("utf8", s, e);
  }
};
function tagIndex(buf, start, end) {
  const length = end - start;
  for (const [index, key] of KEYS)
    if (key.length === length && matchBytes(buf, start, end, key)) return index;
  return -1;
}
var URL_KEY = Buffer.from(',"url":');
function urlTagStart(buf, start, end) {
  if (buf[end - 1] !== 125 || buf[end - 2] !== 34) return -1;
  let k = end - 3;
  for (; k > start; k--) {
    const c = buf[k];
    if (c === 34) break;
    if (c === 92) return -1;
  }
  const keyStart = k - URL_KEY.length;
  return keyStart > start && matchBytes(buf, keyStart, end, URL_KEY) ? keyStart : -1;
}

// src/results/metric-name-trie.ts
var QUOTE3 = 34;
var BACKSLASH2 = 92;
var UNKNOWN_NAME = -1;
var MALFORMED_NAME = -2;
var MetricNameTrie = class {
  /** index of the closing quote found by the last `lookup` */
  end = 0;
  children = new Int32Array(256 * 32);
  /** id + 1 of the name ending at each node, 0 for none */
  terminal = new Int32Array(32);
  nodes = 1;
  // node 0 is the root
  maxNodes;
  constructor(maxNodes = 4096) {
    this.maxNodes = maxNodes;
  }
  /** The id of the name whose first byte is at `p` (it ends at a `"` before `limit`), or a negative code. */
  lookup(buf, p, limit) {
    const children = this.children;
    let node = 0;
    for (let i = p; i < limit; i++) {
      const c = buf[i];
      if (c === QUOTE3) {
        this.end = i;
        return this.terminal[node] - 1;
      }
      if (c === BACKSLASH2 || c < 32) return MALFORMED_NAME;
      node = children[node * 256 + c];
      if (node === 0) return this.findEnd(buf, i + 1, limit);
    }
    return MALFORMED_NAME;
  }
  /** Adds the name bytes `buf[start, end)` with `id` (≥ 0); returns false when the trie is full. */
  insert(buf, start, end, id) {
    let node = 0;
    for (let i = start; i < end; i++) {
      const slot = node * 256 + buf[i];
      let child = this.children[slot];
      if (child === 0) {
        if (this.nodes >= this.maxNodes) return false;
        child = this.nodes++;
        this.grow();
        this.children[slot] = child;
      }
      node = child;
    }
    this.terminal[node] = id + 1;
    return true;
  }
  findEnd(buf, p, limit) {
    for (let i = p; i < limit; i++) {
      const c = buf[i];
      if (c === QUOTE3) {
        this.end = i;
        return UNKNOWN_NAME;
      }
      if (c === BACKSLASH2 || c < 32) return MALFORMED_NAME;
    }
    return MALFORMED_NAME;
  }
  grow() {
    if (this.nodes <= this.terminal.length) return;
    const terminal = new Int32Array(this.terminal.length * 2);
    terminal.set(this.terminal);
    this.terminal = terminal;
    const children = new Int32Array(this.children.length * 2);
    children.set(this.children);
    this.children = children;
  }
};

// src/results/rfc3339.ts
var PREFIX = 19;
var ZERO2 = 48;
var Rfc3339Parser = class {
  /** epoch second (UTC) of the last parsed timestamp */
  second = 0;
  /** milliseconds within that second (fractional) */
  msInSecond = 0;
  /** the cached prefix as four little-endian words (bytes 0–15) and its last three bytes (the seconds) */
  cachedWords = new Int32Array(4);
  cachedTail = new Uint8Array(3);
  cachedLocalSecond = 0;
  hasCache = false;
  /**
   * Parses the timestamp whose first digit is at `p` and which must end with a `"` before `limit`. Returns the
   * index of that closing quote, or -1 when the bytes are not an RFC 3339 date-time.
   */
  parse(view, buf, p, limit) {
    if (p + PREFIX + 2 > limit) return -1;
    const tail = this.cachedTail;
    const words = this.cachedWords;
    const same = buf[p + 18] === tail[2] && buf[p + 17] === tail[1] && buf[p + 16] === tail[0] && view.getInt32(p + 12, true) === words[3] && view.getInt32(p + 8, true) === words[2] && view.getInt32(p + 4, true) === words[1] && view.getInt32(p, true) === words[0] && this.hasCache;
    if (!same && !this.cachePrefix(view, buf, p)) return -1;
    let i = p + PREFIX;
    let c = buf[i];
    let ms = 0;
    if (c === 46) {
      let fraction = 0;
      let scale = 1;
      c = buf[++i];
      if (!(c >= ZERO2 && c <= 57)) return -1;
      while (c >= ZERO2 && c <= 57 && i < limit) {
        if (scale < 1e15) {
          fraction = fraction * 10 + (c - ZERO2);
          scale *= 10;
        }
        c = buf[++i];
      }
      ms = fraction * 1e3 / scale;
    }
    let offsetSeconds = 0;
    if (c === 90 || c === 122) {
      i++;
    } else if (c === 43 || c === 45) {
      if (i + 7 > limit || buf[i + 3] !== 58) return -1;
      const hh = twoDigits(buf, i + 1);
      const mm = twoDigits(buf, i + 4);
      if (hh < 0 || mm < 0 || hh > 23 || mm > 59) return -1;
      offsetSeconds = (c === 45 ? -1 : 1) * (hh * 3600 + mm * 60);
      i += 6;
    } else {
      return -1;
    }
    if (i >= limit || buf[i] !== 34) return -1;
    this.second = this.cachedLocalSecond - offsetSeconds;
    this.msInSecond = ms;
    return i;
  }
  cachePrefix(view, buf, p) {
    const century = twoDigits(buf, p);
    const yearInCentury = twoDigits(buf, p + 2);
    const month = twoDigits(buf, p + 5);
    const day = twoDigits(buf, p + 8);
    const hour = twoDigits(buf, p + 11);
    const minute = twoDigits(buf, p + 14);
    const second = twoDigits(buf, p + 17);
    const t = buf[p + 10];
    if (buf[p + 4] !== 45 || buf[p + 7] !== 45 || t !== 84 && t !== 116 || buf[p + 13] !== 58 || buf[p + 16] !== 58 || century < 0 || yearInCentury < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return false;
    }
    const date = /* @__PURE__ */ new Date(0);
    date.setUTCFullYear(century * 100 + yearInCentury, month - 1, day);
    date.setUTCHours(hour, minute, second, 0);
    if (date.getUTCDate() !== day) return false;
    this.cachedLocalSecond = date.getTime() / 1e3;
    this.hasCache = true;
    for (let k = 0; k < 4; k++) this.cachedWords[k] = view.getInt32(p + k * 4, true);
    this.cachedTail.set(buf.subarray(p + 16, p + PREFIX));
    return true;
  }
};
function twoDigits(buf, p) {
  const a = buf[p] - ZERO2;
  const b = buf[p + 1] - ZERO2;
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return a * 10 + b;
}

// src/results/k6-line-parser.ts
var ROLE_SKIP = 0;
var ROLE_DURATION = 1;
var ROLE_FAILED = 2;
var ROLE_ITERATIONS = 3;
var ROLE_DROPPED = 4;
var ROLE_CHECKS = 5;
var ROLE_VUS = 6;
var ROLE_VUS_MAX = 7;
var ROLES = /* @__PURE__ */ new Map([
  ["http_req_duration", ROLE_DURATION],
  ["http_req_failed", ROLE_FAILED],
  ["iterations", ROLE_ITERATIONS],
  ["dropped_iterations", ROLE_DROPPED],
  ["checks", ROLE_CHECKS],
  ["vus", ROLE_VUS],
  ["vus_max", ROLE_VUS_MAX]
]);
var QUOTE4 = 34;
var CLOSE_BRACE = 125;
var POINT_PREFIX = new BytePattern(Buffer.from('{"metric":"'));
var TYPE_POINT = new BytePattern(Buffer.from('","type":"Point"'));
var DATA_OPEN = new BytePattern(Buffer.from(',"data":{'));
var TIME_KEY = new BytePattern(Buffer.from('"time":"'));
var VALUE_KEY = new BytePattern(Buffer.from('"value":'));
var TAGS_KEY = new BytePattern(Buffer.from('"tags":'));
var TAG_TEXT_CACHE_LIMIT = 2e4;
var TEXTS_PER_TAG_SET = 16;
var K6LineParser = class {
  acc;
  file;
  trie = new MetricNameTrie();
  metrics = [];
  metricsByName = /* @__PURE__ */ new Map();
  time = new Rfc3339Parser();
  tagScanner = new TagScanner();
  /** exact bytes of a whole `tags` object → its tag set */
  tagTexts = new SpanTable();
  textsPerSet = /* @__PURE__ */ new Map();
  /** texts cached whole although they end with a url tag (no `name`): lookups must try the whole text too */
  namelessTexts = 0;
  viewBuffer;
  view = new DataView(new ArrayBuffer(0));
  /** the metric of the previous line; at first `none`, a stand-in whose pattern matches no line */
  previous;
  blankLines = 0;
  /** results of the last scanned `data` object */
  value = 0;
  tags;
  /** lines read by each path, for the benchmark and tests */
  fastLines = 0;
  slowLines = 0;
  constructor(acc, file) {
    this.acc = acc;
    this.file = file;
    this.previous = newEntry(-1, "", ROLE_SKIP, new BytePattern(Buffer.from("\n")));
  }
  /** The `LineHandler` to give the `LineSplitter`. */
  handleLine = (buf, start, end, lineNo) => {
    let e = end;
    if (e > start && buf[e - 1] === 13) e--;
    if (e === start) {
      this.blankLines++;
      return;
    }
    if (buf !== this.viewBuffer) {
      this.viewBuffer = buf;
      this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    const view = this.view;
    const previous = this.previous;
    let entry = previous.next;
    if (!entry.head.matches(view, buf, start, e)) {
      const other = previous.nextButOne;
      if (other.head.matches(view, buf, start, e)) {
        entry = other;
      } else {
        const identified = this.identify(view, buf, start, e);
        if (identified === void 0) {
          this.slowLine(buf, start, e, lineNo);
          return;
        }
        entry = identified;
      }
      previous.nextButOne = previous.next;
      previous.next = entry;
    }
    this.previous = entry;
    const role = entry.role;
    if (role === ROLE_SKIP) {
      if (buf[e - 1] !== CLOSE_BRACE) {
        this.slowLine(buf, start, e, lineNo);
        return;
      }
      entry.skippedLines++;
      this.fastLines++;
      return;
    }
    const dataStart = start + entry.head.length;
    if (!DATA_OPEN.matches(view, buf, dataStart, e) || !this.scanData(view, buf, dataStart + DATA_OPEN.length, e, role)) {
      this.slowLine(buf, start, e, lineNo);
      return;
    }
    this.fastLines++;
    this.apply(entry, lineNo);
  };
  /**
   * The last line of a file that does not end with a newline: it may have been cut short, so it is parsed
   * strictly (`JSON.parse`) rather than checked for shape.
   */
  handleFinalLine(buf, start, end, lineNo) {
    let e = end;
    if (e > start && buf[e - 1] === 13) e--;
    if (e === start) this.blankLines++;
    else this.slowLine(buf, start, e, lineNo);
  }
  /** Adds the per-metric skip counts to the accumulator; call once at the end. */
  finish() {
    for (const m of this.metrics) this.acc.skip(`metric ${m.name}`, m.skippedLines);
    this.acc.skip("blank line", this.blankLines);
  }
  /** The metric of a line that starts `{"metric":"NAME","type":"Point"`, or undefined. */
  identify(view, buf, start, e) {
    if (!POINT_PREFIX.matches(view, buf, start, e)) return void 0;
    const nameStart = start + POINT_PREFIX.length;
    let id = this.trie.lookup(buf, nameStart, e);
    if (id === MALFORMED_NAME) return void 0;
    const nameEnd = this.trie.end;
    if (id === UNKNOWN_NAME) {
      id = this.entryFor(buf.toString("utf8", nameStart, nameEnd)).id;
      this.trie.insert(buf, nameStart, nameEnd, id);
    }
    return TYPE_POINT.matches(view, buf, nameEnd, e) ? this.metrics[id] : void 0;
  }
  /**
   * Scans a `data` object from just after its `{` to the end of the line. Returns false (slow path) on anything
   * unexpected, including a missing `time`, `value` or needed `tags`.
   */
  scanData(view, buf, p, e, role) {
    const needsTags = role === ROLE_DURATION || role === ROLE_FAILED;
    let haveTime = false;
    let haveValue = false;
    let haveTags = !needsTags;
    this.tags = void 0;
    let i = p;
    for (; ; ) {
      if (buf[i] !== QUOTE4) return false;
      if (TIME_KEY.matches(view, buf, i, e)) {
        i = this.time.parse(view, buf, i + TIME_KEY.length, e);
        if (i < 0) return false;
        i++;
        haveTime = true;
      } else if (VALUE_KEY.matches(view, buf, i, e)) {
        i = scanNumber(buf, i + VALUE_KEY.length, e);
        if (i < 0) return false;
        this.value = numberOut.value;
        haveValue = true;
      } else if (needsTags && TAGS_KEY.matches(view, buf, i, e)) {
        const tagsStart = i + TAGS_KEY.length;
        const lineClosed = buf[e - 1] === CLOSE_BRACE && buf[e - 2] === CLOSE_BRACE;
        if (role === ROLE_FAILED && haveTime && haveValue && this.value === 0 && lineClosed) return true;
        if (haveTime && haveValue && lineClosed) {
          const known = this.knownTags(view, buf, tagsStart, e - 2);
          if (known !== void 0) {
            this.tags = known;
            return true;
          }
        }
        i = this.tagScanner.scan(buf, tagsStart, e);
        if (i < 0) return false;
        this.tags = this.resolveTags(view, buf, tagsStart, i, e);
        haveTags = true;
      } else {
        const keyEnd = skipString(buf, i, e);
        if (keyEnd < 0 || buf[keyEnd] !== 58) return false;
        i = skipValue(buf, keyEnd + 1, e);
        if (i < 0) return false;
      }
      const c = buf[i];
      if (c === CLOSE_BRACE) break;
      if (c !== 44) return false;
      if (!needsTags && haveTime && haveValue)
        return buf[e - 1] === CLOSE_BRACE && buf[e - 2] === CLOSE_BRACE;
      i++;
    }
    return i + 2 === e && buf[i + 1] === CLOSE_BRACE && haveTime && haveValue && haveTags;
  }
  /**
   * The tag set of the tags text `buf[start, end)` if it was seen before. When `url` is the last tag the text
   * before it is the key (with a `name` tag the URL does not matter); texts without a `name` are kept whole.
   */
  knownTags(view, buf, start, end) {
    const cut = urlTagStart(buf, start, end);
    if (cut < 0) return this.tagTexts.get(view, buf, start, end);
    return this.tagTexts.get(view, buf, start, cut) ?? (this.namelessTexts > 0 ? this.tagTexts.get(view, buf, start, end) : void 0);
  }
  resolveTags(view, buf, tagsStart, tagsEnd, lineEnd) {
    const set = this.tagScanner.resolve(
      view,
      buf,
      (tags) => this.acc.tagSet({
        scenario: tags[TAG_SCENARIO],
        group: tags[TAG_GROUP],
        method: tags[TAG_METHOD],
        name: tags[TAG_NAME],
        url: tags[TAG_URL],
        expectedResponse: tags[TAG_EXPECTED_RESPONSE]
      })
    );
    if (tagsEnd === lineEnd - 2) {
      const texts = this.textsPerSet.get(set) ?? 0;
      if (texts < TEXTS_PER_TAG_SET) {
        this.textsPerSet.set(set, texts + 1);
        if (this.tagTexts.size >= TAG_TEXT_CACHE_LIMIT) {
          this.tagTexts.clear();
          this.textsPerSet.clear();
          this.namelessTexts = 0;
        }
        const cut = urlTagStart(buf, tagsStart, tagsEnd);
        if (cut >= 0 && this.tagScanner.has(TAG_NAME)) {
          this.tagTexts.set(view, buf, tagsStart, cut, set);
        } else {
          if (cut >= 0) this.namelessTexts++;
          this.tagTexts.set(view, buf, tagsStart, tagsEnd, set);
        }
      }
    }
    return set;
  }
  apply(entry, lineNo) {
    const value = this.value;
    const second = this.time.second;
    switch (entry.role) {
      case ROLE_DURATION:
        if (!(value >= 0)) {
          throw new RunFileError(
            this.file,
            lineNo,
            `http_req_duration value ${value}: expected a duration \u2265 0 ms`
          );
        }
        this.acc.request(this.tags, second, this.time.msInSecond, value);
        break;
      case ROLE_FAILED: {
        this.acc.failureSamples++;
        const tags = this.tags;
        if (value !== 0 && tags !== void 0 && !tags.hasExpectedResponse) this.acc.failure(tags, second);
        else entry.skippedLines++;
        break;
      }
      case ROLE_ITERATIONS:
        this.acc.totalsAt(second).iterations += value;
        break;
      case ROLE_DROPPED:
        this.acc.totalsAt(second).droppedIterations += value;
        break;
      case ROLE_CHECKS: {
        const totals = this.acc.totalsAt(second);
        if (value !== 0) totals.checksPassed++;
        else totals.checksFailed++;
        break;
      }
      case ROLE_VUS: {
        const totals = this.acc.totalsAt(second);
        if (value > totals.maxVUs) totals.maxVUs = value;
        break;
      }
      case ROLE_VUS_MAX: {
        const totals = this.acc.totalsAt(second);
        if (value > totals.maxVUsAllocated) totals.maxVUsAllocated = value;
        break;
      }
      default:
        entry.skippedLines++;
    }
  }
  entryFor(name) {
    let entry = this.metricsByName.get(name);
    if (entry === void 0) {
      const head = new BytePattern(Buffer.from(`{"metric":${JSON.stringify(name)},"type":"Point"`));
      entry = newEntry(this.metrics.length, name, ROLES.get(name) ?? ROLE_SKIP, head);
      this.metrics.push(entry);
      this.metricsByName.set(name, entry);
    }
    return entry;
  }
  /** Any line the fast path did not take: parsed with JSON.parse, with a clear error when it is not k6's. */
  slowLine(buf, start, end, lineNo) {
    this.slowLines++;
    const text = buf.toString("utf8", start, end);
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      throw new RunFileError(
        this.file,
        lineNo,
        `not JSON (${snippet(err.message, 120)}): expected one k6 JSON object per line (k6 --out json), got: ${snippet(text)}`
      );
    }
    const line = isObject(parsed) ? parsed : void 0;
    const data = line !== void 0 && isObject(line.data) ? line.data : void 0;
    if (line === void 0 || data === void 0 || line.type !== "Point" && line.type !== "Metric") {
      throw new RunFileError(
        this.file,
        lineNo,
        `not a k6 metric line: expected {"metric":\u2026,"type":"Point" or "Metric","data":{\u2026}} as k6 --out json writes it, got: ${snippet(text)}`
      );
    }
    const bad = (what) => new RunFileError(this.file, lineNo, `k6 ${line.type} line: ${what}`);
    if (line.type === "Metric") {
      const name = typeof line.metric === "string" ? line.metric : data.name;
      if (typeof name !== "string") throw bad('expected a metric name in "metric" or "data.name"');
      this.acc.threshold(name, thresholdExpressions(data.thresholds, bad));
      return;
    }
    if (typeof line.metric !== "string") throw bad('expected "metric" to be the metric name (a string)');
    const entry = this.entryFor(line.metric);
    if (entry.role === ROLE_SKIP) {
      entry.skippedLines++;
      return;
    }
    if (typeof data.time !== "string") throw bad('expected "data.time" to be an RFC 3339 timestamp string');
    const timeBytes = Buffer.from(`${data.time}"`);
    const timeView = new DataView(timeBytes.buffer, timeBytes.byteOffset, timeBytes.length);
    if (this.time.parse(timeView, timeBytes, 0, timeBytes.length) !== timeBytes.length - 1) {
      throw bad(`"data.time" ${JSON.stringify(data.time)} is not an RFC 3339 timestamp`);
    }
    if (typeof data.value !== "number") throw bad('expected "data.value" to be a number');
    this.value = data.value;
    this.tags = void 0;
    if (entry.role === ROLE_DURATION || entry.role === ROLE_FAILED) {
      const tags = data.tags ?? {};
      if (!isObject(tags)) throw bad('expected "data.tags" to be an object');
      this.tags = this.acc.tagSet(requestTags(tags));
    }
    this.apply(entry, lineNo);
  }
};
function newEntry(id, name, role, head) {
  const entry = { id, name, role, skippedLines: 0, head };
  entry.next = entry;
  entry.nextButOne = entry;
  return entry;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function requestTags(tags) {
  const str = (v) => v === void 0 || v === null ? void 0 : String(v);
  return {
    scenario: str(tags.scenario),
    group: str(tags.group),
    method: str(tags.method),
    name: str(tags.name),
    url: str(tags.url),
    expectedResponse: str(tags.expected_response)
  };
}
function thresholdExpressions(raw, bad) {
  if (raw === void 0 || raw === null) return [];
  if (!Array.isArray(raw)) throw bad('expected "data.thresholds" to be an array');
  return raw.map((t) => {
    if (typeof t === "string") return t;
    if (isObject(t) && typeof t.threshold === "string") return t.threshold;
    throw bad(`threshold ${JSON.stringify(t)}: expected a string or {"threshold": \u2026}`);
  });
}

// src/results/k6-warmup.ts
var primed = false;
var T = "2026-01-01T00:00:00.5Z";
var T2 = "2026-01-01T00:00:01.25+01:00";
var TAGS = '{"expected_response":"true","group":"::g","method":"GET","name":"GET /a","proto":"HTTP/1.1","scenario":"s","status":"200","url":"http://h/a/1"}';
var TAGS_URL2 = TAGS.replace("/a/1", "/a/2");
var FAILED_TAGS = '{"error_code":"1500","expected_response":"false","group":"","method":"POST","name":"POST /b","scenario":"s","status":"500","url":"http://h/b"}';
var UNTAGGED = '{"group":"","method":"GET","scenario":"s","status":"200","url":"http://h/c"}';
var point = (metric, time, value, tags) => `{"metric":"${metric}","type":"Point","data":{"time":"${time}","value":${value},"tags":${tags}}}`;
var SAMPLE = [
  '{"type":"Metric","data":{"name":"http_req_duration","type":"trend","contains":"time","thresholds":["p(95)<1"],"submetrics":null},"metric":"http_req_duration"}',
  point("vus", T, "1", "{}"),
  point("vus_max", T, "2", "{}"),
  ...[TAGS, TAGS_URL2, TAGS, FAILED_TAGS, UNTAGGED, TAGS].flatMap((tags, i) => [
    point("http_reqs", T, "1", tags),
    point("http_req_duration", i % 2 === 0 ? T : T2, "7.25", tags),
    point("http_req_blocked", T, "1.2e-05", tags),
    point("http_req_failed", T, tags === FAILED_TAGS || tags === UNTAGGED ? "1" : "0", tags),
    point("checks", T, tags === FAILED_TAGS ? "0" : "1", '{"check":"ok","group":"","scenario":"s"}')
  ]),
  point("group_duration", T, "9.5", '{"group":"::g","scenario":"s"}'),
  point("iterations", T2, "1", '{"group":"","scenario":"s"}'),
  point("dropped_iterations", T2, "1", '{"scenario":"s"}'),
  ""
];
function primeK6Reader() {
  if (primed) return;
  primed = true;
  const acc = new RunAccumulator();
  const parser = new K6LineParser(acc, "(warm-up sample)");
  const splitter = new LineSplitter(parser.handleLine);
  const bytes = Buffer.from(`${SAMPLE.join("\n")}
`);
  for (let round = 0; round < 2; round++) splitter.push(bytes);
  parser.finish();
  acc.finish({ engine: "k6", sources: [], loadModel: "unknown", loadModelSource: "unknown" });
}

// src/results/k6-json.ts
async function readK6Json(path, opts = {}) {
  primeK6Reader();
  const acc = new RunAccumulator(opts.maxSeries);
  const parser = new K6LineParser(acc, path);
  const splitter = new LineSplitter(parser.handleLine);
  let cut = false;
  const bytes = await pumpFile(path, (chunk) => splitter.push(chunk), {
    chunkSize: opts.chunkSize,
    onTruncatedGzip: () => {
      acc.warn(
        `${path}: the gzip stream is truncated (k6 was probably stopped while writing); kept what was read`
      );
      cut = true;
    }
  });
  const last = splitter.unterminatedLine();
  if (last !== void 0) {
    try {
      parser.handleFinalLine(last.buf, last.start, last.end, last.lineNo);
    } catch (err) {
      if (!(err instanceof RunFileError)) throw err;
      acc.warn(
        `${path}:${last.lineNo}: the last line is incomplete (k6 was probably stopped while writing it); ignored it`
      );
      acc.skip("truncated last line");
      cut = true;
    }
  }
  parser.finish();
  if (bytes === 0 || parser.fastLines + parser.slowLines === 0) {
    throw new RunFileError(
      path,
      void 0,
      "empty file: expected k6 --out json output (one JSON object per line)"
    );
  }
  if (acc.seriesCount === 0) {
    throw new RunFileError(path, void 0, "no HTTP requests were recorded: is the target reachable?");
  }
  if (acc.requestsWithoutExpectedResponse > 0 && acc.failureSamples === 0) {
    acc.warn(
      `${path}: ${acc.requestsWithoutExpectedResponse} requests carry no expected_response tag and there are no http_req_failed samples for them: their failures cannot be counted (failed = 0)`
    );
  }
  const run = nameSeriesByTarget(
    acc.finish({
      engine: "k6",
      sources: [path],
      ...givenLoadModel(opts),
      targetRate: opts.targetRate
    }),
    opts.targetUrl
  );
  if (cut) run.cutFiles = [path];
  if (run.loadModel === "unknown") inferLoadModel(run);
  return opts.warmupSeconds ? trimWarmup(run, opts.warmupSeconds) : run;
}
function inferLoadModel(run) {
  const scenarios = new Set([...run.series.values()].map((s) => s.key.scenario));
  const dropped = run.totals.droppedIterations > 0 || run.skipped["metric dropped_iterations"] !== void 0;
  if (scenarios.size !== 1 || !scenarios.has("default") || dropped) return;
  run.loadModel = "closed";
  run.loadModelSource = "k6-default-scenario";
}

// src/engine/k6/exit-codes.ts
var K6_EXIT_CODES = {
  0: "ok",
  97: "cloud test run failed",
  98: "cloud: failed to get progress",
  99: "thresholds crossed",
  100: "setup() timed out",
  101: "teardown() timed out",
  102: "generic timeout",
  103: "engine error",
  104: "invalid configuration (options or flags)",
  105: "aborted by a signal",
  106: "cannot start the REST API",
  107: "script exception (the script threw an error)",
  108: "the script called test.abort()",
  255: "other error (e.g. a bad command-line argument)"
};
var K6_THRESHOLDS_CROSSED = 99;
function describeK6ExitCode(code) {
  return `${code} (${K6_EXIT_CODES[code] ?? "not a documented k6 exit code"})`;
}

// src/engine/k6/inspect.ts
var OPEN_EXECUTORS = /* @__PURE__ */ new Set(["constant-arrival-rate", "ramping-arrival-rate"]);
var CLOSED_EXECUTORS = /* @__PURE__ */ new Set([
  "constant-vus",
  "ramping-vus",
  "per-vu-iterations",
  "shared-iterations",
  "externally-controlled"
]);
function loadModelFromInspect(options) {
  if (options === null || typeof options !== "object") {
    throw new Error("k6 inspect printed no options object");
  }
  const raw = options.scenarios;
  if (raw === null || raw === void 0 || typeof raw === "object" && Object.keys(raw).length === 0) {
    return { loadModel: "closed", scenarios: [{ name: "default", executor: "constant-vus" }], warnings: [] };
  }
  if (typeof raw !== "object") throw new Error("k6 inspect: options.scenarios is not an object");
  const scenarios = [];
  const warnings = [];
  for (const [name, config] of Object.entries(raw)) {
    const executor = typeof config?.executor === "string" ? config.executor : "unknown";
    const info = { name, executor };
    if (executor === "constant-arrival-rate" && typeof config.rate === "number") {
      const unit = typeof config.timeUnit === "string" ? config.timeUnit : "1s";
      const seconds = durationSeconds(unit);
      if (seconds === void 0 || seconds === 0) {
        throw new Error(`k6 inspect: scenarios.${name}.timeUnit '${unit}' is not a duration k6 accepts`);
      }
      info.rate = config.rate / seconds;
    }
    scenarios.push(info);
  }
  const open2 = scenarios.filter((s) => OPEN_EXECUTORS.has(s.executor));
  const closed = scenarios.filter((s) => CLOSED_EXECUTORS.has(s.executor));
  const unknown = scenarios.filter(
    (s) => !OPEN_EXECUTORS.has(s.executor) && !CLOSED_EXECUTORS.has(s.executor)
  );
  for (const s of unknown) warnings.push(`scenario '${s.name}': unknown executor '${s.executor}'`);
  let loadModel;
  if (open2.length > 0 && closed.length === 0 && unknown.length === 0) loadModel = "open";
  else if (closed.length > 0 && open2.length === 0 && unknown.length === 0) loadModel = "closed";
  else {
    loadModel = "unknown";
    if (open2.length > 0 && closed.length > 0) {
      warnings.push(
        "the script mixes arrival-rate and VU-based scenarios: throughput is judged by neither model"
      );
    }
  }
  const result = { loadModel, scenarios, warnings };
  if (loadModel === "open" && open2.every((s) => s.rate !== void 0)) {
    result.targetRate = open2.reduce((sum, s) => sum + s.rate, 0);
  }
  return result;
}
function parseK6Version(output) {
  const m = /\bk6 v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/.exec(output);
  if (!m)
    throw new Error(`could not read a version from 'k6 version' output: ${output.trim().slice(0, 200)}`);
  return m[1];
}

// src/engine/k6/thresholds.ts
function thresholdsFromSummary(summary) {
  const metrics = summary?.metrics;
  if (metrics === void 0 || metrics === null || typeof metrics !== "object") return [];
  const out = [];
  for (const [metric, data] of Object.entries(metrics)) {
    const t = data?.thresholds;
    if (t === void 0 || t === null || typeof t !== "object") continue;
    const expressions = Object.keys(t);
    if (expressions.length === 0) continue;
    out.push({ metric, expressions, crossed: expressions.some((e) => t[e] === true) });
  }
  return out;
}
function mergeThresholdOutcomes(declared, outcomes) {
  const byMetric = new Map(outcomes.map((o) => [o.metric, o]));
  const merged = declared.map((d) => {
    const o = byMetric.get(d.metric);
    byMetric.delete(d.metric);
    return o === void 0 ? d : { ...d, crossed: o.crossed };
  });
  return [...merged, ...byMetric.values()];
}

// src/engine/k6/runner.ts
var K6Error = class extends Error {
  constructor(message, exitCode) {
    super(message);
    this.exitCode = exitCode;
    this.name = "K6Error";
  }
  exitCode;
};
var SCENARIO_OVERRIDES = /^(-u|--vus|-d|--duration|-i|--iterations|-s|--stage)(=|$)/;
async function prepareK6(options, deps = {}) {
  const exec2 = deps.exec ?? spawnProcess;
  const base = { env: options.processEnv, cwd: options.cwd, timeoutMs: 6e4, captureStdout: true };
  const version = await exec2({ command: options.k6Path, args: ["version"], ...base });
  if (version.exitCode !== 0) throw processFailure("k6 version", version);
  const k6Version = parseK6Version(version.stdout);
  const args = ["inspect", "--execution-requirements", ...envFlags(options.env), options.script];
  const inspected = await exec2({ command: options.k6Path, args, ...base });
  if (inspected.exitCode !== 0) throw processFailure(`k6 inspect ${options.script}`, inspected);
  const start = inspected.stdout.indexOf("{");
  let json;
  try {
    json = JSON.parse(inspected.stdout.slice(Math.max(start, 0)));
  } catch (err) {
    throw new Error(`k6 inspect ${options.script} printed no JSON options: ${err.message}`);
  }
  let model = loadModelFromInspect(json);
  const override = (options.extraArgs ?? []).find((a) => SCENARIO_OVERRIDES.test(a));
  if (override !== void 0) {
    model = {
      loadModel: "closed",
      scenarios: [{ name: "default", executor: "constant-vus" }],
      warnings: [
        ...model.warnings,
        `the flag ${override} replaces the script's scenarios with k6's VU-based default`
      ]
    };
  }
  return { k6Version, model };
}
async function runK6Once(options, prepared, index, total, deps = {}) {
  const exec2 = deps.exec ?? spawnProcess;
  const logger = deps.logger ?? streamLogger();
  const readResult = deps.readResult ?? readK6Json;
  const what = `${options.label ? `${options.label}: ` : ""}k6 run ${index}/${total}`;
  const jsonPath = join3(options.outDir, `run-${index}.json`);
  const summaryPath = join3(options.outDir, `run-${index}.summary.json`);
  const args = [
    "run",
    "--out",
    `json=${jsonPath}`,
    `--summary-export=${summaryPath}`,
    "-q",
    "--no-color",
    "--tag",
    `perf_gate_run=${index}`,
    ...envFlags(options.env),
    ...options.extraArgs ?? [],
    options.script
  ];
  await mkdir2(options.outDir, { recursive: true });
  const outcome = await logger.group(
    what,
    () => exec2({
      command: options.k6Path,
      args,
      env: options.processEnv,
      cwd: options.cwd,
      timeoutMs: options.timeoutMs,
      onLine: (line) => logger.info(line)
    })
  );
  const seconds = (outcome.durationMs / 1e3).toFixed(1);
  const interrupted = interruption(what, outcome, options.timeoutMs, "k6");
  if (interrupted !== void 0 || outcome.exitCode === null) {
    if (outcome.timedOut) logger.info(`${what}: stopped after ${seconds} s (timeout)`);
    throw new K6Error(interrupted ?? `${what} ended without an exit code`, outcome.exitCode);
  }
  if (outcome.exitCode !== 0 && outcome.exitCode !== K6_THRESHOLDS_CROSSED) {
    logger.info(`${what}: exit ${describeK6ExitCode(outcome.exitCode)}`);
    throw new K6Error(
      `${what} failed with exit code ${describeK6ExitCode(outcome.exitCode)}${outputTail(outcome, "k6")}`,
      outcome.exitCode
    );
  }
  const result = await readResult(jsonPath, {
    warmupSeconds: options.warmupSeconds,
    loadModel: prepared.model.loadModel,
    loadModelSource: "k6-inspect",
    targetRate: prepared.model.targetRate,
    targetUrl: options.targetUrl
  });
  result.engineVersion ??= prepared.k6Version;
  const outcomes = await readSummaryThresholds(summaryPath, result);
  result.thresholds = mergeThresholdOutcomes(result.thresholds, outcomes);
  const crossedMetrics = outcomes.filter((t) => t.crossed).map((t) => t.metric);
  const thresholdsCrossed = outcome.exitCode === K6_THRESHOLDS_CROSSED;
  if (thresholdsCrossed) {
    result.warnings.push(
      `k6 thresholds crossed${crossedMetrics.length > 0 ? ` on ${crossedMetrics.join(", ")}` : ""} (exit code 99); the run is still measured`
    );
  }
  const { requests } = measuredRequests(result);
  logger.info(
    `${what}: exit ${outcome.exitCode}${thresholdsCrossed ? " (thresholds crossed)" : ""}, ${requests} requests, ${seconds} s`
  );
  return {
    index,
    exitCode: outcome.exitCode,
    thresholdsCrossed,
    crossedMetrics,
    jsonPath,
    summaryPath,
    durationMs: outcome.durationMs,
    result
  };
}
async function readSummaryThresholds(path, result) {
  try {
    await access3(path);
  } catch {
    result.warnings.push(`k6 wrote no summary export (${path}); threshold outcomes unknown`);
    return [];
  }
  try {
    return thresholdsFromSummary(JSON.parse(await readFile3(path, "utf8")));
  } catch (err) {
    result.warnings.push(`could not read the k6 summary export ${path}: ${err.message}`);
    return [];
  }
}
function envFlags(env) {
  return Object.entries(env ?? {}).flatMap(([name, value]) => ["-e", `${name}=${value}`]);
}
function processFailure(what, r) {
  const how = r.exitCode === null ? `was killed by ${r.signal}` : `failed with exit code ${describeK6ExitCode(r.exitCode)}`;
  return new K6Error(`${what} ${how}${outputTail(r, "k6")}`, r.exitCode);
}

// src/engine/locust/runner.ts
import { stat } from "node:fs/promises";
import { delimiter as delimiter2, dirname as dirname2, join as join4 } from "node:path";

// src/results/locust-csv.ts
import { createReadStream as createReadStream2 } from "node:fs";
import { readFile as readFile4 } from "node:fs/promises";
import { createInterface } from "node:readline";
var LOCUST_STATS_HEADER = "Type,Name,Request Count,Failure Count";
var STATS_SUFFIX = "_stats.csv";
var PERCENTILES = {
  "50%": "p50",
  "66%": "p66",
  "75%": "p75",
  "80%": "p80",
  "90%": "p90",
  "95%": "p95",
  "98%": "p98",
  "99%": "p99",
  "99.9%": "p99.9",
  "99.99%": "p99.99"
};
async function readLocustCsv(path, opts = {}) {
  if (opts.warmupSeconds) {
    throw new RunFileError(
      path,
      void 0,
      "cannot drop a warm-up from Locust's stats CSV: it has no per-request data (import perf_gate_requests in the locustfile for a per-request file)"
    );
  }
  const text = await readText2(path);
  const lines = text.split(/\r?\n/).filter((l) => l !== "");
  const header = parseCsvRecord(lines[0] ?? "", ",") ?? [];
  const column = (name) => header.indexOf(name);
  for (const needed of [
    "Type",
    "Name",
    "Request Count",
    "Failure Count",
    "Min Response Time",
    "Max Response Time"
  ]) {
    if (column(needed) < 0) {
      throw new RunFileError(
        path,
        1,
        `not a Locust _stats.csv: no '${needed}' column in ${snippet(lines[0] ?? "")}`
      );
    }
  }
  const series = /* @__PURE__ */ new Map();
  const warnings = [
    `${path}: Locust's stats CSV holds per-endpoint counts and percentiles rounded into Locust's buckets, no per-request data and no per-second data (import perf_gate_requests in the locustfile for full fidelity); its counts miss Locust's last second`
  ];
  for (const [i, line] of lines.slice(1).entries()) {
    const fields = parseCsvRecord(line, ",");
    if (fields === void 0 || fields.length !== header.length) {
      throw new RunFileError(
        path,
        i + 2,
        `expected ${header.length} fields as in the header: ${snippet(line)}`
      );
    }
    const name = fields[column("Name")];
    if (fields[column("Type")] === "" && name === "Aggregated") continue;
    const number = (col) => {
      const raw = fields[column(col)];
      const v = Number(raw);
      if (raw === "" || !Number.isFinite(v)) {
        throw new RunFileError(path, i + 2, `'${col}' is not a number: '${snippet(raw, 40)}'`);
      }
      return v;
    };
    const requests = number("Request Count");
    if (requests === 0) continue;
    const quantiles = {
      p0: number("Min Response Time"),
      p100: number("Max Response Time")
    };
    for (const [col, q] of Object.entries(PERCENTILES)) {
      if (column(col) >= 0 && fields[column(col)] !== "N/A") quantiles[q] = number(col);
    }
    const key = { scenario: "", group: "", method: fields[column("Type")], name };
    const id = seriesId(key);
    series.set(id, {
      key,
      id,
      requests,
      failed: number("Failure Count"),
      latency: new LatencyHistogram(),
      seconds: /* @__PURE__ */ new Map(),
      reportedQuantiles: quantiles
    });
  }
  if (series.size === 0) {
    throw new RunFileError(path, void 0, "no requests were recorded: is the target reachable?");
  }
  const prefix = path.endsWith(STATS_SUFFIX) ? path.slice(0, -STATS_SUFFIX.length) : void 0;
  const history = prefix === void 0 ? void 0 : await readHistory(`${prefix}_stats_history.csv`);
  if (prefix !== void 0) warnings.push(...await failureLines(`${prefix}_failures.csv`));
  const totals = emptyTotals();
  totals.maxVUs = history?.maxUsers ?? 0;
  if (history === void 0)
    warnings.push(`${path}: no _stats_history.csv beside it: the test duration is unknown`);
  const run = {
    engine: "locust",
    fidelity: "summary",
    ...givenLoadModel(opts),
    sources: [path],
    startMs: history?.firstMs ?? 0,
    endMs: history?.lastMs ?? Number.NaN,
    series,
    lifecycle: /* @__PURE__ */ new Map(),
    totals,
    thresholds: [],
    skipped: {},
    warnings,
    ...opts.targetRate === void 0 ? {} : { targetRate: opts.targetRate }
  };
  return nameSeriesByTarget(run, opts.targetUrl);
}
async function readText2(path) {
  try {
    return await readFile4(path, "utf8");
  } catch (err) {
    throw unreadable(path, err);
  }
}
async function readHistory(path) {
  let header;
  let firstMs = Number.POSITIVE_INFINITY;
  let lastMs = Number.NEGATIVE_INFINITY;
  let maxUsers = 0;
  try {
    for await (const line of createInterface({
      input: createReadStream2(path),
      crlfDelay: Number.POSITIVE_INFINITY
    })) {
      const fields = parseCsvRecord(line, ",");
      if (fields === void 0 || line === "") continue;
      if (header === void 0) {
        header = fields;
        continue;
      }
      const ms = Number(fields[header.indexOf("Timestamp")]) * 1e3;
      const users = Number(fields[header.indexOf("User Count")]);
      if (Number.isFinite(ms)) {
        firstMs = Math.min(firstMs, ms);
        lastMs = Math.max(lastMs, ms);
      }
      if (Number.isFinite(users)) maxUsers = Math.max(maxUsers, users);
    }
  } catch (err) {
    if (err.code === "ENOENT") return void 0;
    throw unreadable(path, err);
  }
  return Number.isFinite(firstMs) ? { firstMs, lastMs, maxUsers } : void 0;
}
async function failureLines(path) {
  let text;
  try {
    text = await readFile4(path, "utf8");
  } catch {
    return [];
  }
  const rows = text.split(/\r?\n/).filter((l) => l !== "");
  const header = parseCsvRecord(rows[0] ?? "", ",") ?? [];
  const [m, n, e, o] = ["Method", "Name", "Error", "Occurrences"].map((c) => header.indexOf(c));
  return rows.slice(1, 11).flatMap((row2) => {
    const f = parseCsvRecord(row2, ",");
    if (f === void 0 || m < 0 || n < 0 || e < 0 || o < 0) return [];
    return [`${path}: ${f[o]}\xD7 ${f[m]} ${f[n]} failed: ${snippet(f[e], 160)}`];
  });
}

// src/results/locust-requests.ts
var LOCUST_REQUESTS_FORMAT = "perf-gate-locust-requests";
async function readLocustRequests(path, opts = {}) {
  const acc = new RunAccumulator(opts.maxSeries);
  const tagSets = /* @__PURE__ */ new Map();
  let header;
  let requests = 0;
  let cut = false;
  const handle = (buf, start, end, lineNo) => {
    const text = buf.toString("utf8", start, end).trim();
    if (text === "") return;
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      throw new RunFileError(path, lineNo, `not JSON: ${snippet(text)}`);
    }
    if (header === void 0) {
      header = headerOf(value, path, text);
      return;
    }
    if (!isRequestLine(value)) {
      throw new RunFileError(
        path,
        lineNo,
        `expected [start ms, method, name, response ms, failure or null], got: ${snippet(text)}`
      );
    }
    const [startMs, method, name, responseMs, failure] = value;
    const failed = failure !== null;
    const key = `${method}\0${name}\0${failed}`;
    let tags = tagSets.get(key);
    if (tags === void 0) {
      tags = acc.tagSet({ method, name, expectedResponse: failed ? "false" : "true" });
      tagSets.set(key, tags);
    }
    const second = Math.floor(startMs / 1e3);
    acc.request(tags, second, startMs - second * 1e3, responseMs);
    requests++;
  };
  const splitter = new LineSplitter(handle);
  await pumpFile(path, (chunk) => splitter.push(chunk), {
    chunkSize: opts.chunkSize,
    onTruncatedGzip: () => {
      acc.warn(`${path}: the gzip stream is truncated; kept what was read`);
      cut = true;
    }
  });
  const last = splitter.unterminatedLine();
  if (last !== void 0) {
    try {
      handle(last.buf, last.start, last.end, last.lineNo);
    } catch (err) {
      if (!(err instanceof RunFileError)) throw err;
      acc.warn(
        `${path}:${last.lineNo}: the last line is incomplete (Locust was stopped while writing it); ignored it`
      );
      acc.skip("truncated last line");
      cut = true;
    }
  }
  if (header === void 0) {
    throw new RunFileError(path, void 0, `empty file: expected perf-gate's Locust per-request file`);
  }
  if (requests === 0) {
    throw new RunFileError(path, void 0, "no requests were recorded: is the target reachable?");
  }
  const shown = header.loadModel === "open" || header.loadModel === "closed" ? header.loadModel : void 0;
  const run = nameSeriesByTarget(
    acc.finish({
      engine: "locust",
      sources: [path],
      ...shown === void 0 ? givenLoadModel(opts) : { loadModel: shown, loadModelSource: "locust-plan" },
      targetRate: opts.targetRate,
      engineVersion: header.locust || void 0
    }),
    opts.targetUrl
  );
  if (cut) run.cutFiles = [path];
  return opts.warmupSeconds ? trimWarmup(run, opts.warmupSeconds) : run;
}
function headerOf(value, path, text) {
  const h = value;
  if (typeof h !== "object" || h === null || h.format !== LOCUST_REQUESTS_FORMAT) {
    throw new RunFileError(
      path,
      1,
      `not perf-gate's Locust per-request file: the first line must be {"format": "${LOCUST_REQUESTS_FORMAT}", \u2026}, got: ${snippet(text)}`
    );
  }
  if (h.version !== 1) {
    throw new RunFileError(
      path,
      1,
      `format version ${JSON.stringify(h.version)} is not one this perf-gate reads (1)`
    );
  }
  return h;
}
function isRequestLine(v) {
  return Array.isArray(v) && v.length === 5 && Number.isFinite(v[0]) && typeof v[1] === "string" && typeof v[2] === "string" && Number.isFinite(v[3]) && v[3] >= 0 && (v[4] === null || typeof v[4] === "string");
}

// src/engine/locust/runner.ts
var LOCUST_INSTALL = "Install Locust (Debian/Ubuntu: sudo apt-get install -y python3-locust; or pip install locust) or give its path (locust-path / --locust).";
var LOCUST_REQUESTS_FAILED = 1;
async function prepareLocust(locustfile, given, env = process.env) {
  const executable = await findExecutable("locust", given, LOCUST_INSTALL, env);
  const loadModel = locustfileLoadModel(await readText(locustfile));
  return {
    loadModel,
    run: (options, index, total, deps) => runLocustOnce(options, { executable, loadModel }, index, total, deps)
  };
}
var PACED_WAITS = /* @__PURE__ */ new Set(["constant_pacing", "constant_throughput"]);
function locustfileLoadModel(source) {
  const waits = [...source.matchAll(/\bwait_time\s*=\s*([\w.]+)\s*\(/g)].map((m) => m[1].split(".").pop());
  const paced = waits.filter((w) => PACED_WAITS.has(w)).length;
  if (paced === 0) return "closed";
  return paced === waits.length ? "open" : "unknown";
}
function loadFlags(extraArgs) {
  const has = (...names) => extraArgs.some((a) => names.some((n) => a === n || a.startsWith(`${n}=`)));
  const users = flagValue(extraArgs, "-u", "--users") ?? "10";
  return [
    ...has("-u", "--users") ? [] : ["-u", users],
    ...has("-r", "--spawn-rate") ? [] : ["-r", users],
    ...has("-t", "--run-time") ? [] : ["-t", "30s"]
  ];
}
function flagValue(args, short2, long2) {
  for (const [i, a] of args.entries()) {
    if (a === short2 || a === long2) return args[i + 1];
    if (a.startsWith(`${long2}=`)) return a.slice(long2.length + 1);
  }
  return void 0;
}
async function runLocustOnce(options, prepared, index, total, deps = {}) {
  const what = `${options.label ? `${options.label}: ` : ""}locust run ${index}/${total}`;
  const prefix = join4(options.outDir, `run-${index}`);
  const requestsFile = `${prefix}_requests.jsonl`;
  const module = supportFile("perf_gate_requests.py");
  const env = options.processEnv ?? process.env;
  const outcome = await runTool(
    {
      what,
      tool: "locust",
      command: prepared.executable,
      args: [
        "-f",
        `${options.script},${module}`,
        "--headless",
        ...loadFlags(options.extraArgs),
        ...options.targetUrl === void 0 ? [] : ["--host", options.targetUrl],
        "--csv",
        prefix,
        "--only-summary",
        ...options.extraArgs
      ],
      // a locustfile may `import perf_gate_requests` itself
      env: { ...env, PYTHONPATH: [dirname2(module), env.PYTHONPATH].filter(Boolean).join(delimiter2) },
      timeoutMs: options.timeoutMs,
      outDir: options.outDir,
      freshFile: requestsFile
    },
    deps
  );
  if (outcome.exitCode !== 0 && outcome.exitCode !== LOCUST_REQUESTS_FAILED) {
    throw new ToolError(
      `${what} failed with exit code ${outcome.exitCode}${outputTail(outcome, "locust")}`,
      outcome.exitCode
    );
  }
  const read = {
    warmupSeconds: options.warmupSeconds,
    loadModel: prepared.loadModel,
    loadModelSource: "locust-plan",
    targetUrl: options.targetUrl
  };
  const result = await hasContent(requestsFile) ? await readLocustRequests(requestsFile, read) : await readStatsOrExplain(`${prefix}_stats.csv`, read, what, outcome);
  if (outcome.exitCode === LOCUST_REQUESTS_FAILED && measuredRequests(result).failed === 0) {
    throw new ToolError(
      `${what} failed with exit code 1 and no failed request${outputTail(outcome, "locust")}`,
      1
    );
  }
  logMeasured(deps, what, result, "requests", outcome);
  return result;
}
async function hasContent(path) {
  try {
    return (await stat(path)).size > 0;
  } catch {
    return false;
  }
}
async function readStatsOrExplain(path, read, what, outcome) {
  if (!await hasContent(path)) {
    throw new ToolError(
      `${what} wrote no results (${path})${outputTail(outcome, "locust")}`,
      outcome.exitCode
    );
  }
  return await readLocustCsv(path, read);
}

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
    (whole, sep2, name, value) => value !== "" && value !== MASK && isSecretParamName(decodeSafely(name)) ? `${sep2}${name}=${MASK}` : whole
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

// src/results/masked-names.ts
function maskRunSecrets(run, secrets) {
  const masked = renameSeries(run, (name) => {
    const safe = maskSecrets(name, secrets);
    return safe === name ? void 0 : safe;
  });
  return { ...masked, warnings: masked.warnings.map((w) => maskSecrets(w, secrets)) };
}

// src/secrets/scrub-file.ts
import { createReadStream as createReadStream3, createWriteStream } from "node:fs";
import { rename, rm as rm2 } from "node:fs/promises";
import { Transform } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";
import { constants as constants2, createGunzip as createGunzip2, createGzip } from "node:zlib";
function maskingStream(secrets) {
  const forms = secretForms(secrets).map((f) => Buffer.from(f, "utf8").toString("latin1"));
  const keep = Math.max(...forms.map((f) => f.length)) - 1;
  const mask = (text) => forms.reduce((t, f) => t.split(f).join(MASK), text);
  let carry = "";
  return new Transform({
    transform(chunk, _encoding, done) {
      const text = mask(carry + chunk.toString("latin1"));
      carry = text.slice(Math.max(0, text.length - keep));
      done(null, Buffer.from(text.slice(0, text.length - carry.length), "latin1"));
    },
    flush(done) {
      done(null, Buffer.from(mask(carry), "latin1"));
    }
  });
}
async function scrubFile(path, secrets) {
  if (secretForms(secrets).length === 0) return;
  const gz = path.endsWith(".gz");
  const temporary = `${path}.scrubbing`;
  try {
    await pipeline2([
      createReadStream3(path),
      ...gz ? [createGunzip2({ finishFlush: constants2.Z_SYNC_FLUSH })] : [],
      maskingStream(secrets),
      ...gz ? [createGzip()] : [],
      createWriteStream(temporary)
    ]);
    await rename(temporary, path);
  } catch (error) {
    await rm2(temporary, { force: true });
    throw new Error(`could not mask secrets in ${path}: ${error.message}`);
  }
}

// src/measure/measurer.ts
async function createMeasurer(engine, settings) {
  const scriptHash = hashScript(await readScript(settings.script));
  const measurer = withLoadModel(
    await createEngineMeasurer(engine, settings, scriptHash),
    settings.loadModel
  );
  return withSecretsMasked(measurer, settings.outDir, settings.secrets ?? []);
}
function createEngineMeasurer(engine, settings, scriptHash) {
  switch (engine) {
    case "k6":
      return createK6Measurer(settings, scriptHash);
    case "embedded":
      return createEmbeddedMeasurer(settings, scriptHash);
    case "jmeter":
    case "locust":
      return createToolMeasurer(engine, settings, scriptHash);
  }
}
async function recordedScriptHash(script) {
  return hashScript(script === "" ? "" : await readScript(script));
}
function withLoadModel(measurer, input) {
  if (input === void 0) return measurer;
  return {
    ...measurer,
    loadModel: input,
    async run(request) {
      return withLoadModelInput(await measurer.run(request), input);
    }
  };
}
function withSecretsMasked(measurer, outDir, secrets) {
  return {
    ...measurer,
    async run(request) {
      const result = await measurer.run(request);
      const own = result.sources.filter((file) => !relative(outDir, file).startsWith(".."));
      for (const file of own) await scrubFile(file, secrets);
      return maskRunSecrets(result, secrets);
    }
  };
}
async function readScript(path) {
  try {
    return await readFile5(path);
  } catch (error) {
    throw new InputError(
      Inputs.Script,
      `cannot read '${path}': ${error.code ?? String(error)}`
    );
  }
}
async function createK6Measurer(settings, scriptHash) {
  const { k6, logger } = settings;
  const { installK6 } = await import("./install-KW6A3DGU.js");
  const installed = await installK6({
    version: k6.version,
    k6Path: k6.path,
    downloadBaseUrl: k6.downloadUrl,
    apiBaseUrl: k6.apiUrl,
    token: k6.token,
    logger
  });
  const optionsFor2 = (request) => ({
    k6Path: installed.path,
    script: settings.script,
    outDir: join5(settings.outDir, request?.side ?? "pr", request?.purpose === "warmup" ? "warmup" : ""),
    env: request?.targetUrl === void 0 ? k6.env : { ...k6.env, [k6.targetEnv]: request.targetUrl },
    targetUrl: request?.targetUrl,
    extraArgs: k6.flags,
    timeoutMs: k6.timeoutSeconds * 1e3,
    warmupSeconds: settings.warmupSeconds,
    label: request?.label,
    processEnv: k6.processEnv
  });
  const prepared = await prepareK6(optionsFor2(), { logger });
  return {
    engine: "k6",
    loadModel: prepared.model.loadModel,
    targetRate: prepared.model.targetRate,
    scriptHash,
    warmupSeconds: settings.warmupSeconds,
    async run(request) {
      return (await runK6Once(optionsFor2(request), prepared, request.index, request.total, { logger })).result;
    }
  };
}
async function createEmbeddedMeasurer(settings, scriptHash) {
  const scenario = await loadScenario(settings.script);
  const measured = settings.warmupSeconds > 0 ? { ...scenario, warmup: settings.warmupSeconds } : scenario;
  const timeLimitSeconds = settings.k6.timeoutSeconds;
  const lasts = measured.warmup + measured.load.duration;
  if (lasts > timeLimitSeconds) {
    throw new InputError(
      Inputs.RunTimeout,
      `${settings.script} runs for ${lasts} s (load.duration ${measured.load.duration} s + warm-up ${measured.warmup} s), longer than the run timeout of ${timeLimitSeconds} s: raise the run timeout or shorten the scenario`
    );
  }
  return {
    engine: "embedded",
    loadModel: scenario.load.model,
    targetRate: scenario.load.model === "open" ? scenario.load.rate : void 0,
    scriptHash,
    warmupSeconds: measured.warmup,
    async run(request) {
      return await runEmbeddedOnce(measured, {
        baseUrl: request.targetUrl,
        index: request.index,
        total: request.total,
        label: request.purpose === "warmup" ? `${request.label} warm-up` : request.label,
        logger: settings.logger,
        timeLimitSeconds
      });
    }
  };
}
async function createToolMeasurer(engine, settings, scriptHash) {
  const { k6, logger, tools } = settings;
  const tool = engine === "jmeter" ? await prepareJmeter(settings.script, tools?.jmeterPath, k6.processEnv) : await prepareLocust(settings.script, tools?.locustPath, k6.processEnv);
  return {
    engine,
    loadModel: tool.loadModel,
    scriptHash,
    warmupSeconds: settings.warmupSeconds,
    async run(request) {
      const options = {
        script: settings.script,
        outDir: join5(settings.outDir, request.side, request.purpose === "warmup" ? "warmup" : ""),
        targetUrl: request.targetUrl,
        extraArgs: tools?.flags ?? [],
        timeoutMs: k6.timeoutSeconds * 1e3,
        warmupSeconds: settings.warmupSeconds,
        processEnv: k6.processEnv,
        label: request.purpose === "warmup" ? `${request.label} warm-up` : request.label
      };
      return await tool.run(options, request.index, request.total, { logger });
    }
  };
}

// src/version.ts
var VERSION = "0.1.0";

// src/action/runner-context.ts
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join6 } from "node:path";
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
    runnerTemp: env.RUNNER_TEMP || join6(tmpdir(), "perf-gate-runner"),
    workspace: env.GITHUB_WORKSPACE || process.cwd()
  };
}
function runUrl(ctx) {
  return ctx.runId === void 0 ? void 0 : `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}`;
}

// src/stats/defaults.ts
var defaultNoisePriors = {
  // Published A/A measurements on GitHub-hosted runners: inside one job, run-to-run noise of a run's
  // median is about 1–2 %. We take the middle, 1.5 % per run, and assume nothing of it cancels between the
  // two runs of a pair (2.1 % for their ratio). A runner that drifts more shows it in its own repeats; or
  // raise this (docs/statistics.md, "Priors": 2 % makes 3 pairs too blunt to pass a 5 % tolerance).
  runToRunCv: 0.015,
  // The run-to-run prior counts as this many degrees of freedom of evidence: enough that one run a side is
  // judged with a finite, honest width, little enough that a noisier runner's own repeats soon override it.
  runToRunPriorDf: 10,
  // Failed requests: no extra run-to-run variation beyond what the binomial draw and the measured bursts
  // inside each run already give. Repeats that disagree more than that raise it through their spread.
  errorRateRunToRunSd: 0,
  // Between jobs (another runner, another machine): published A/A medians move by 20–50 % CV, in discrete
  // clusters of machine speeds. With too little history we assume 25 % CV (the conservative end of what a
  // single machine class shows; a history measures the real figure).
  betweenJobCv: 0.25,
  // The error rate of a healthy service barely depends on the machine: 0.1 pp between jobs.
  betweenJobErrorRateSd: 1e-3,
  // Fewer past baselines than this and the between-job variance comes from the prior above.
  minHistory: 5
};
var defaultTolerances = {
  p50: 0.05,
  p90: 0.05,
  p95: 0.05,
  p99: 0.1,
  throughput: 0.05,
  error_rate: 5e-3,
  // CPU per request is far steadier than latency (no queueing in it); memory peaks move with GC timing
  cpu_per_request: 0.05,
  peak_rss: 0.1
};
var defaultGateOptions = {
  tolerances: defaultTolerances,
  seriesTolerances: {},
  gatedMetrics: [...METRIC_NAMES],
  familyConfidence: 0.95,
  maxBaselineCv: 0.1,
  minRequestsForP99: 1e3,
  slos: [],
  seed: 20240601,
  priors: defaultNoisePriors
};
function positive(field, value) {
  if (!(Number.isFinite(value) && value > 0))
    throw new Error(`gate option ${field} must be a positive number, got ${value}`);
  return value;
}
function checkTolerances(field, tolerances) {
  for (const [metric, value] of Object.entries(tolerances)) {
    if (!isMetricName(metric)) throw new Error(`gate option ${field}: unknown metric '${metric}'`);
    if (value === void 0) continue;
    positive(`${field}.${metric}`, value);
    if (metric !== "error_rate" && value >= 1)
      throw new Error(`gate option ${field}.${metric} is a fraction (0.05 = 5%), got ${value}`);
  }
}
function resolveGateOptions(overrides = {}) {
  const o = overrides;
  if (o.tolerances) checkTolerances("tolerances", o.tolerances);
  for (const [series, tolerances] of Object.entries(o.seriesTolerances ?? {}))
    checkTolerances(`seriesTolerances['${series}']`, tolerances);
  for (const metric of o.gatedMetrics ?? [])
    if (!isMetricName(metric)) throw new Error(`gate option gatedMetrics: unknown metric '${metric}'`);
  const familyConfidence = o.familyConfidence ?? defaultGateOptions.familyConfidence;
  if (!(familyConfidence > 0.5 && familyConfidence < 1))
    throw new Error(
      `gate option familyConfidence must be between 0.5 and 1 (e.g. 0.95), got ${familyConfidence}`
    );
  const seed = o.seed ?? defaultGateOptions.seed;
  if (!Number.isInteger(seed)) throw new Error(`gate option seed must be an integer, got ${seed}`);
  for (const [i, slo] of (o.slos ?? []).entries()) {
    if (!isMetricName(slo.metric)) throw new Error(`gate option slos[${i}]: unknown metric '${slo.metric}'`);
    if (!(Number.isFinite(slo.limit) && slo.limit >= 0))
      throw new Error(`gate option slos[${i}].limit must be a non-negative number, got ${slo.limit}`);
    if (slo.series === "")
      throw new Error(`gate option slos[${i}].series is empty; use '*' for every series`);
  }
  const priors = { ...defaultNoisePriors, ...o.priors };
  for (const [name, value] of Object.entries(priors)) {
    if (!(Number.isFinite(value) && value >= 0))
      throw new Error(`gate option priors.${name} must be \u2265 0, got ${value}`);
  }
  return {
    tolerances: { ...defaultTolerances, ...o.tolerances },
    seriesTolerances: { ...o.seriesTolerances },
    gatedMetrics: [...o.gatedMetrics ?? defaultGateOptions.gatedMetrics],
    familyConfidence,
    maxBaselineCv: positive("maxBaselineCv", o.maxBaselineCv ?? defaultGateOptions.maxBaselineCv),
    minRequestsForP99: positive(
      "minRequestsForP99",
      o.minRequestsForP99 ?? defaultGateOptions.minRequestsForP99
    ),
    slos: [...o.slos ?? []],
    seed,
    priors
  };
}

// src/inputs/series-selector.ts
function selectorMatches(selector, key) {
  if (selector === "*") return true;
  const pattern = new RegExp(`^${selector.split("*").map(escapeRegExp).join(".*")}$`);
  return [seriesId(key), key.name, `${key.method} ${key.name}`].some((candidate) => pattern.test(candidate));
}
function escapeRegExp(text) {
  return text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
}

// src/inputs/gate-options.ts
function gateSettingsOf(config, seed) {
  return {
    tolerances: config.tolerances,
    slos: config.slos,
    familyConfidence: config.familyConfidence,
    maxBaselineCv: config.maxBaselineCv,
    maxErrorRate: config.maxErrorRate,
    seed
  };
}
function gateOptionsFor(settings, series) {
  const warnings = [];
  const tolerances = {};
  const seriesTolerances = {};
  const matching = (selector) => series.filter((key) => selectorMatches(selector, key));
  for (const rule of settings.tolerances) {
    if (rule.series === "*") {
      tolerances[rule.metric] = rule.value;
      continue;
    }
    const keys = matching(rule.series);
    if (keys.length === 0) warnings.push(`tolerance for '${rule.series}' matches no measured series`);
    for (const key of keys) {
      const id = seriesId(key);
      seriesTolerances[id] = { ...seriesTolerances[id], [rule.metric]: rule.value };
    }
  }
  const slos = settings.slos.flatMap((slo) => {
    if (slo.series === "*") return [slo];
    const keys = matching(slo.series);
    if (keys.length === 0) warnings.push(`SLO for '${slo.series}' matches no measured series`);
    return keys.map((key) => ({ ...slo, series: seriesId(key) }));
  });
  const options = resolveGateOptions({
    tolerances,
    seriesTolerances,
    slos,
    familyConfidence: settings.familyConfidence,
    maxBaselineCv: settings.maxBaselineCv,
    seed: settings.seed
  });
  return { options, warnings };
}
function seedFromSha(sha) {
  const hex = sha.replace(/[^0-9a-f]/gi, "").slice(0, 8);
  return hex === "" ? 1 : Number.parseInt(hex, 16);
}

// src/service/session.ts
import { join as join8 } from "node:path";

// src/service/free-port.ts
import { createServer } from "node:net";
function freePort() {
  return new Promise((resolve2, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve2(port));
    });
  });
}

// src/service/worktree.ts
import { execFile } from "node:child_process";
import { rm as rm3 } from "node:fs/promises";
import { basename, dirname as dirname3, join as join7 } from "node:path";
import { promisify } from "node:util";
var exec = promisify(execFile);
async function git(cwd, args) {
  try {
    const { stdout } = await exec("git", args, { cwd, maxBuffer: 16 * 1024 * 1024 });
    return stdout.trim();
  } catch (error) {
    const e = error;
    throw new Error(`git ${args.join(" ")} in ${cwd} failed: ${(e.stderr ?? e.message).trim()}`);
  }
}
async function hasCommit(repo, sha) {
  try {
    await exec("git", ["cat-file", "-e", `${sha}^{commit}`], { cwd: repo });
    return true;
  } catch {
    return false;
  }
}
function worktreePathFor(workspace) {
  return join7(dirname3(workspace), `${basename(workspace)}-perf-gate-base`);
}
async function addWorktree(repo, sha, path) {
  if (!await hasCommit(repo, sha)) await git(repo, ["fetch", "--no-tags", "--depth=1", "origin", sha]);
  await removeWorktree(repo, path);
  await git(repo, ["worktree", "add", "--detach", path, sha]);
}
async function removeWorktree(repo, path) {
  try {
    await exec("git", ["worktree", "remove", "--force", path], { cwd: repo });
  } catch {
  }
  await rm3(path, { recursive: true, force: true });
  await git(repo, ["worktree", "prune"]);
}

// src/service/session.ts
var SIDE_LABEL = { base: "base build", pr: "PR build" };
var STOP_GRACE_MS = 5e3;
var BUILD_TIMEOUT_MS = 60 * 60 * 1e3;
var ServiceError = class extends Error {
  constructor(side, problem, output) {
    super(`${SIDE_LABEL[side]}: ${problem}`);
    this.side = side;
    this.problem = problem;
    this.output = output;
  }
  side;
  problem;
  output;
  name = "ServiceError";
};
var substitute = (text, port) => text.replaceAll("{port}", String(port));
var ServiceSession = class {
  constructor(spec, logger) {
    this.spec = spec;
    this.logger = logger;
  }
  spec;
  logger;
  groups = /* @__PURE__ */ new Map();
  running = [];
  building;
  worktree;
  /** where each side was built (profiles name files relative to it) */
  checkouts = /* @__PURE__ */ new Map();
  /** Checks out `sha` beside the workspace (fetching it if the clone is shallow); removed by `close()`. */
  async checkout(repo, sha, path) {
    this.worktree = { repo, path };
    this.logger.info(`perf-gate: checking out the base commit ${sha.slice(0, 12)} in ${path}`);
    await addWorktree(repo, sha, path);
    return path;
  }
  /**
   * Builds (if asked), starts on a free port with `extraEnv` added to its environment (a profiler's
   * NODE_OPTIONS) and waits until ready; throws a ServiceError naming the side.
   */
  async launch(side, checkout, extraEnv = {}) {
    this.checkouts.set(side, checkout);
    await this.build(side, join8(checkout, this.spec.workingDirectory));
    return await this.startSide(side, extraEnv);
  }
  /** The checkout a side was launched from. */
  checkoutOf(side) {
    const checkout = this.checkouts.get(side);
    if (checkout === void 0) throw new Error(`the ${SIDE_LABEL[side]} was never launched`);
    return checkout;
  }
  async build(side, cwd) {
    const label = SIDE_LABEL[side];
    if (this.spec.build !== void 0) {
      this.logger.info(`perf-gate: building the ${label} in ${cwd}: ${this.spec.build}`);
      const build = await runToCompletion(this.spec.build, {
        cwd,
        env: process.env,
        timeoutMs: BUILD_TIMEOUT_MS,
        onStart: (group) => {
          this.building = group;
        }
      });
      this.building = void 0;
      if (!build.ok) throw new ServiceError(side, `the build failed (${build.status})`, build.output);
    }
  }
  async startSide(side, extraEnv) {
    const cwd = join8(this.checkoutOf(side), this.spec.workingDirectory);
    const label = SIDE_LABEL[side];
    const port = await freePort();
    const env = { ...process.env, PORT: String(port) };
    const url = substitute(this.spec.urlTemplate, port).replace(/\/+$/, "");
    const group = startGroup(substitute(this.spec.start, port), { cwd, env: { ...env, ...extraEnv } });
    this.groups.set(side, group);
    this.logger.info(`perf-gate: started the ${label} (pid ${group.pid}) on port ${port}`);
    const ready = this.spec.ready;
    const notReady = await waitReady(
      {
        check: ready.kind === "command" ? { ...ready, command: substitute(ready.command, port) } : ready,
        baseUrl: url,
        cwd,
        env
      },
      this.spec.readyTimeoutSeconds * 1e3,
      () => group.hasExited() ? "the service exited before it was ready" : void 0
    );
    if (notReady !== void 0) {
      const status = group.hasExited() ? ` (${await group.exited})` : "";
      throw new ServiceError(side, `${notReady}${status}`, group.output.text());
    }
    const service = { side, url, pid: group.pid };
    this.running.push(service);
    return service;
  }
  /** Throws a ServiceError when a started service has exited (checked between runs). */
  async assertRunning() {
    for (const [side, group] of this.groups) {
      if (group.hasExited())
        throw new ServiceError(
          side,
          `the service died during the measurement (${await group.exited})`,
          group.output.text()
        );
    }
  }
  /** Pids of the process-group leaders perf-gate started (the load generator's CPU leaves them out). */
  get pids() {
    return [...this.groups.values()].map((g2) => g2.pid);
  }
  /** Stops every process group (SIGTERM, then SIGKILL after a grace period) and removes the worktree. */
  async close() {
    const groups = [...this.groups.values(), ...this.building ? [this.building] : []];
    this.groups.clear();
    this.building = void 0;
    await Promise.all(groups.map((g2) => g2.stop(STOP_GRACE_MS)));
    const worktree = this.worktree;
    this.worktree = void 0;
    if (worktree !== void 0) {
      try {
        await removeWorktree(worktree.repo, worktree.path);
      } catch (error) {
        this.logger.warning(`could not remove the worktree ${worktree.path}: ${error.message}`);
      }
    }
  }
};
async function withServiceSession(spec, logger, fn) {
  const session = new ServiceSession(spec, logger);
  let cancelled;
  const handlers = ["SIGINT", "SIGTERM"].map((signal) => {
    const handler = () => {
      logger.warning(`${signal}: stopping the services perf-gate started and removing the worktree`);
      cancelled ??= session.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    };
    process.once(signal, handler);
    return [signal, handler];
  });
  try {
    return await fn(session);
  } finally {
    for (const [signal, handler] of handlers) process.off(signal, handler);
    if (cancelled !== void 0) {
      await cancelled;
      await new Promise(() => {
      });
    }
    await session.close();
  }
}

// src/action/compare-step.ts
import { availableParallelism } from "node:os";

// src/stats/bottleneck.ts
var MB = 1024 * 1024;
function summarizeResources(runs) {
  if (runs.length === 0 || runs.some((r) => r.service === void 0)) return void 0;
  const services = runs.map((r) => r.service);
  const seconds = services.reduce((a, s) => a + s.seconds, 0);
  if (!(seconds > 0)) return void 0;
  const cpu = services.reduce((a, s) => a + s.cpuSeconds, 0);
  const requests = runs.reduce((a, r) => a + measuredRequests(r).requests, 0);
  const latency = new LatencyHistogram();
  for (const run of runs) for (const series of run.series.values()) latency.merge(series.latency);
  return {
    runSeconds: seconds / runs.length,
    cores: cpu / seconds,
    demand: (cpu + services.reduce((a, s) => a + s.cpuWaitSeconds, 0)) / seconds,
    generatorCores: services.reduce((a, s) => a + s.generatorCpuSeconds, 0) / seconds,
    cpuPerRequestMs: requests > 0 ? cpu * 1e3 / requests : Number.NaN,
    p50Ms: latency.count > 0 ? latency.quantile(0.5) : Number.NaN,
    peakMb: Math.max(...services.map((s) => s.peakRssBytes)) / MB,
    growthMbPerSecond: services.reduce((a, s) => a + s.rssGrowthBytesPerSecond, 0) / services.length / MB
  };
}
var short = (x) => x >= 10 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(2);
var percent = (x) => `${(x * 100).toFixed(0)}%`;
function bottleneckLine(summary, cpuCount) {
  const s = summary;
  if (s.generatorCores >= 0.85)
    return `the load generator used ${short(s.generatorCores)} of a core: it, not the service, may have limited the load`;
  const growth = s.growthMbPerSecond;
  if (growth > 0 && growth * s.runSeconds >= Math.max(8, 0.15 * s.peakMb))
    return `memory growing: RSS +${short(growth)} MB/s over the run (peak ${short(s.peakMb)} MB)`;
  const whole = Math.max(1, Math.ceil(s.demand - 0.25));
  const runnable = s.demand >= 0.75 * whole;
  const waited = s.demand - s.cores >= 0.1 ? `, waiting for a CPU another ${short(s.demand - s.cores)}` : "";
  if (runnable && s.cores >= 0.4 * whole)
    return `CPU-bound: service at ${short(s.cores)} of ${cpuCount} cores${waited}`;
  if (s.cores < 0.5 && s.p50Ms >= 4 * s.cpuPerRequestMs)
    return `waiting: service CPU ${percent(s.cores)} of a core while a request took ${short(s.p50Ms)} ms (P50) for ${short(s.cpuPerRequestMs)} ms of CPU: I/O, locks or a downstream`;
  if (runnable)
    return `short of CPU: service at ${short(s.cores)} of ${cpuCount} cores${waited}: the runner's cores were busy elsewhere`;
  return `no bottleneck in sight: service at ${short(s.cores)} of ${cpuCount} cores, RSS ${short(s.peakMb)} MB at most`;
}

// src/report/context-parts.ts
function thresholdBreaches(runs) {
  const crossed = /* @__PURE__ */ new Map();
  for (const t of runs.flatMap((r) => r.thresholds))
    if (t.crossed === true) crossed.set(t.metric, t.expressions);
  return [...crossed].sort(([a], [b]) => a.localeCompare(b)).map(([metric, expressions]) => ({ metric, expressions }));
}
function seriesNoise(comparison, maxBaselineCv) {
  return comparison.series.flatMap(
    (s) => s.metrics.filter((m) => Number.isFinite(m.baselineCv)).map((m) => ({
      seriesId: s.id,
      metric: m.metric,
      cv: m.baselineCv,
      stable: m.baselineCv <= maxBaselineCv
    }))
  );
}
function serviceSides(sides, cpuCount) {
  return sides.flatMap(({ side, runs }) => {
    const s = summarizeResources(runs);
    if (s === void 0) return [];
    return [
      {
        side,
        cpuPerRequestMs: s.cpuPerRequestMs,
        cores: s.cores,
        cpuCount,
        peakRssMb: s.peakMb,
        rssGrowthMbPerSecond: s.growthMbPerSecond,
        generatorCores: s.generatorCores,
        bottleneck: bottleneckLine(s, cpuCount)
      }
    ];
  });
}

// src/report/snapshot.ts
function snapshotSeries(runs) {
  if (runs.length === 0) throw new Error("snapshotSeries: no runs given");
  return Object.entries(headlineFigures(runs)).map(([id, values]) => {
    const present = runs.flatMap((r) => r.series.get(id) ?? []);
    return { id, key: present[0].key, requests: present.reduce((n, s) => n + s.requests, 0), values };
  });
}

// src/results/validity.ts
function errorRateProblems(runs, maxErrorRate) {
  return runs.flatMap((run, i) => {
    const label = runs.length === 1 ? "the run" : `run ${i + 1}`;
    const { requests, failed } = measuredRequests(run);
    if (requests === 0) return [`${label} made no requests`];
    const rate = failed / requests;
    return rate > maxErrorRate ? [
      `${label} failed ${percent2(rate)} of its requests (${failed} of ${requests}), above max-error-rate ${percent2(maxErrorRate)}`
    ] : [];
  });
}
function nothingSucceeded(runs) {
  return runs.flatMap((run, i) => {
    const label = runs.length === 1 ? "the run" : `run ${i + 1}`;
    const { requests, failed } = measuredRequests(run);
    if (requests === 0) return [`${label} made no requests`];
    return failed >= requests ? [`${label}: all ${requests} requests failed`] : [];
  });
}
function percent2(fraction) {
  return `${Number((fraction * 100).toFixed(2))}%`;
}

// node_modules/simple-statistics/dist/simple-statistics.mjs
var BayesianClassifier = function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
};
BayesianClassifier.prototype.train = function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k in item) {
    var v = item[k];
    if (this.data[category][k] === void 0) {
      this.data[category][k] = {};
    }
    if (this.data[category][k][v] === void 0) {
      this.data[category][k][v] = 0;
    }
    this.data[category][k][v]++;
  }
  this.totalCount++;
};
BayesianClassifier.prototype.score = function score(item) {
  var odds = {};
  var category;
  for (var k in item) {
    var v = item[k];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k]) {
        odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
      } else {
        odds[category][k + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
};
var COEFFICIENTS = [
  0.9999999999999971,
  57.15623566586292,
  -59.59796035547549,
  14.136097974741746,
  -0.4919138160976202,
  3399464998481189e-20,
  4652362892704858e-20,
  -9837447530487956e-20,
  1580887032249125e-19,
  -21026444172410488e-20,
  21743961811521265e-20,
  -1643181065367639e-19,
  8441822398385275e-20,
  -26190838401581408e-21,
  36899182659531625e-22
];
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
function gammaln(n) {
  if (n <= 0) {
    return Number.POSITIVE_INFINITY;
  }
  n--;
  var a = COEFFICIENTS[0];
  for (var i = 1; i < 15; i++) {
    a += COEFFICIENTS[i] / (n + i);
  }
  var tmp = g + 0.5 + n;
  return LOGSQRT2PI + Math.log(a) - tmp + (n + 0.5) * Math.log(tmp);
}
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z2) {
  var sum = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum += tmp;
  }
  return Math.round((0.5 + sum / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
function errorFunction(x) {
  var t = 1 / (1 + 0.5 * Math.abs(x));
  var tau = t * Math.exp(
    -x * x + ((((((((0.17087277 * t - 0.82215223) * t + 1.48851587) * t - 1.13520398) * t + 0.27886807) * t - 0.18628806) * t + 0.09678418) * t + 0.37409196) * t + 1.00002368) * t - 1.26551223
  );
  if (x >= 0) {
    return 1 - tau;
  } else {
    return tau - 1;
  }
}
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var PerceptronModel = function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
};
PerceptronModel.prototype.predict = function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score2 = 0;
  for (var i = 0; i < this.weights.length; i++) {
    score2 += this.weights[i] * features[i];
  }
  score2 += this.bias;
  if (score2 > 0) {
    return 1;
  } else {
    return 0;
  }
};
PerceptronModel.prototype.train = function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i = 0; i < this.weights.length; i++) {
      this.weights[i] += gradient * features[i];
    }
    this.bias += gradient;
  }
  return this;
};

// src/stats/distributions.ts
function normalCdf(x) {
  return 0.5 * (1 + errorFunction(x / Math.SQRT2));
}
var A = [
  -39.69683028665376,
  220.9460984245205,
  -275.9285104469687,
  138.357751867269,
  -30.66479806614716,
  2.506628277459239
];
var B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
var C = [
  -0.007784894002430293,
  -0.3223964580411365,
  -2.400758277161838,
  -2.549732539343734,
  4.374664141464968,
  2.938163982698783
];
var D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
function normalQuantile(p) {
  if (!(p > 0 && p < 1)) {
    if (p === 0) return Number.NEGATIVE_INFINITY;
    if (p === 1) return Number.POSITIVE_INFINITY;
    throw new Error(`normalQuantile: p must be in [0, 1], got ${p}`);
  }
  const low = 0.02425;
  if (p < low) {
    const q2 = Math.sqrt(-2 * Math.log(p));
    return (((((C[0] * q2 + C[1]) * q2 + C[2]) * q2 + C[3]) * q2 + C[4]) * q2 + C[5]) / ((((D[0] * q2 + D[1]) * q2 + D[2]) * q2 + D[3]) * q2 + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
}
function betaContinuedFraction(a, b, x) {
  const tiny = 1e-300;
  const maxIterations = 2e4;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - qab * x / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= maxIterations; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) return h;
  }
  throw new Error(`incomplete beta did not converge (a=${a}, b=${b}, x=${x})`);
}
function regularizedIncompleteBeta(x, a, b) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const logFront = gammaln(a + b) - gammaln(a) - gammaln(b) + a * Math.log(x) + b * Math.log1p(-x);
  const front = Math.exp(logFront);
  if (x < (a + 1) / (a + b + 2)) return front * betaContinuedFraction(a, b, x) / a;
  return 1 - front * betaContinuedFraction(b, a, 1 - x) / b;
}
var NORMAL_DF = 1e6;
function studentTCdf(t, df) {
  if (!(df > 0)) throw new Error(`studentTCdf: degrees of freedom must be > 0, got ${df}`);
  if (df >= NORMAL_DF) return normalCdf(t);
  if (t === 0) return 0.5;
  const tail = 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}
function studentTTwoSidedP(t, df) {
  if (!(df > 0)) throw new Error(`studentTTwoSidedP: degrees of freedom must be > 0, got ${df}`);
  if (df >= NORMAL_DF) return 2 * normalCdf(-Math.abs(t));
  return regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
}
function studentTDensity(t, df) {
  const logC = gammaln((df + 1) / 2) - gammaln(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logC - (df + 1) / 2 * Math.log1p(t * t / df));
}
function studentTQuantile(p, df) {
  if (!(df > 0)) throw new Error(`studentTQuantile: degrees of freedom must be > 0, got ${df}`);
  if (!(p > 0 && p < 1)) {
    if (p === 0) return Number.NEGATIVE_INFINITY;
    if (p === 1) return Number.POSITIVE_INFINITY;
    throw new Error(`studentTQuantile: p must be in [0, 1], got ${p}`);
  }
  if (df >= NORMAL_DF) return normalQuantile(p);
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  if (p === 0.5) return 0;
  let lo = 0;
  let hi = Math.max(1, normalQuantile(p));
  while (studentTCdf(hi, df) < p) {
    lo = hi;
    hi *= 2;
    if (hi > 1e12) return hi;
  }
  let t = Math.min(hi, Math.max(lo, normalQuantile(p)));
  for (let i = 0; i < 200; i++) {
    const f = studentTCdf(t, df) - p;
    if (f < 0) lo = t;
    else hi = t;
    let next = t - f / studentTDensity(t, df);
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - t) <= 1e-12 * Math.max(1, Math.abs(t))) return next;
    t = next;
  }
  return t;
}

// src/stats/holm.ts
function holm(pValues, familyConfidence) {
  const m = pValues.length;
  const alpha = 1 - familyConfidence;
  const order = pValues.map((p, i) => [p, i]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const confidence = new Array(m).fill(1 - alpha / Math.max(1, m));
  const rejected = new Array(m).fill(false);
  for (let step = 0; step < m; step++) {
    const level = alpha / (m - step);
    const [p, index] = order[step];
    if (p <= level) {
      rejected[index] = true;
      confidence[index] = 1 - level;
      continue;
    }
    for (let rest = step; rest < m; rest++) confidence[order[rest][1]] = 1 - level;
    break;
  }
  return { confidence, rejected };
}

// src/stats/outcome.ts
function classify(worseLo, worseHi, tolerance) {
  if (-tolerance < worseLo && worseHi < tolerance) return "no-change";
  if (worseLo > 0 && worseHi >= tolerance) return "regression";
  if (worseHi < 0 && worseLo <= -tolerance) return "improvement";
  return "inconclusive";
}
function runsToDecide(input) {
  const { estimate, tolerance, critical, perRun, fixed } = input;
  const cap = input.cap ?? 100;
  const d = Math.abs(estimate);
  const target = Math.max(d, tolerance - d);
  const room = (target / critical) ** 2 - fixed;
  if (!(room > 0)) return void 0;
  const runs = Math.floor(perRun / room) + 1;
  return runs <= cap ? runs : void 0;
}

// src/stats/slo.ts
function evaluateSlos(candidate, seriesIds, options, priors, warnings) {
  const checks = [];
  for (const spec of options.slos) {
    if (spec.series === "*") for (const id of seriesIds) checks.push({ spec, seriesId: id });
    else if (seriesIds.includes(spec.series)) checks.push({ spec, seriesId: spec.series });
    else
      warnings.push(
        `SLO on '${spec.series}' (${spec.metric}) matches no series of the candidate; not checked`
      );
  }
  const confidence = 1 - (1 - options.familyConfidence) / Math.max(1, checks.length);
  return checks.map(({ spec, seriesId: seriesId2 }) => {
    const metric = METRIC_SPECS[spec.metric];
    const estimate = pooledValue(candidate, seriesId2, spec.metric);
    const runs = candidate.filter((r) => r.series.has(seriesId2));
    const per = runs.map((r) => runSeriesMetrics(r, r.series.get(seriesId2))[spec.metric]);
    const base = { spec, seriesId: seriesId2, estimate, confidence };
    const inconclusive = (reason) => ({
      ...base,
      interval: [Number.NaN, Number.NaN],
      status: "inconclusive",
      reason
    });
    const missing = per.find((m) => m.unavailable !== void 0);
    if (missing) return inconclusive(`no figure: ${missing.unavailable}`);
    if (metric.quantile !== void 0) {
      const needed = requestsNeeded(metric.quantile, options.minRequestsForP99);
      const fewest = Math.min(...per.map((m) => m.requests));
      if (fewest < needed)
        return inconclusive(`too thin: ${fewest} requests per run, a ${metric.label} needs \u2265 ${needed}`);
    }
    const log = metric.scale === "log";
    const unit = unitVariance({
      values: per.map((m) => log ? Math.log(m.value) : m.value),
      within: withinParts(per),
      prior: runToRunPrior(metric, priors)
    });
    if (!unit) return inconclusive("summary-fidelity result with one run: its uncertainty is unknown");
    const half = studentTQuantile(1 - (1 - confidence) / 2, unit.df) * Math.sqrt(unit.variance / per.length);
    const centre = log ? Math.log(estimate) : adjustedErrorRate(runs, seriesId2);
    const interval = log ? [Math.exp(centre - half), Math.exp(centre + half)] : [Math.max(0, centre - half), centre + half];
    const lowerBound = spec.metric === "throughput";
    const [lo, hi] = interval;
    const status = lowerBound ? hi < spec.limit ? "breached" : lo >= spec.limit ? "met" : "inconclusive" : lo > spec.limit ? "breached" : hi <= spec.limit ? "met" : "inconclusive";
    return {
      ...base,
      interval,
      status,
      ...status === "inconclusive" ? {
        reason: `the interval ${formatValue(metric, lo)} \u2026 ${formatValue(metric, hi)} contains the limit ${formatValue(metric, spec.limit)}`
      } : {}
    };
  });
}

// src/stats/verdict.ts
var SEVERITY = { regression: 3, inconclusive: 2, "no-change": 1, improvement: 0 };
function worstOutcome(metrics) {
  const gated = metrics.filter((m) => m.gated);
  if (gated.length === 0) return "inconclusive";
  return gated.reduce(
    (worst, m) => SEVERITY[m.outcome] > SEVERITY[worst] ? m.outcome : worst,
    "improvement"
  );
}
function percent3(confidence) {
  const p = confidence * 100;
  return `${p >= 99.95 ? p.toFixed(2) : p.toFixed(1)}%`;
}
function describe(seriesId2, m) {
  const spec = METRIC_SPECS[m.metric];
  return `${seriesId2}: ${spec.label} ${formatChange(spec, m.change)} (${formatValue(spec, m.baseline)} \u2192 ${formatValue(
    spec,
    m.candidate
  )}; ${percent3(m.confidence)} interval ${formatChange(spec, m.interval[0])} \u2026 ${formatChange(spec, m.interval[1])}, tolerance ${formatChange(spec, m.tolerance).replace("+", "\xB1")})`;
}
function describeSlo(s) {
  const spec = METRIC_SPECS[s.spec.metric];
  const bound = s.spec.metric === "throughput" ? "\u2265" : "<";
  const where = `${s.seriesId}: SLO ${spec.label} ${bound} ${formatValue(spec, s.spec.limit)}`;
  if (s.status === "breached")
    return `${where} breached: ${formatValue(spec, s.estimate)} (interval ${formatValue(spec, s.interval[0])} \u2026 ${formatValue(spec, s.interval[1])})`;
  return `${where} undecided: ${s.reason ?? "the interval contains the limit"}`;
}
function decide(series, slos, unshared) {
  const decided = decideGated(series, slos);
  if (unshared === void 0) return decided;
  return { ...decided, reasons: [unshared, ...decided.reasons.filter((r) => r !== NOTHING_GATED)] };
}
var NOTHING_GATED = "Nothing could be gated: every metric was too thin, not applicable, or without a known uncertainty";
function decideGated(series, slos) {
  const name = seriesNamer(series.map((s) => s.key));
  const gated = series.flatMap((s) => s.metrics.filter((m) => m.gated).map((m) => ({ id: name(s.key), m })));
  const regressions = gated.filter(({ m }) => m.outcome === "regression");
  const breaches = slos.filter((s) => s.status === "breached");
  if (regressions.length > 0 || breaches.length > 0) {
    return {
      verdict: "fail",
      reasons: [
        ...regressions.map(({ id, m }) => `Regression: ${describe(id, m)}`),
        ...breaches.map(describeSlo)
      ]
    };
  }
  const undecided = gated.filter(({ m }) => m.outcome === "inconclusive");
  const openSlos = slos.filter((s) => s.status !== "met");
  if (gated.length === 0 && slos.length === 0) {
    return {
      verdict: "inconclusive",
      reasons: [NOTHING_GATED]
    };
  }
  if (undecided.length > 0 || openSlos.length > 0) {
    return {
      verdict: "inconclusive",
      reasons: [
        ...undecided.map(({ id, m }) => `${id}: ${METRIC_SPECS[m.metric].label}: ${m.reason ?? "undecided"}`),
        ...openSlos.map(describeSlo)
      ]
    };
  }
  const improvements = gated.filter(({ m }) => m.outcome === "improvement");
  const seriesCount = new Set(gated.map(({ id }) => id)).size;
  return {
    verdict: "pass",
    reasons: [
      `No gated metric changed by its tolerance: ${gated.length} metrics on ${seriesCount} series` + (slos.length > 0 ? `, ${slos.length} SLO checks met` : ""),
      ...improvements.map(({ id, m }) => `Improvement: ${describe(id, m)}`)
    ]
  };
}

// src/stats/compare.ts
function sideModel(runs, side) {
  const models = new Set(runs.map((r) => r.loadModel));
  if (models.has("open") && models.has("closed"))
    return { model: "unknown", refused: `the ${side} runs mix open and closed load models` };
  if (models.size === 1) return { model: runs[0].loadModel };
  return { model: "unknown" };
}
function modelSources(runs) {
  return [...new Set(runs.map((r) => r.loadModelSource ?? "unknown"))];
}
function sideTargetRate(runs) {
  return runs.find((r) => r.targetRate !== void 0)?.targetRate;
}
function differs(a, b) {
  return Math.abs(a - b) > 0.01 * Math.max(Math.abs(a), Math.abs(b));
}
function refusal(input, warnings) {
  const b = sideModel(input.baseline, "baseline");
  const c = sideModel(input.candidate, "candidate");
  if (b.refused) return b;
  if (c.refused) return c;
  for (const [side, runs] of [
    ["baseline", input.baseline],
    ["candidate", input.candidate]
  ]) {
    const rates = runs.map((r) => r.targetRate).filter((r) => r !== void 0);
    if (rates.some((r) => differs(r, rates[0])))
      return {
        model: "unknown",
        refused: `the ${side} runs were driven at different target rates (${rates.join(", ")}/s)`
      };
  }
  if (b.model === "open" && c.model === "closed" || b.model === "closed" && c.model === "open")
    return {
      model: "unknown",
      refused: `load models differ: baseline ${b.model}, candidate ${c.model}; an arrival-rate test and a fixed-VU test measure different things`
    };
  const tb = sideTargetRate(input.baseline);
  const tc = sideTargetRate(input.candidate);
  if (tb !== void 0 && tc !== void 0 && differs(tb, tc))
    return { model: "unknown", refused: `target rates differ: baseline ${tb}/s, candidate ${tc}/s` };
  if (b.model !== c.model || b.model === "unknown") {
    warnings.push(
      `load model not known for both sides (baseline ${b.model}, candidate ${c.model}): throughput is reported, not gated`
    );
    return { model: "unknown" };
  }
  return { model: b.model };
}
function seriesSets(input, warnings) {
  const inAll = (runs, id) => runs.every((r) => r.series.has(id));
  const inAny = (runs, id) => runs.some((r) => r.series.has(id));
  const ids = [];
  for (const run of [...input.baseline, ...input.candidate])
    for (const id of run.series.keys()) if (!ids.includes(id)) ids.push(id);
  const compared = [];
  const added = [];
  const removed = [];
  for (const id of ids) {
    const b = inAny(input.baseline, id);
    const c = inAny(input.candidate, id);
    if (b && c && inAll(input.baseline, id) && inAll(input.candidate, id)) compared.push(id);
    else if (b && c) warnings.push(`series '${id}' is missing from some runs of one side: not compared`);
    else if (c) added.push(id);
    else removed.push(id);
  }
  return { compared, added, removed };
}
function noSharedSeries(input) {
  const keysOf = (runs) => {
    const keys = /* @__PURE__ */ new Map();
    for (const run of runs) for (const s of run.series.values()) keys.set(s.id, s.key);
    return [...keys.values()];
  };
  const baseline = keysOf(input.baseline);
  const candidate = keysOf(input.candidate);
  const name = seriesNamer([...baseline, ...candidate]);
  const few = (keys) => `${keys.slice(0, SHOWN_NAMES).map((k) => `'${name(k)}'`).join(", ")}${keys.length > SHOWN_NAMES ? ` and ${keys.length - SHOWN_NAMES} more` : ""}`;
  return `The baseline and the PR share no series, so nothing was compared: the baseline has ${few(baseline)}; the PR has ${few(candidate)}. Series match by scenario, group, method and name (a URL counts from after its target: set target-url / --target-url when the load went to another host or base path)`;
}
var SHOWN_NAMES = 3;
function pValue(e) {
  const v = e.variance;
  if (v.variance === 0) return e.center === 0 ? 1 : 0;
  return studentTTwoSidedP(e.center / Math.sqrt(v.variance), v.df);
}
function intervalAt(e, confidence) {
  const v = e.variance;
  const critical = v ? studentTQuantile(1 - (1 - confidence) / 2, v.df) : Number.NaN;
  const half = v ? critical * Math.sqrt(v.variance) : Number.NaN;
  const interval = [toChange(e.spec, e.center - half), toChange(e.spec, e.center + half)];
  const worse = e.spec.worse === 1 ? interval : [-interval[1], -interval[0]];
  return { critical, half, interval, worse, confidence };
}
function toMetricComparison(e, confidence, familyConfidence, p) {
  const spec = e.spec;
  const adjusted = intervalAt(e, confidence);
  const plain = intervalAt(e, Math.min(confidence, familyConfidence));
  const unchanged = e.testable && classify(plain.worse[0], plain.worse[1], e.tolerance) === "no-change";
  const shown = unchanged ? plain : adjusted;
  const { critical } = adjusted;
  const comparison = {
    metric: spec.name,
    unit: spec.unit,
    baseline: e.baseline,
    candidate: e.candidate,
    change: e.change,
    changeKind: spec.changeKind,
    interval: shown.interval,
    confidence: shown.confidence,
    tolerance: e.tolerance,
    outcome: "inconclusive",
    gated: e.gated,
    sampleSize: e.sampleSize,
    baselineCv: e.baselineCv,
    noiseFloor: toChange(spec, adjusted.half),
    ...p !== void 0 ? { pValue: p } : {},
    ...e.reason !== void 0 ? { reason: e.reason } : {}
  };
  if (!e.testable) return comparison;
  comparison.outcome = unchanged ? "no-change" : classify(adjusted.worse[0], adjusted.worse[1], e.tolerance);
  if (comparison.outcome === "inconclusive") {
    const runs = runsToDecide({
      estimate: e.center,
      tolerance: spec.scale === "log" ? Math.log1p(e.tolerance) : e.tolerance,
      critical,
      perRun: e.perRun,
      fixed: e.fixed
    });
    const tolerance = formatChange(spec, e.tolerance).replace("+", "");
    const base = `the interval neither rules out a ${tolerance} change nor shows a significant one`;
    if (runs !== void 0) {
      comparison.runsToDecide = runs;
      comparison.reason = `${base}; about ${runs} runs a side would likely decide it`;
    } else {
      comparison.reason = e.fixed > 0 ? `${base}; more repeats cannot decide it, the between-job noise alone is wider: measure base and PR in the same job` : `${base}; it would take more than 100 runs a side`;
    }
  }
  return comparison;
}
function pairRatios(input, compared) {
  return input.candidate.map((run, i) => {
    const base = input.baseline[i];
    const logs = compared.map((id) => {
      const c = runSeriesMetrics(run, run.series.get(id)).p50.value;
      const b = runSeriesMetrics(base, base.series.get(id)).p50.value;
      return Math.log(c / b);
    }).filter(Number.isFinite);
    return logs.length > 0 ? Math.exp(logs.reduce((a, v) => a + v, 0) / logs.length) : Number.NaN;
  });
}
function openModelInfo(input) {
  const side = (runs) => {
    const seconds = runs.reduce((a, r) => a + (r.endMs - r.startMs) / 1e3, 0);
    const iterations = runs.reduce((a, r) => a + r.totals.iterations, 0);
    return {
      dropped: runs.reduce((a, r) => a + r.totals.droppedIterations, 0),
      rate: seconds > 0 ? iterations / seconds : Number.NaN
    };
  };
  const b = side(input.baseline);
  const c = side(input.candidate);
  const target = sideTargetRate(input.baseline) ?? sideTargetRate(input.candidate);
  return {
    droppedIterations: { baseline: b.dropped, candidate: c.dropped },
    achievedRate: { baseline: b.rate, candidate: c.rate },
    ...target !== void 0 ? { targetRate: target } : {}
  };
}
function compareRuns(input, options) {
  if (input.baseline.length === 0) throw new Error("compareRuns: the baseline has no runs");
  if (input.candidate.length === 0) throw new Error("compareRuns: the candidate has no runs");
  const priors = options.priors ?? defaultNoisePriors;
  const warnings = overriddenModelNotes([...input.baseline, ...input.candidate]);
  const { model, refused } = refusal(input, warnings);
  const skeleton = {
    design: input.design,
    seed: options.seed,
    familyConfidence: options.familyConfidence,
    correction: "holm",
    loadModel: model,
    loadModelSource: { baseline: modelSources(input.baseline), candidate: modelSources(input.candidate) },
    runs: { baseline: input.baseline.length, candidate: input.candidate.length }
  };
  if (refused !== void 0) {
    return {
      ...skeleton,
      refused,
      series: [],
      added: [],
      removed: [],
      slos: [],
      verdict: "inconclusive",
      reasons: [`Not compared: ${refused}`],
      warnings
    };
  }
  const { compared, added, removed } = seriesSets(input, warnings);
  const sides = model === "closed" ? withScenarioTotals(input, compared) : { ...input, ids: [] };
  const paired = input.design === "same-job" && input.baseline.length === input.candidate.length;
  if (input.design === "same-job" && !paired)
    warnings.push(
      `same-job design with ${input.baseline.length} baseline and ${input.candidate.length} candidate runs: not pairs, analysed as two groups`
    );
  if ([...input.baseline, ...input.candidate].some((r) => r.fidelity === "summary"))
    warnings.push(
      "summary-fidelity results (no distribution, no per-second data): within-run uncertainty is unknown, intervals rest on the spread of repeats"
    );
  const betweenJob = input.design === "cached" ? betweenJobVariance(input.history, priors) : void 0;
  if (betweenJob?.source === "prior")
    warnings.push(
      `cached baseline with ${betweenJob.historySize} past baselines (fewer than ${priors.minHistory}): between-job noise assumed at ${(priors.betweenJobCv * 100).toFixed(0)}% CV`
    );
  const ctx = {
    baseline: sides.baseline,
    candidate: sides.candidate,
    paired,
    loadModel: model,
    options,
    priors,
    ...betweenJob ? { betweenJob } : {}
  };
  const requests = [...compared, ...sides.ids];
  const estimates = requests.map(
    (id) => (sides.ids.includes(id) ? ["throughput"] : SERIES_METRICS).map(
      (metric) => estimateMetric(ctx, id, metric)
    )
  );
  const service = resourceEstimates(ctx);
  const judged = service.length > 0 ? [...requests, SERVICE_SERIES_ID] : requests;
  if (service.length > 0) estimates.push(service);
  const testable = estimates.flat().filter((e) => e.testable);
  const pValues = testable.map(pValue);
  const adjusted = holm(pValues, options.familyConfidence);
  const untested = 1 - (1 - options.familyConfidence) / Math.max(1, testable.length);
  const series = judged.map((id, i) => {
    const metrics = estimates[i].map((e) => {
      const k = testable.indexOf(e);
      return k >= 0 ? toMetricComparison(e, adjusted.confidence[k], options.familyConfidence, pValues[k]) : toMetricComparison(e, untested, options.familyConfidence, void 0);
    });
    const key = id === SERVICE_SERIES_ID ? SERVICE_KEY : (sides.baseline[0].series.get(id) ?? sides.candidate[0].series.get(id)).key;
    return { id, key, metrics, outcome: worstOutcome(metrics) };
  });
  const candidateIds = [...compared, ...added].filter((id) => input.candidate.every((r) => r.series.has(id)));
  const slos = evaluateSlos(input.candidate, candidateIds, options, priors, warnings);
  const { verdict, reasons } = decide(
    series,
    slos,
    compared.length === 0 ? noSharedSeries(input) : void 0
  );
  const comparison = { ...skeleton, series, added, removed, slos, verdict, reasons, warnings };
  if (model === "open") {
    comparison.openModel = openModelInfo(input);
    const { droppedIterations } = comparison.openModel;
    if (droppedIterations.candidate > droppedIterations.baseline)
      warnings.push(
        `the candidate dropped ${droppedIterations.candidate} iterations (baseline ${droppedIterations.baseline}): it did not keep up with the arrival rate`
      );
  }
  if (betweenJob) {
    const cvByMetric = {};
    for (const metric of METRIC_NAMES) {
      const v = betweenJob.perMetric[metric].variance;
      cvByMetric[metric] = METRIC_SPECS[metric].scale === "log" ? cvFromLogVariance(v) : Math.sqrt(v);
    }
    comparison.betweenJob = {
      source: betweenJob.source,
      cv: cvByMetric.p50,
      historySize: betweenJob.historySize,
      cvByMetric
    };
  }
  if (paired) {
    const orders = input.pairOrders ?? [];
    if (input.pairOrders && orders.length !== input.candidate.length)
      warnings.push(`${orders.length} pair orders recorded for ${input.candidate.length} pairs`);
    const pairs = {
      ratios: pairRatios(input, compared),
      orders: [...orders],
      metric: "P50, geometric mean over series"
    };
    comparison.pairs = pairs;
  }
  return comparison;
}

// src/action/compare-step.ts
function servicesOf(step, sides) {
  return serviceSides(sides, step.measurement.cpu?.cpuCount ?? availableParallelism());
}
function seriesKeys(runs) {
  return [...new Map(runs.flatMap((r) => [...r.series.values()].map((s) => [s.id, s.key]))).values()];
}
function optionsFor(settings, runs, deps) {
  const { options, warnings } = gateOptionsFor(settings, seriesKeys(runs));
  for (const w of warnings) deps.logger.warning(w);
  return options;
}
function refuse(comparison, reason) {
  return {
    ...comparison,
    refused: reason,
    series: [],
    added: [],
    removed: [],
    slos: [],
    verdict: "inconclusive",
    reasons: [`Not compared: ${reason}`]
  };
}
var InvalidSideError = class extends Error {
  name = "InvalidSideError";
};
var BUILDS = { baseline: "the base build", candidate: "the PR build" };
function assertValidSides(baseline, candidate, maxErrorRate, names = BUILDS) {
  const sides = [
    { name: names.baseline, problems: errorRateProblems(baseline, maxErrorRate) },
    { name: names.candidate, problems: nothingSucceeded(candidate) }
  ];
  for (const { name, problems } of sides) {
    if (problems.length === 0) continue;
    throw new InvalidSideError(
      `${name} is not a valid measurement, so nothing was compared: ${problems.join("; ")}. Check that it was built and started correctly and answers the script's requests.`
    );
  }
}
function applyErrorRatePolicy(comparison, baseline, candidate, maxErrorRate, names = BUILDS) {
  const ofBaseline = errorRateProblems(baseline, maxErrorRate);
  const ofCandidate = errorRateProblems(candidate, maxErrorRate);
  const warnings = [
    ...ofBaseline.map((p) => `${names.baseline}: ${p}: it is not a valid baseline`),
    ...ofCandidate.map((p) => `${names.candidate}: ${p}`)
  ];
  const judged = ofBaseline.length > 0 ? refuse(comparison, `${names.baseline} is not a valid baseline: ${ofBaseline.join("; ")}`) : comparison;
  return { ...judged, warnings: [...judged.warnings, ...warnings] };
}
function applyEnvironmentPolicy(comparison, comparability, strict) {
  if (!strict || !comparability.environmentDiffers || comparison.verdict === "inconclusive")
    return comparison;
  return {
    ...comparison,
    verdict: "inconclusive",
    reasons: [
      `strict-environment: the baseline was measured on a different environment, so a ${comparison.verdict} cannot be trusted`,
      ...comparison.reasons
    ]
  };
}
function noBaselineOf(restored) {
  switch (restored.status) {
    case "missing":
      return { reason: restored.cause === "not-found" ? "evicted" : "first-run", detail: restored.reason };
    case "unavailable":
      return { reason: "cache-unavailable", detail: restored.reason };
    case "unreadable":
      return { reason: "unreadable", detail: restored.reason };
  }
}
function judgeSameJob(step, settings, deps, base) {
  const baseline = step.measurement.baseline;
  const candidate = step.measurement.candidate;
  assertValidSides(baseline, candidate, settings.maxErrorRate);
  const options = optionsFor(settings, candidate, deps);
  const comparison = compareRuns(
    {
      baseline,
      candidate,
      design: "same-job",
      pairOrders: step.measurement.orders
    },
    options
  );
  comparison.warnings.push(...step.measurement.generatorWarnings);
  return {
    comparison: applyErrorRatePolicy(comparison, baseline, candidate, settings.maxErrorRate),
    baseline: { ...base, timeMs: deps.now(), source: "same-job" },
    environment: { differences: [], strict: false },
    thresholdBreaches: { baseline: thresholdBreaches(baseline), candidate: thresholdBreaches(candidate) },
    noise: seriesNoise(comparison, options.maxBaselineCv),
    services: servicesOf(step, [
      { side: "base build", runs: baseline },
      { side: "PR build", runs: candidate }
    ])
  };
}
function judgeAgainstArtifact(step, restored, settings, deps) {
  const candidate = step.measurement.candidate;
  const breaches = { baseline: [], candidate: thresholdBreaches(candidate) };
  if (restored.status !== "found") {
    return {
      judgement: {
        noBaseline: noBaselineOf(restored),
        candidateSnapshot: snapshotSeries(candidate),
        snapshotWarnings: step.measurement.generatorWarnings,
        environment: { differences: [], strict: settings.strictEnvironment },
        thresholdBreaches: breaches,
        noise: [],
        services: servicesOf(step, [{ side: "PR build", runs: candidate }])
      }
    };
  }
  const artifact = restored.artifact;
  const current = measurementIdentity({
    runs: candidate,
    scriptHash: step.measurer.scriptHash,
    environment: deps.environment,
    perfGateVersion: deps.version
  });
  const comparability = compareIdentities(artifact, current);
  const options = optionsFor(settings, candidate, deps);
  let comparison = compareRuns(
    { baseline: artifact.runs, candidate, design: "cached", history: artifact.history },
    options
  );
  if (comparability.incomparable) {
    comparison = refuse(comparison, incomparableText(comparability));
  }
  comparison = applyErrorRatePolicy(comparison, artifact.runs, candidate, settings.maxErrorRate);
  comparison = applyEnvironmentPolicy(comparison, comparability, settings.strictEnvironment);
  comparison.warnings.push(...step.measurement.generatorWarnings);
  const judgement = {
    comparison,
    baseline: {
      commit: artifact.commit,
      ref: artifact.branch,
      timeMs: artifact.timeMs,
      source: restored.exact ? "cache exact" : "cache newest of branch"
    },
    environment: {
      differences: comparability.differences.filter((d) => d.effect !== "incomparable").map((d) => d.text),
      strict: settings.strictEnvironment
    },
    thresholdBreaches: { baseline: thresholdBreaches(artifact.runs), candidate: breaches.candidate },
    noise: seriesNoise(comparison, options.maxBaselineCv),
    services: servicesOf(step, [{ side: "PR build", runs: candidate }])
  };
  return { judgement, comparability };
}

// src/action/saved-report.ts
import { readFile as readFile6, stat as stat2 } from "node:fs/promises";
import { join as join9 } from "node:path";

// src/report/context.ts
function assertRenderable(ctx) {
  const has = (ctx.comparison ? 1 : 0) + (ctx.noBaseline ? 1 : 0);
  if (has !== 1) {
    throw new Error(
      `ReportContext for scenario '${ctx.scenario.id}': exactly one of 'comparison' and 'noBaseline' must be set (got ${has === 0 ? "neither" : "both"})`
    );
  }
  if (!Number.isFinite(ctx.nowMs))
    throw new Error(`ReportContext.nowMs must be a finite epoch ms, got ${ctx.nowMs}`);
  for (const [field, url] of [
    ["runUrl", ctx.runUrl],
    ["permissions.docsUrl", ctx.permissions?.docsUrl],
    ["measuredByPullRequest.runUrl", ctx.measuredByPullRequest?.runUrl],
    ["profile.artifactUrl", ctx.profile?.artifactUrl]
  ]) {
    if (url !== void 0 && !/^https?:\/\/[^\s<>()[\]"'`]+$/.test(url)) {
      throw new Error(
        `ReportContext.${field} must be an http(s) URL without spaces, brackets or quotes, got '${url}'`
      );
    }
  }
}

// src/action/saved-report.ts
var SAVED_REPORT_SCHEMA = 2;
var SAVED_REPORT_FILE = "perf-gate-report.json";
function measuredRunsOf(measurement, identity) {
  const { candidate, baseline, orders } = measurement;
  return {
    candidate,
    ...baseline ? { baseline } : {},
    ...orders ? { orders } : {},
    ...identity
  };
}
function savedReportJson(context, measured) {
  const { secrets, ...rest } = context;
  const file = { schema: SAVED_REPORT_SCHEMA, context: rest };
  if (measured !== void 0) {
    const { candidate, baseline, ...identity } = measured;
    file.measured = {
      ...identity,
      candidate: candidate.map(serializeRun),
      ...baseline ? { baseline: baseline.map(serializeRun) } : {}
    };
  }
  const text = JSON.stringify(
    file,
    (_key, value) => typeof value === "string" ? maskSecrets(value, secrets) : value
  );
  return `${maskLiterals(text, secrets)}
`;
}
var SavedReportError = class extends Error {
  name = "SavedReportError";
};
async function readSavedReport(fileOrDir) {
  const path = await isDirectory(fileOrDir) ? join9(fileOrDir, SAVED_REPORT_FILE) : fileOrDir;
  let data;
  try {
    data = JSON.parse(await readFile6(path, "utf8"));
  } catch (error) {
    const code = error.code;
    throw new SavedReportError(
      code === "ENOENT" ? `mode report: ${path} does not exist; download the report directory the measuring workflow uploaded (see docs/fork-prs.md)` : `mode report: ${path} is not a perf-gate report: ${error.message}`
    );
  }
  const saved = data;
  if (typeof saved !== "object" || saved === null || saved.schema !== SAVED_REPORT_SCHEMA) {
    throw new SavedReportError(
      `mode report: ${path} has schema ${JSON.stringify(saved?.schema)}, this perf-gate reads schema ${SAVED_REPORT_SCHEMA} (use the same perf-gate version in both workflows)`
    );
  }
  if (typeof saved.context !== "object" || saved.context === null) {
    throw new SavedReportError(`mode report: ${path} lacks its context`);
  }
  const missing = missingFields(saved.context);
  if (missing.length > 0) {
    throw new SavedReportError(
      `${path} is damaged: ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} missing or of the wrong type (save it again with the same perf-gate version)`
    );
  }
  const context = { ...saved.context, secrets: [] };
  try {
    assertRenderable(context);
  } catch (error) {
    throw new SavedReportError(`${path} is damaged: ${error.message}`);
  }
  const report = { schema: SAVED_REPORT_SCHEMA, context };
  if (saved.measured !== void 0) report.measured = measuredIn(saved.measured, path);
  return report;
}
var REQUIRED_FIELDS = [
  ["scenario.id", "string"],
  ["scenario.name", "string"],
  ["candidate.commit", "string"],
  ["nowMs", "number"],
  ["version", "string"],
  ["environment.differences", "array"],
  ["thresholdBreaches.baseline", "array"],
  ["thresholdBreaches.candidate", "array"],
  ["noise", "array"]
];
var COMPARISON_FIELDS = [
  ["comparison.verdict", "string"],
  ["comparison.design", "string"],
  ["comparison.loadModel", "string"],
  ["comparison.runs.baseline", "number"],
  ["comparison.runs.candidate", "number"],
  ["comparison.series", "array"],
  ["comparison.added", "array"],
  ["comparison.removed", "array"],
  ["comparison.slos", "array"],
  ["comparison.reasons", "array"],
  ["comparison.warnings", "array"]
];
function missingFields(context) {
  const at = (path) => path.split(".").reduce(
    (o, key) => typeof o === "object" && o !== null ? o[key] : void 0,
    context
  );
  const fits2 = (value, kind) => kind === "array" ? Array.isArray(value) : typeof value === kind;
  const fields = "comparison" in context ? [...REQUIRED_FIELDS, ...COMPARISON_FIELDS] : REQUIRED_FIELDS;
  return fields.filter(([path, kind]) => !fits2(at(path), kind)).map(([path]) => path);
}
function measuredIn(raw, path) {
  const m = raw;
  const bad = (what) => {
    throw new SavedReportError(`mode report: ${path}: measured.${what}`);
  };
  if (typeof m !== "object" || m === null) return bad("is not an object");
  if (!Array.isArray(m.candidate) || m.candidate.length === 0) return bad("candidate holds no runs");
  if (m.baseline !== void 0 && !Array.isArray(m.baseline)) bad("baseline is not a list of runs");
  if (typeof m.scriptHash !== "string") bad("scriptHash is missing");
  if (typeof m.environment !== "object" || m.environment === null) bad("environment is missing");
  if (m.orders !== void 0 && !(Array.isArray(m.orders) && m.orders.every((o) => o === "AB" || o === "BA")))
    bad("orders must be a list of AB / BA");
  const runs = (list, side) => list.map((r, i) => {
    try {
      return deserializeRun(r);
    } catch (error) {
      return bad(`${side}[${i}]: ${error.message}`);
    }
  });
  return {
    candidate: runs(m.candidate, "candidate"),
    ...m.baseline ? { baseline: runs(m.baseline, "baseline") } : {},
    ...m.orders ? { orders: m.orders } : {},
    scriptHash: m.scriptHash,
    environment: m.environment
  };
}
async function isDirectory(path) {
  try {
    return (await stat2(path)).isDirectory();
  } catch {
    return false;
  }
}

// src/action/profile-step.ts
import { mkdir as mkdir4, readFile as readFile8, stat as stat3, writeFile as writeFile2 } from "node:fs/promises";
import { join as join11 } from "node:path";

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

// src/profile/model.ts
function functionKey(frame) {
  return frame.file === "" ? frame.name : `${frame.name} ${frame.file}:${frame.line}`;
}
var ProfileFormatError = class extends Error {
  constructor(source, problem) {
    super(`${source}: ${problem}`);
    this.name = "ProfileFormatError";
  }
};

// src/profile/diff.ts
var isRuntime = (f) => f.file === "" || f.file.startsWith("node:");
function selfFrame(frames) {
  for (let i = frames.length - 1; i >= 0; i--) if (!isRuntime(frames[i])) return frames[i];
  return frames[frames.length - 1];
}
function timesPerRequest(side) {
  if (!(side.requests > 0))
    throw new Error(`${side.profile.source}: the request count must be positive to normalise per request`);
  const out = /* @__PURE__ */ new Map();
  const entry = (frame) => {
    const key = functionKey(frame);
    let e = out.get(key);
    if (!e) {
      e = { frame, time: { self: 0, total: 0 } };
      out.set(key, e);
    }
    return e;
  };
  for (const stack of side.profile.stacks) {
    const share = stack.seconds / side.requests;
    const leaf = selfFrame(stack.frames);
    if (leaf) entry(leaf).time.self += share;
    const seen = /* @__PURE__ */ new Set();
    for (const f of stack.frames) {
      const key = functionKey(f);
      if (seen.has(key)) continue;
      seen.add(key);
      entry(f).time.total += share;
    }
  }
  return out;
}
function diffProfiles(base, pr) {
  const b = timesPerRequest(base);
  const p = timesPerRequest(pr);
  const zero = { self: 0, total: 0 };
  const changes = [.../* @__PURE__ */ new Set([...b.keys(), ...p.keys()])].map((key) => {
    const bt = b.get(key)?.time ?? zero;
    const pt = p.get(key)?.time ?? zero;
    return {
      frame: (p.get(key) ?? b.get(key))?.frame,
      key,
      base: bt,
      pr: pt,
      selfChange: pt.self - bt.self,
      totalChange: pt.total - bt.total
    };
  });
  changes.sort((x, y) => y.selfChange - x.selfChange || x.key.localeCompare(y.key));
  return { changes };
}
function measureNoise(first, second) {
  let worst;
  for (const c of diffProfiles(first, second).changes)
    if (!worst || Math.abs(c.selfChange) > Math.abs(worst.selfChange)) worst = c;
  const selfPerRequest = Math.abs(worst?.selfChange ?? 0);
  return {
    selfPerRequest,
    key: worst?.key ?? "",
    statement: `Two profiles of the same build moved no function's self time by more than ${formatSeconds(selfPerRequest)} per request; smaller changes are noise.`
  };
}
function formatSeconds(seconds) {
  const abs = Math.abs(seconds);
  if (abs >= 1) return `${seconds.toPrecision(3)} s`;
  if (abs >= 1e-3) return `${(seconds * 1e3).toPrecision(3)} ms`;
  return `${(seconds * 1e6).toPrecision(3)} \xB5s`;
}

// src/posting/limits.ts
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
function truncate(s, max) {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function oneLine(text) {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
function checkRunTitle(title) {
  return truncate(oneLine(title), CHECK_RUN_TITLE_MAX_CHARS);
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

// src/profile/flame.ts
var WIDTH = 1200;
var ROW = 17;
var MIN_PIXELS = 0.5;
function addStacks(root, side, which) {
  for (const stack of side.profile.stacks) {
    const share = stack.seconds / side.requests;
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

// src/profile/node-profiler.ts
import { mkdir as mkdir3, readdir, writeFile } from "node:fs/promises";
import { join as join10 } from "node:path";
var PRELOAD = `'use strict';
(() => {
  const dir = process.env.PERF_GATE_PROFILE_DIR;
  if (!dir) return;
  const { Session } = require('node:inspector');
  const fs = require('node:fs');
  const { join } = require('node:path');
  const session = new Session();
  let state = 'idle';
  let heap = false;
  const start = () => {
    if (state !== 'idle') return;
    state = 'profiling';
    heap = fs.readFileSync(join(dir, 'start'), 'utf8').includes('heap');
    session.connect();
    session.post('Profiler.enable');
    session.post('Profiler.setSamplingInterval', { interval: 1000 });
    session.post('Profiler.start');
    if (heap) {
      session.post('HeapProfiler.enable');
      session.post('HeapProfiler.startSampling', { samplingInterval: 32768 });
    }
    fs.writeFileSync(join(dir, process.pid + '.started'), '');
  };
  const stop = () => {
    if (state !== 'profiling') return;
    state = 'done';
    if (heap)
      session.post('HeapProfiler.stopSampling', (error, result) => {
        if (!error) fs.writeFileSync(join(dir, process.pid + '.heapprofile'), JSON.stringify(result.profile));
      });
    session.post('Profiler.stop', (error, result) => {
      if (!error) fs.writeFileSync(join(dir, process.pid + '.cpuprofile'), JSON.stringify(result.profile));
    });
  };
  fs.watch(dir, (_event, name) => {
    try {
      if (name === 'start') start();
      else if (name === 'stop') stop();
    } catch {}
  })
    .on('error', () => {})
    .unref();
  process.on('exit', stop);
  fs.writeFileSync(join(dir, process.pid + '.loaded'), '');
})();
`;
async function nodeProfilerEnv(dir, nodeOptions) {
  await mkdir3(dir, { recursive: true });
  const preload = join10(dir, "..", "perf-gate-profile.cjs");
  await writeFile(preload, PRELOAD);
  const own = `--require "${preload.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
  return {
    NODE_OPTIONS: nodeOptions?.trim() ? `${nodeOptions.trim()} ${own}` : own,
    PERF_GATE_PROFILE_DIR: dir
  };
}
var sleep = (ms) => new Promise((resolve2) => setTimeout(resolve2, ms));
async function pidsWith(dir, suffix) {
  const names = await readdir(dir).catch(() => []);
  return names.filter((n) => n.endsWith(`.${suffix}`)).map((n) => Number(n.slice(0, -suffix.length - 1))).sort((a, b) => a - b);
}
var ANSWER_MS = 1e4;
async function waitFor(dir, pids, suffix) {
  const deadline = Date.now() + ANSWER_MS;
  for (; ; ) {
    const done = await pidsWith(dir, suffix);
    if (pids.every((p) => done.includes(p)) || Date.now() >= deadline)
      return pids.filter((p) => done.includes(p));
    await sleep(20);
  }
}
async function startNodeProfiling(dir, heap) {
  const loaded = await pidsWith(dir, "loaded");
  if (loaded.length === 0) return [];
  await writeFile(join10(dir, "start"), heap ? "cpu heap" : "cpu");
  return await waitFor(dir, loaded, "started");
}
async function stopNodeProfiling(dir, pids) {
  await writeFile(join10(dir, "stop"), "");
  const cpu = await waitFor(dir, pids, "cpuprofile");
  const heap = await pidsWith(dir, "heapprofile");
  return {
    cpu: cpu.map((p) => join10(dir, `${p}.cpuprofile`)),
    heap: heap.map((p) => join10(dir, `${p}.heapprofile`))
  };
}

// src/profile/read.ts
import { readFile as readFile7 } from "node:fs/promises";
import { basename as basename2 } from "node:path";
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
    stacks.push({ frames: line.slice(0, space).split(";").map(parseFrame), seconds: count * sampleSeconds });
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
    stacks.push({ frames, seconds: value * pick.scale });
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
    return { frames: stack.map(frameAt), seconds: w * scale };
  });
}
function evented({ raw, scale, frameAt, source, n }) {
  const { events } = raw;
  if (!Array.isArray(events)) throw new ProfileFormatError(source, `evented profile ${n} has no events`);
  const open2 = [];
  const stacks = [];
  let last;
  for (const [i, e] of events.entries()) {
    const { type, at, frame } = e;
    if (typeof at !== "number" || last !== void 0 && at < last)
      throw new ProfileFormatError(source, `event ${i} of profile ${n} has no time or goes back in time`);
    if (last !== void 0 && at > last && open2.length > 0)
      stacks.push({ frames: [...open2], seconds: (at - last) * scale });
    last = at;
    if (type === "O") open2.push(frameAt(frame));
    else if (type === "C") {
      if (open2.pop() !== frameAt(frame))
        throw new ProfileFormatError(
          source,
          `event ${i} of profile ${n} closes a frame that is not the innermost open one`
        );
    } else throw new ProfileFormatError(source, `event ${i} of profile ${n} is neither O nor C`);
  }
  if (open2.length > 0)
    throw new ProfileFormatError(source, `profile ${n} ends with ${open2.length} frames still open`);
  return stacks;
}

// src/profile/v8.ts
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
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === "(root)") break;
      frames.push({
        name: functionName || "(anonymous)",
        file: url,
        line: lineNumber < 0 ? 0 : lineNumber + 1
      });
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
    stacks.push({ frames, seconds: micros2 / 1e6 });
  }
  return { source, stacks };
}

// src/profile/read.ts
async function readProfile(path, options = {}) {
  const source = basename2(path);
  let bytes;
  try {
    bytes = await readFile7(path);
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
import { isAbsolute, relative as relative2, sep } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
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
      seconds: st.seconds,
      frames: st.frames.map((f) => ({ ...f, file: file(f.file) }))
    }))
  };
}
function scrubUrl(url, root) {
  const path = url.startsWith("file://") ? fileURLToPath2(url) : url;
  if (!isAbsolute(path)) return url;
  const rel = relative2(root, path);
  if (!rel.startsWith("..") && !isAbsolute(rel)) return rel.split(sep).join("/");
  return `\u2026/${path.split(sep).slice(-2).join("/")}`;
}

// src/profile/table.ts
var WHERE_ROWS = 5;
var NOISE_UNKNOWN = "The noise of this diff was not measured (only V8 profiles can be split into two halves of one run).";
var signed = (s) => `${s > 0 ? "+" : s < 0 ? "\u2212" : "\xB1"}${formatSeconds(Math.abs(s))}`;
function row(c, noise) {
  const where = c.frame.file === "" ? "" : ` <sub>${escapeMarkdown(`${c.frame.file}:${c.frame.line}`)}</sub>`;
  const withinNoise = noise && Math.abs(c.selfChange) <= noise.selfPerRequest ? " (noise)" : "";
  return `| <code>${escapeMarkdown(c.frame.name)}</code>${where} | ${formatSeconds(c.base.self)} \u2192 ${formatSeconds(c.pr.self)} | ${signed(c.selfChange)}${withinNoise} |`;
}
function renderWhereTheTimeWent(diff, noise) {
  const top = diff.changes.filter((c) => c.selfChange > 0).slice(0, WHERE_ROWS);
  const lines = ["#### Where the time went", ""];
  if (top.length === 0) lines.push("No function spent more time per request in the PR.");
  else
    lines.push(
      "| Function | Self time per request, base \u2192 PR | Change |",
      "|---|---|---|",
      ...top.map((c) => row(c, noise))
    );
  lines.push("", escapeMarkdown(noise?.statement ?? NOISE_UNKNOWN));
  return `${lines.join("\n")}
`;
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
  const total = profile.stacks.reduce((sum, s) => sum + s.seconds, 0);
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
        weights: profile.stacks.map((s) => s.seconds)
      }
    ],
    exporter: "perf-gate"
  };
}

// src/action/profile-step.ts
var NOISE_SLICE_SECONDS = 0.2;
var DIFF_JSON_ROWS = 50;
async function profilePair(measurer, services, measurement, settings, logger) {
  const started = performance.now();
  const warnings = [];
  const summary = (rest) => ({
    reason: settings.reason,
    top: [],
    files: [],
    warnings,
    seconds: (performance.now() - started) / 1e3,
    ...rest
  });
  await mkdir4(settings.dir, { recursive: true });
  const runSeconds = Math.max(1, Math.ceil(typicalRunSeconds(measurement) + measurer.warmupSeconds));
  const order = settings.random() < 0.5 ? ["base", "pr"] : ["pr", "base"];
  logger.info(
    `perf-gate: profiling (${settings.reason}): one more pair (${order.join(", ")}) with ${settings.command === void 0 ? "the built-in Node profiler" : "profile-command"}; it does not change the verdict`
  );
  const runs = {};
  const read = {};
  for (const side of order) {
    const profiler = await startProfiler(side, services[side], runSeconds, settings);
    runs[side] = await measurer.run({
      targetUrl: services[side].url,
      index: measurement.candidate.length + 1,
      total: measurement.candidate.length + 1,
      label: `${SIDE_LABEL[side]}, profiled`,
      side,
      purpose: "measure"
    });
    const requests = requestsWhileProfiled(runs[side], measurer.warmupSeconds);
    read[side] = profiler.stop().then((written) => written(requests));
    read[side].catch(() => {
    });
  }
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
  const diff = diffProfiles(sides.base.side, sides.pr.side);
  const noise = noiseOf(sides.base, sides.pr);
  const top = diff.changes.filter((c) => c.selfChange > 0).slice(0, WHERE_ROWS);
  const outputs = [
    [
      "diff.json",
      `${JSON.stringify(
        {
          reason: settings.reason,
          requests: { base: sides.base.side.requests, pr: sides.pr.side.requests },
          noise: noise ?? null,
          changes: [...diff.changes].sort((a, b) => Math.abs(b.selfChange) - Math.abs(a.selfChange)).slice(0, DIFF_JSON_ROWS)
        },
        null,
        2
      )}
`
    ],
    ["flame.svg", renderDiffFlameGraph(sides.base.side, sides.pr.side, "base \u2192 PR, time per request")],
    ["where-the-time-went.md", renderWhereTheTimeWent({ changes: top }, noise)]
  ];
  for (const [name, text] of outputs) {
    await writeFile2(join11(settings.dir, name), maskSecrets(text, settings.secrets));
    files.push(name);
  }
  return summary({
    top,
    ...noise ? { noise } : {},
    requests: { base: sides.base.side.requests, pr: sides.pr.side.requests },
    files
  });
}
async function startProfiler(side, service, seconds, settings) {
  const dir = settings.raw[side];
  if (settings.command === void 0) {
    const pids = await startNodeProfiling(dir, settings.heap);
    return {
      stop: async () => {
        if (pids.length === 0) throw new Error(noNodeProfile(side));
        const written = await stopNodeProfiling(dir, pids);
        if (written.cpu.length === 0) throw new Error(noNodeProfile(side));
        return (requests) => readNodeProfiles(side, written, settings, requests);
      }
    };
  }
  await mkdir4(dir, { recursive: true });
  const out = join11(dir, "profile");
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
  const halves = [[], []];
  for (const [kind, paths] of [
    ["cpuprofile", written.cpu],
    ["heapprofile", written.heap]
  ]) {
    for (const [i, path] of paths.entries()) {
      const name = `${side}${paths.length > 1 ? `-${i + 1}` : ""}.${kind}`;
      const json = scrubProfileJson(JSON.parse(await readFile8(path, "utf8")), settings.roots[side]);
      await writeFile2(join11(settings.dir, name), maskSecrets(JSON.stringify(json), settings.secrets));
      files.push(name);
      if (kind === "heapprofile") continue;
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
    profile: { side: { profile: merge(side, whole), requests }, halves: [half(halves[0]), half(halves[1])] },
    files
  };
}
async function readCommandProfile(side, out, settings, requests, problem) {
  const size = await stat3(out).then(
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
  await writeFile2(
    join11(settings.dir, name),
    maskSecrets(JSON.stringify(formatSpeedscope({ ...profile, source: name })), settings.secrets)
  );
  return { profile: { side: { profile: { ...profile, source: side }, requests } }, files: [name] };
}
async function publishProfile(profile, dir, artifactName, deps, runUrl2) {
  if (deps.uploadArtifact === void 0 || profile.files.length === 0) return profile;
  try {
    const { id } = await deps.uploadArtifact(
      artifactName,
      profile.files.map((f) => join11(dir, f)),
      dir
    );
    if (id === void 0 || runUrl2 === void 0) return profile;
    return { ...profile, artifactUrl: `${runUrl2}/artifacts/${id}` };
  } catch (error) {
    const warning = `the profiles could not be uploaded as an artifact: ${error.message}`;
    deps.logger.warning(`profiling: ${warning}`);
    return { ...profile, warnings: [...profile.warnings, warning] };
  }
}

// src/action/measure-step.ts
import { rm as rm4 } from "node:fs/promises";
import { join as join13 } from "node:path";

// src/abtest/pair-order.ts
function schedulePairs(pairs, random) {
  if (!Number.isInteger(pairs) || pairs < 1)
    throw new Error(`pairs must be a whole number \u2265 1, got ${pairs}`);
  const orders = [];
  for (let i = 0; i < Math.floor(pairs / 2); i++) orders.push("AB", "BA");
  if (pairs % 2 === 1) orders.push(random() < 0.5 ? "AB" : "BA");
  for (let i = orders.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [orders[i], orders[j]] = [orders[j], orders[i]];
  }
  return orders;
}

// src/abtest/same-job.ts
async function runSameJob(options) {
  const orders = schedulePairs(options.pairs, options.random);
  const progress = options.onProgress ?? (() => {
  });
  if (options.warmupRun) {
    for (const side of ["base", "pr"]) {
      progress(`warm-up: ${side === "base" ? "base build" : "PR build"}`);
      await options.measure(side, { index: 0, purpose: "warmup" });
    }
  }
  const baseline = [];
  const candidate = [];
  for (const [i, order] of orders.entries()) {
    const sides = order === "AB" ? ["base", "pr"] : ["pr", "base"];
    for (const side of sides) {
      progress(`pair ${i + 1}/${orders.length} (${order}): ${side === "base" ? "base build" : "PR build"}`);
      const run = await options.measure(side, { index: i + 1, purpose: "measure" });
      (side === "base" ? baseline : candidate).push(run);
    }
  }
  return { baseline, candidate, orders };
}

// src/stats/rng.ts
function mulberry32(seed) {
  if (!Number.isFinite(seed)) throw new Error(`rng seed must be a finite number, got ${seed}`);
  let a = seed >>> 0;
  let spare;
  const next = () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
  return {
    next,
    // Marsaglia's polar method: two independent normals per accepted pair, the second kept for the next call.
    normal() {
      if (spare !== void 0) {
        const s = spare;
        spare = void 0;
        return s;
      }
      for (; ; ) {
        const u = 2 * next() - 1;
        const v = 2 * next() - 1;
        const s = u * u + v * v;
        if (s > 0 && s < 1) {
          const f = Math.sqrt(-2 * Math.log(s) / s);
          spare = v * f;
          return u * f;
        }
      }
    },
    int(n) {
      return Math.floor(next() * n);
    }
  };
}

// src/measure/cpu.ts
import * as os from "node:os";
function machineTimes() {
  let busy = 0;
  let total = 0;
  for (const cpu of os.cpus()) {
    const t = cpu.times;
    const all = t.user + t.nice + t.sys + t.idle + t.irq;
    total += all;
    busy += all - t.idle;
  }
  return { busy, total };
}
async function withCpuUse(fn) {
  const machineBefore = machineTimes();
  const processBefore = process.cpuUsage();
  const started = performance.now();
  const value = await fn();
  const wallMicros = (performance.now() - started) * 1e3;
  const processUsed = process.cpuUsage(processBefore);
  const machineAfter = machineTimes();
  const total = machineAfter.total - machineBefore.total;
  return {
    value,
    cpu: {
      cpuCount: os.cpus().length,
      machineBusy: total > 0 ? (machineAfter.busy - machineBefore.busy) / total : 0,
      thisProcessOfOneCore: wallMicros > 0 ? (processUsed.user + processUsed.system) / wallMicros : 0
    }
  };
}

// src/measure/plan.ts
async function runWatched(measurer, request, watch) {
  const service = watch?.sources[request.side];
  let result;
  if (service === void 0 || request.purpose === "warmup") result = await measurer.run(request);
  else {
    const measured = await measureResources(
      { service, generator: watch.generator },
      measurer.warmupSeconds,
      () => measurer.run(request)
    );
    result = { ...measured.value, service: measured.resources };
  }
  await watch?.check?.();
  if (request.purpose === "measure") await assertMeasured(result, request);
  return result;
}
var FailedMeasurementError = class extends Error {
  name = "FailedMeasurementError";
};
async function assertMeasured(result, request) {
  const run = `${request.label}, run ${request.index}/${request.total}`;
  const { requests, failed } = measuredRequests(result);
  const where = request.targetUrl === void 0 ? "the target" : request.targetUrl;
  if (requests === 0 || failed === requests) {
    throw new FailedMeasurementError(
      `${run}: ${requests === 0 ? "no request was made" : `all ${requests} requests failed`}, so nothing was measured: check that ${where} is up and answers the script's requests`
    );
  }
  if (request.targetUrl === void 0 || !endsInFailures(result)) return;
  try {
    await assertReachable(request.targetUrl);
  } catch (error) {
    throw new FailedMeasurementError(
      `${run}: the target stopped answering during the run (${failed} of ${requests} requests failed) and is down now: ${error.message}`
    );
  }
}
function endsInFailures(result) {
  let last = Number.NEGATIVE_INFINITY;
  for (const series of result.series.values())
    for (const second of series.seconds.keys()) last = Math.max(last, second);
  let requests = 0;
  let failed = 0;
  for (const series of result.series.values()) {
    const bucket = series.seconds.get(last);
    requests += bucket?.requests ?? 0;
    failed += bucket?.failed ?? 0;
  }
  return requests > 0 && failed === requests;
}
async function measureRepeats(measurer, options) {
  const { value, cpu } = await withCpuUse(async () => {
    const runs = [];
    for (let index = 1; index <= options.runs; index++) {
      runs.push(
        await runWatched(
          measurer,
          {
            targetUrl: options.targetUrl,
            index,
            total: options.runs,
            label: "PR build",
            side: "pr",
            purpose: "measure"
          },
          options.watch
        )
      );
    }
    return runs;
  });
  return { candidate: value, cpu, generatorWarnings: generatorWarnings(measurer.engine, value, cpu) };
}
async function measureSameJob(measurer, options) {
  const { value, cpu } = await withCpuUse(
    () => runSameJob({
      pairs: options.pairs,
      random: options.random,
      warmupRun: true,
      measure: (side, run) => runWatched(
        measurer,
        {
          targetUrl: side === "base" ? options.baselineTargetUrl : options.targetUrl,
          index: run.index,
          total: options.pairs,
          label: side === "base" ? "base build" : "PR build",
          side,
          purpose: run.purpose
        },
        options.watch
      )
    })
  );
  const { baseline, candidate } = value;
  return {
    baseline,
    candidate,
    orders: value.orders,
    cpu,
    generatorWarnings: generatorWarnings(measurer.engine, [...baseline, ...candidate], cpu)
  };
}
async function measureAsConfigured(measurer, settings) {
  const { targetUrl, baselineTargetUrl, runs, watch } = settings;
  if (baselineTargetUrl !== void 0 && targetUrl !== void 0) {
    return await measureSameJob(measurer, {
      targetUrl,
      baselineTargetUrl,
      pairs: runs,
      random: mulberry32(settings.seed).next,
      watch
    });
  }
  return await measureRepeats(measurer, { targetUrl, runs, watch });
}
function generatorWarnings(engine, runs, cpu) {
  const warnings = [];
  const dropped = runs.reduce((n, r) => n + r.totals.droppedIterations, 0);
  if (dropped > 0) {
    warnings.push(
      `${dropped} iterations were dropped: the load generator could not start them on schedule (not enough VUs or CPU), so the offered load was lower than the script asks for`
    );
  }
  if (engine === "embedded" && cpu.thisProcessOfOneCore > 0.85) {
    warnings.push(
      `the embedded load generator used ${(cpu.thisProcessOfOneCore * 100).toFixed(0)}% of a core: it may have been the bottleneck rather than the service`
    );
  }
  if (cpu.machineBusy > 0.95) {
    warnings.push(
      `the runner's ${cpu.cpuCount} cores were ${(cpu.machineBusy * 100).toFixed(0)}% busy: generator and services competed for CPU`
    );
  }
  return warnings;
}

// src/measure/recorded.ts
import { readdir as readdir2 } from "node:fs/promises";
import { join as join12 } from "node:path";
var RUN_FILE = /^run-(\d+)\.json(\.gz)?$/;
async function readRecordedRuns(dirs, options) {
  const byRun = /* @__PURE__ */ new Map();
  const perDir = [];
  for (const dir of dirs) {
    let names;
    try {
      names = await readdir2(dir);
    } catch (error) {
      throw new Error(
        `results directory '${dir}': ${error.code ?? String(error)}`
      );
    }
    const runs = /* @__PURE__ */ new Set();
    for (const name of names) {
      const match = RUN_FILE.exec(name);
      if (match === null) continue;
      const run = Number(match[1]);
      if (runs.has(run))
        throw new Error(`results directory '${dir}' holds run ${run} twice (.json and .json.gz)`);
      runs.add(run);
      byRun.set(run, [...byRun.get(run) ?? [], join12(dir, name)]);
    }
    if (runs.size === 0)
      throw new Error(`results directory '${dir}' holds no run-<i>.json or run-<i>.json.gz files`);
    perDir.push({ dir, runs });
  }
  for (const run of byRun.keys()) {
    const lacking = perDir.filter((d) => !d.runs.has(run)).map((d) => d.dir);
    if (lacking.length > 0)
      throw new Error(`run ${run} is missing from ${lacking.map((d) => `'${d}'`).join(", ")}`);
  }
  const merged = [];
  for (const run of [...byRun.keys()].sort((a, b) => a - b)) {
    const parts = await Promise.all(byRun.get(run).map((file) => readK6Json(file, options)));
    merged.push(parts.length === 1 ? parts[0] : mergeRuns(parts));
  }
  return merged;
}

// src/action/measure-step.ts
async function measureStep(config, runner, deps, reportDir, seed, baseSha, profiling) {
  if (config.results.length > 0) {
    const runs = (await readRecordedRuns(config.results, {
      warmupSeconds: config.warmupSeconds,
      targetUrl: config.targetUrl
    })).map((run) => maskRunSecrets(withLoadModelInput(run, config.loadModel), secretsOf(config)));
    return {
      measurer: { engine: "k6", scriptHash: await recordedScriptHash(config.script) },
      // (the load generator ran elsewhere; what the report must say about these runs is whether one was cut)
      measurement: { candidate: runs, generatorWarnings: cutFileNotes(runs) }
    };
  }
  const measurer = await deps.createMeasurer(config.engine, {
    script: config.script,
    warmupSeconds: config.warmupSeconds,
    outDir: join13(reportDir, "runs"),
    logger: deps.logger,
    k6: {
      ...config.k6,
      apiUrl: runner.apiUrl,
      token: config.token,
      env: config.env,
      targetEnv: config.targetEnv
    },
    tools: config.tools,
    loadModel: config.loadModel,
    secrets: secretsOf(config)
  });
  return {
    measurer,
    measurement: await measureWithServices(
      measurer,
      config,
      { ...runner, logger: deps.logger },
      seed,
      baseSha,
      profiling
    )
  };
}
async function measureWithServices(measurer, config, where, seed, baseSha, profiling) {
  const service = config.service;
  if (service === void 0) {
    const watch = await watchGivenServices(config);
    return await measureAsConfigured(measurer, { ...config, seed, watch });
  }
  const profileNode = profiling !== void 0 && profiling.settings.mode !== "never" && profiling.settings.command === void 0;
  const rawDir = (side) => join13(profiling?.dir ?? "", PROFILE_RAW, side);
  const profilerEnv = async (side) => profileNode ? await nodeProfilerEnv(rawDir(side), process.env.NODE_OPTIONS) : {};
  if (profiling !== void 0) await rm4(profiling.dir, { recursive: true, force: true });
  try {
    return await withServiceSession(service, where.logger, async (session) => {
      const base = baseSha === void 0 ? void 0 : await session.launch(
        "base",
        await session.checkout(where.workspace, baseSha, worktreePathFor(where.workspace)),
        await profilerEnv("base")
      );
      const pr = await session.launch("pr", where.workspace, await profilerEnv("pr"));
      const watch = {
        sources: {
          pr: processTreeSource(pr.pid),
          ...base ? { base: processTreeSource(base.pid) } : {}
        },
        generator: processTreeSource(process.pid, () => new Set(session.pids)),
        check: () => session.assertRunning()
      };
      const measurement = await measureAsConfigured(measurer, {
        runs: config.runs,
        targetUrl: pr.url,
        baselineTargetUrl: base?.url,
        seed,
        watch
      });
      if (profiling === void 0 || profiling.settings.mode === "never") return measurement;
      if (base === void 0) {
        if (profiling.settings.mode === "always")
          where.logger.info(
            "perf-gate: no profiling pair: it needs both builds running (start, on a pull request or with --base-ref)"
          );
        return measurement;
      }
      const call = profiling.call(measurement);
      if (call === void 0) return measurement;
      const pair2 = {
        ...profiling.settings,
        ...call,
        dir: profiling.dir,
        raw: { base: rawDir("base"), pr: rawDir("pr") },
        roots: { base: session.checkoutOf("base"), pr: session.checkoutOf("pr") },
        secrets: profiling.secrets,
        random: mulberry32(seed + 1).next
      };
      return {
        ...measurement,
        profile: await profileSafely(
          where.logger,
          call.reason,
          () => profilePair(measurer, { base, pr }, measurement, pair2, where.logger)
        )
      };
    });
  } finally {
    if (profiling !== void 0) await rm4(join13(profiling.dir, PROFILE_RAW), { recursive: true, force: true });
  }
}
var PROFILE_RAW = "raw";
function profilingRequest(config, settings, dir, env) {
  const quiet = { info: () => {
  }, warning: () => {
  }, group: (_t, fn) => fn() };
  return {
    settings: config.profiling,
    call: (measurement) => {
      if (measurement.baseline === void 0) return void 0;
      let comparison;
      try {
        comparison = judgeSameJob(
          { measurer: { scriptHash: "" }, measurement },
          settings,
          { logger: quiet, now: Date.now },
          { commit: "base", ref: "base" }
        ).comparison;
      } catch {
        return void 0;
      }
      return profilingCall(config.profiling.mode, comparison);
    },
    dir,
    secrets: profileSecrets(config, env)
  };
}
function profileSecrets(config, env) {
  const named = Object.entries(env).filter(([name, value]) => value !== void 0 && value.length >= 4 && isSecretParamName(name)).map(([, value]) => value);
  const values = Object.values(config.env).filter((v) => v.length >= 4);
  return [...secretsOf(config), ...values, ...named];
}
async function profileSafely(logger, reason, run) {
  const started = performance.now();
  try {
    return await run();
  } catch (error) {
    const warning = `the profiling pair failed: ${error.message}`;
    logger.warning(`profiling: ${warning}`);
    return { reason, top: [], files: [], warnings: [warning], seconds: (performance.now() - started) / 1e3 };
  }
}
async function watchGivenServices(config) {
  const { pr, base } = config.resources;
  if (pr === void 0 && base === void 0) return void 0;
  return {
    sources: {
      ...pr ? { pr: await sourceFor(pr) } : {},
      ...base ? { base: await sourceFor(base) } : {}
    },
    generator: processTreeSource(process.pid)
  };
}

// src/action/report-base.ts
function reportBase(config, runner, deps, candidateCommit) {
  const base = {
    scenario: { id: config.scenarioId, name: config.scenarioId },
    candidate: { commit: candidateCommit, ref: runner.refName },
    nowMs: deps.now(),
    version: deps.version,
    secrets: secretsOf(config)
  };
  const url = runUrl(runner);
  if (url !== void 0) base.runUrl = url;
  return base;
}
function loadGeneratorOf(measurer, measurement) {
  const cpu = measurement.cpu;
  if (cpu === void 0) return void 0;
  const info = {
    engine: measurer.engine,
    cpuCount: cpu.cpuCount,
    machineBusy: cpu.machineBusy
  };
  if (measurer.engine === "embedded") info.generatorOfOneCore = cpu.thisProcessOfOneCore;
  return info;
}

// src/posting/markers.ts
var PREFIX2 = {
  comment: "perf-gate",
  "tracking-issue": "perf-gate-drift"
};
function marker(kind, scenarioId) {
  const id = scenarioId.trim();
  const problem = id === "" ? "it is empty" : /[\r\n]/.test(id) ? "it contains a line break" : id.includes("--") || id.includes(">") || id.includes("<") ? 'it contains "--", "<" or ">", which cannot appear inside an HTML comment' : void 0;
  if (problem) {
    throw new Error(`scenario id ${JSON.stringify(scenarioId)} cannot mark a GitHub ${kind}: ${problem}`);
  }
  return `<!-- ${PREFIX2[kind]}:${id} -->`;
}
function withMarker(markerText, body2) {
  return `${markerText}
${body2}`;
}
function hasMarker(body2, markerText) {
  return body2?.includes(markerText) ?? false;
}

// src/report/md.ts
function table(header, rows, align) {
  const rule = header.map((_, i) => align?.[i] === "right" ? "---:" : "---");
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(rule), ...rows.map(line)].join("\n");
}
function details(summary, body2) {
  return `<details><summary>${summary}</summary>

${body2}

</details>`;
}
function alert(kind, paragraphs) {
  return [`> [!${kind}]`, ...paragraphs.flatMap((p, i) => i === 0 ? [`> ${p}`] : [">", `> ${p}`])].join(
    "\n"
  );
}
function bullets(items) {
  return items.map((i) => `- ${i}`).join("\n");
}
function capped(items, max) {
  if (items.length <= max) return [...items];
  return [...items.slice(0, max), `\u2026and ${items.length - max} more`];
}
function commitRef(sha, escapeText) {
  return /^[0-9a-f]{4,40}$/i.test(sha) ? `\`${sha}\`` : escapeText(sha);
}

// src/report/format.ts
var NOT_AVAILABLE = "n/a";
var METRIC_LABELS = {
  p50: "P50",
  p90: "P90",
  p95: "P95",
  p99: "P99",
  throughput: "throughput",
  error_rate: "error rate",
  cpu_per_request: "CPU per request",
  peak_rss: "peak RSS"
};
var METRIC_ORDER = ["p50", "p90", "p95", "p99", "throughput", "error_rate"];
var UNIT_OF = {
  p50: "ms",
  p90: "ms",
  p95: "ms",
  p99: "ms",
  throughput: "req/s",
  error_rate: "ratio",
  cpu_per_request: "ms",
  peak_rss: "MB"
};
function metricLabel(metric) {
  return METRIC_LABELS[metric];
}
function metricFigures(values) {
  return METRIC_ORDER.map((m) => formatValue2(values[m] ?? Number.NaN, UNIT_OF[m]));
}
function capitalize(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function formatValue2(value, unit) {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  switch (unit) {
    case "ms":
      if (Math.abs(Number(value.toPrecision(3))) >= 1e3) return `${significant(value / 1e3)} s`;
      return `${significant(value)} ms`;
    case "req/s":
      return `${significant(value)} req/s`;
    case "ratio":
      return formatPercent(value, value === 0 ? 0 : value < 0.01 ? 2 : 1);
    case "MB":
      return `${significant(value)} MB`;
  }
}
function significant(x) {
  if (!Number.isFinite(x)) return NOT_AVAILABLE;
  const rounded = Number(x.toPrecision(3));
  const abs = Math.abs(rounded);
  if (abs >= 1e3) return Math.round(x).toLocaleString("en-US");
  const digits2 = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return rounded.toFixed(digits2);
}
function formatPercent(fraction, digits2 = 1) {
  if (!Number.isFinite(fraction)) return NOT_AVAILABLE;
  return `${(fraction * 100).toFixed(digits2)}%`;
}
function formatChange2(change, kind) {
  if (!Number.isFinite(change)) return NOT_AVAILABLE;
  const sign = change > 0 ? "+" : change < 0 ? "-" : "";
  const pct = Math.abs(change * 100);
  if (kind === "absolute") return `${sign}${pct.toFixed(2)} pp`;
  const digits2 = pct >= 100 ? 0 : pct >= 1 ? 1 : 2;
  return `${sign}${pct.toFixed(digits2)}%`;
}
function formatInterval(interval, kind) {
  return `[${formatChange2(interval[0], kind)}, ${formatChange2(interval[1], kind)}]`;
}
function formatChangeWithInterval(m) {
  return `${formatChange2(m.change, m.changeKind)} ${formatInterval(m.interval, m.changeKind)}`;
}
function formatNoiseFloor(m) {
  if (!Number.isFinite(m.noiseFloor)) return NOT_AVAILABLE;
  return `\xB1${formatChange2(Math.abs(m.noiseFloor), m.changeKind).replace(/^\+/, "")}`;
}
var MINUTE = 6e4;
var HOUR = 60 * MINUTE;
var DAY = 24 * HOUR;
function formatAge(nowMs, timeMs) {
  const ageMs = timeMs === void 0 ? Number.NaN : nowMs - timeMs;
  if (!Number.isFinite(ageMs)) return "of unknown age";
  if (ageMs < MINUTE) return "less than a minute old";
  if (ageMs < HOUR) return `${Math.floor(ageMs / MINUTE)} min old`;
  if (ageMs < 2 * DAY) return `${Math.floor(ageMs / HOUR)} h old`;
  return `${Math.floor(ageMs / DAY)} days old`;
}
function formatDate(timeMs) {
  return new Date(timeMs).toISOString().slice(0, 10);
}
function shortSha(sha) {
  return /^[0-9a-f]{8,}$/i.test(sha) ? sha.slice(0, 7) : sha;
}
function chartNumber(value) {
  if (!Number.isFinite(value)) throw new Error(`chart value must be finite, got ${value}`);
  const abs = Math.abs(value);
  const fixed = value.toFixed(abs >= 1e3 ? 0 : abs >= 10 ? 2 : 3);
  const trimmed = fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
  return trimmed === "-0" ? "0" : trimmed;
}

// src/report/labels.ts
var OUTCOME_RANK = {
  regression: 0,
  inconclusive: 1,
  improvement: 2,
  "no-change": 3
};
var OUTCOME_WORDS = {
  regression: "regression",
  improvement: "improvement",
  "no-change": "no change",
  inconclusive: "inconclusive"
};
var OUTCOME_EMOJI = {
  regression: "\u{1F534}",
  improvement: "\u{1F7E2}",
  "no-change": "\u26AA",
  inconclusive: "\u{1F7E1}"
};
var NOT_GATED_EMOJI = "\u25AB\uFE0F";
function outcomeWord(outcome) {
  return OUTCOME_WORDS[outcome];
}
function outcomeEmoji(outcome) {
  return OUTCOME_EMOJI[outcome];
}
function metricOutcomeText(m) {
  if (!m.gated) return m.reason ? `not gated: ${m.reason}` : "not gated";
  const words = outcomeWord(m.outcome);
  if (m.outcome !== "inconclusive") return words;
  if (m.reason) return `${words}: ${m.reason}`;
  return m.runsToDecide === void 0 ? words : `${words} (~${m.runsToDecide} runs per side would likely decide)`;
}
function severity(m) {
  const size = Math.abs(m.change);
  if (!Number.isFinite(size)) return 0;
  return m.tolerance > 0 ? size / m.tolerance : size;
}
function decidingMetric(series) {
  const candidates = series.metrics.filter((m) => m.gated && m.outcome === series.outcome);
  return candidates.reduce(
    (worst, m) => worst === void 0 || severity(m) > severity(worst) ? m : worst,
    void 0
  );
}
function sortSeries(series) {
  const sev = (s) => {
    const m = s.outcome === "no-change" ? void 0 : decidingMetric(s);
    return m ? severity(m) : 0;
  };
  return [...series].sort(
    (a, b) => OUTCOME_RANK[a.outcome] - OUTCOME_RANK[b.outcome] || sev(b) - sev(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
function orderedMetrics(series) {
  return [...series.metrics].sort((a, b) => METRIC_ORDER.indexOf(a.metric) - METRIC_ORDER.indexOf(b.metric));
}

// src/report/sanitize.ts
function sanitizer(secrets) {
  const masked = (s) => maskSecrets(s, secrets);
  const plain = (s, max = Number.POSITIVE_INFINITY) => truncate(plainText(masked(s)), max);
  return {
    masked,
    plain,
    md: (s, max) => escapeMarkdown(plain(s, max)),
    mermaid: (s) => mermaidLabel(masked(s))
  };
}

// src/report/view.ts
var NAME_MAX = 120;
function viewOf(ctx) {
  assertRenderable(ctx);
  const c = ctx.comparison;
  const keys = [...c?.series.map((x) => x.key) ?? [], ...ctx.candidateSnapshot?.map((x) => x.key) ?? []];
  const name = seriesNamer(keys);
  const byId = /* @__PURE__ */ new Map();
  for (const x of c?.series ?? []) byId.set(x.id, x.key);
  for (const x of ctx.candidateSnapshot ?? []) byId.set(x.id, x.key);
  return {
    ctx,
    s: sanitizer(ctx.secrets),
    comparison: c,
    sorted: c ? sortSeries(c.series) : [],
    name,
    nameOfId: (id) => {
      const key = byId.get(id);
      return key ? name(key) : id;
    }
  };
}

// src/report/headline.ts
function reportVerdict(ctx) {
  assertRenderable(ctx);
  return ctx.comparison ? ctx.comparison.verdict : "no-baseline";
}
var HEADLINE_MAX = 150;
var NAME_MAX2 = 60;
var NO_BASELINE_SHORT = {
  "first-run": "first run, nothing recorded for the base branch",
  evicted: "the cached baseline was evicted",
  "cache-unavailable": "the cache service could not be reached",
  unreadable: "the cached baseline could not be read"
};
var VERDICT_EMOJI = {
  pass: "\u2705",
  fail: "\u274C",
  inconclusive: "\u26A0\uFE0F",
  "no-baseline": "\u26AA"
};
var REFUSED_EMOJI = "\u{1F6AB}";
function headline(ctx) {
  return headlineOf(viewOf(ctx));
}
function headlineOf(v) {
  const { emoji, text } = headlineParts(v);
  return `${emoji} perf-gate: ${text}`;
}
function headlineParts(v) {
  const { ctx, s } = v;
  const verdict = reportVerdict(ctx);
  const c = ctx.comparison;
  if (!c) return { emoji: VERDICT_EMOJI["no-baseline"], text: `no baseline yet: ${noBaselineShort(ctx)}` };
  if (c.refused !== void 0) {
    return { emoji: REFUSED_EMOJI, text: s.plain(`incomparable: ${c.refused}`, HEADLINE_MAX) };
  }
  const text = verdictText(v, c, verdict);
  return { emoji: VERDICT_EMOJI[verdict], text: s.plain(text, HEADLINE_MAX) };
}
function noBaselineShort(ctx) {
  return NO_BASELINE_SHORT[ctx.noBaseline.reason];
}
function verdictText(v, c, verdict) {
  const { s, name, nameOfId } = v;
  const n = c.series.length;
  const count = (outcome) => v.sorted.filter((x) => x.outcome === outcome);
  const example = (group, withRuns = false) => {
    const worst = group[0];
    const m = worst && decidingMetric(worst);
    if (!worst || !m) return "";
    const runs = withRuns && m.runsToDecide !== void 0 ? `, needs ~${m.runsToDecide} runs per side` : "";
    const label = `${s.plain(name(worst.key), NAME_MAX2)} ${metricLabel(m.metric)}`;
    return ` (${group.length > 1 ? "worst: " : ""}${label} ${formatChange2(m.change, m.changeKind)}${runs})`;
  };
  switch (verdict) {
    case "fail": {
      const regressions = count("regression");
      if (regressions.length > 0)
        return `regression on ${regressions.length} of ${n} series${example(regressions)}`;
      const breached = c.slos.filter((r) => r.status === "breached");
      const first = breached[0];
      if (first) {
        const unit = UNIT_OF[first.spec.metric];
        const sign = first.spec.metric === "throughput" ? "<" : ">";
        const times = breached.length === 1 ? "once" : `${breached.length} times`;
        return `SLO breached ${times} (${s.plain(nameOfId(first.seriesId), NAME_MAX2)} ${metricLabel(first.spec.metric)} ${formatValue2(first.estimate, unit)} ${sign} ${formatValue2(first.spec.limit, unit)})`;
      }
      return c.reasons[0] ?? "failed";
    }
    case "pass": {
      const improvements = count("improvement");
      if (improvements.length > 0) {
        return `no regression; improvement on ${improvements.length} of ${n} series${example(improvements)}`;
      }
      return `no detectable change (${n} series)`;
    }
    case "inconclusive": {
      const undecided = count("inconclusive");
      if (undecided.length > 0)
        return `inconclusive on ${undecided.length} of ${n} series${example(undecided, true)}`;
      return `inconclusive: ${c.reasons[0] ?? "no gated metric could be judged"}`;
    }
  }
}

// src/report/sections/profile.ts
function profileSection(v, p) {
  const blocks = [];
  const profiled = p.requests !== void 0;
  if (profiled) blocks.push(renderWhereTheTimeWent({ changes: p.top }, p.noise).trimEnd());
  else blocks.push("#### Where the time went");
  const files = p.artifactUrl ? ` Both profiles, the diff and a differential flame graph: [artifact](${p.artifactUrl}).` : "";
  blocks.push(
    `_Why profiled: ${v.s.md(p.reason, 300)}. One more interleaved pair ran with profilers attached (${Math.round(p.seconds)} s); times are self time per request; the pair does not change the verdict.${files}_`
  );
  if (p.warnings.length > 0)
    blocks.push(`Profiling problems:

${bullets(p.warnings.map((w) => v.s.md(w, 600)))}`);
  return blocks.join("\n\n");
}
function profileLines(p) {
  const lines = ["Where the time went (self time per request, base \u2192 PR):"];
  for (const c of p.top) {
    const where = c.frame.file === "" ? "" : ` (${c.frame.file}:${c.frame.line})`;
    lines.push(
      `  ${c.frame.name}${where}: ${formatSeconds(c.base.self)} \u2192 ${formatSeconds(c.pr.self)}, +${formatSeconds(c.selfChange)}`
    );
  }
  if (p.top.length === 0 && p.requests !== void 0) lines.push("  no function spent more time in the PR");
  if (p.noise) lines.push(`  ${p.noise.statement}`);
  for (const w of p.warnings) lines.push(`  warning: ${w}`);
  return lines;
}

// src/report/fit.ts
function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}
var CUT_NOTICE = "\n\n_\u2026report cut here to stay within GitHub\u2019s size limit._\n";
function fitToLimit(render, limitBytes, foldNote2, seriesCount) {
  const full = render({ detail: true });
  if (byteLength(full) <= limitBytes) return full;
  const folded = (maxSeries) => render({ detail: false, foldNote: foldNote2, maxSeries });
  const withoutDetail = folded();
  if (byteLength(withoutDetail) <= limitBytes) return withoutDetail;
  let lo = 0;
  let hi = seriesCount;
  let best;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const text = folded(mid);
    if (byteLength(text) <= limitBytes) {
      best = text;
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  if (best !== void 0) return best;
  const fitsNothing = folded(0);
  if (byteLength(fitsNothing) <= limitBytes) return fitsNothing;
  return cutToBytes(fitsNothing, limitBytes - byteLength(CUT_NOTICE)) + CUT_NOTICE;
}
function cutToBytes(text, maxBytes) {
  const prefix = Buffer.from(text, "utf8").subarray(0, Math.max(0, maxBytes)).toString("utf8");
  return prefix.replace(/\uFFFD+$/, "");
}

// src/report/mermaid.ts
function renderXyChart(chart) {
  const n = chart.xLabels.length;
  for (const data2 of [...chart.bars, ...chart.lines]) {
    if (data2.length !== n)
      throw new Error(`xychart '${chart.title}': a series has ${data2.length} values for ${n} x labels`);
  }
  const q = (label) => `"${label}"`;
  const range = chart.yRange ? ` ${chartNumber(chart.yRange[0])} --> ${chartNumber(chart.yRange[1])}` : "";
  const data = (kind, values) => `    ${kind} [${values.map(chartNumber).join(", ")}]`;
  return [
    "```mermaid",
    "xychart-beta",
    `    title ${q(chart.title)}`,
    `    x-axis [${chart.xLabels.map(q).join(", ")}]`,
    `    y-axis ${q(chart.yTitle)}${range}`,
    ...chart.bars.map((v) => data("bar", v)),
    ...chart.lines.map((v) => data("line", v)),
    "```"
  ].join("\n");
}
function niceCeil(x) {
  if (!(x > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  const step = [1, 2, 5, 10].find((m) => m * power >= x * (1 - 1e-12));
  return step * power;
}
var QUANTILES = ["p50", "p90", "p95", "p99"];
function quantileChart(series, name, s) {
  const points = QUANTILES.flatMap((q) => {
    const m = series.metrics.find((x) => x.metric === q);
    return m && Number.isFinite(m.baseline) && Number.isFinite(m.candidate) ? [m] : [];
  });
  if (points.length < 2) return void 0;
  const top = Math.max(...points.flatMap((m) => [m.baseline, m.candidate]));
  const chart = renderXyChart({
    title: s.mermaid(`Latency of ${name}`),
    xLabels: points.map((m) => metricLabel(m.metric)),
    yTitle: "ms",
    yRange: [0, niceCeil(top * 1.1)],
    bars: [points.map((m) => m.baseline)],
    lines: [points.map((m) => m.candidate)]
  });
  return `_Latency quantiles of ${s.md(name, NAME_MAX)}: bars baseline, line PR (ms)._

${chart}`;
}
var TREND_MAX_POINTS = 30;
function trendChart(nightly, name, s) {
  const points = nightly.history.filter((p) => Number.isFinite(p.value)).slice(-TREND_MAX_POINTS);
  if (points.length < 2) return void 0;
  const metric = metricLabel(nightly.metric);
  const unit = UNIT_OF[nightly.metric];
  const chart = renderXyChart({
    title: s.mermaid(`${metric} of ${name}, last ${points.length} nightlies`),
    xLabels: uniqueDateLabels(points.map((p) => p.timeMs)),
    yTitle: unit === "ratio" ? "fraction" : unit,
    bars: [],
    lines: [points.map((p) => p.value)]
  });
  return `_${metric} of ${s.md(name, NAME_MAX)} per nightly, oldest first._

${chart}`;
}
function uniqueDateLabels(times) {
  const day = (t) => new Date(t).toISOString().slice(5, 10);
  const perDay = /* @__PURE__ */ new Map();
  for (const t of times) perDay.set(day(t), (perDay.get(day(t)) ?? 0) + 1);
  return times.map((t) => {
    const iso = new Date(t).toISOString();
    return perDay.get(day(t)) > 1 ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : day(t);
  });
}

// src/report/sections/conditions.ts
var LIST_MAX = 20;
var SOURCE_WORDS = {
  "cache exact": "cached baseline of this exact commit",
  "cache newest of branch": "newest cached baseline of the branch (no baseline of the exact base commit)",
  "same-job": "measured in this job",
  none: "no baseline"
};
function metaLine(v) {
  const { ctx, s } = v;
  const parts = [`**${s.md(ctx.scenario.name, NAME_MAX)}**`];
  if (ctx.baseline && ctx.baseline.source !== "none") {
    const age = formatAge(ctx.nowMs, ctx.baseline.timeMs);
    parts.push(
      `baseline ${commitRef(shortSha(ctx.baseline.commit), s.md)} (${s.md(ctx.baseline.ref)}, ${age})`
    );
  }
  parts.push(`PR ${commitRef(shortSha(ctx.candidate.commit), s.md)}`);
  const runs = v.comparison?.runs;
  if (runs) {
    parts.push(
      runs.baseline === runs.candidate ? `${runs.candidate} runs per side` : `${runs.baseline} baseline runs, ${runs.candidate} PR runs`
    );
  }
  return parts.join(" \xB7 ");
}
function baselineItem(v) {
  const b = v.ctx.baseline;
  if (!b || b.source === "none") return void 0;
  const when = b.timeMs === void 0 ? "at an unknown time" : `${new Date(b.timeMs).toISOString().replace("T", " ").slice(0, 16)} UTC (${formatAge(v.ctx.nowMs, b.timeMs)})`;
  return `**Baseline:** ${commitRef(shortSha(b.commit), v.s.md)} on ${v.s.md(b.ref)}, measured ${when}, ${SOURCE_WORDS[b.source]}`;
}
function designItem(c) {
  if (c.design === "same-job") {
    const pairs = c.pairs?.ratios.length ?? Math.min(c.runs.baseline, c.runs.candidate);
    return `**Design:** same job, ${pairs} interleaved base/PR pairs, judged on per-pair ratios`;
  }
  const bj = c.betweenJob;
  const spread = bj ? bj.source === "history" ? `; between-job spread ${formatPercent(bj.cv)} CV, from ${bj.historySize} earlier baselines` : `; between-job spread ${formatPercent(bj.cv)} CV, a prior (too little history yet)` : "";
  return `**Design:** cached baseline from an earlier job${spread}`;
}
function noiseItem(v) {
  const finite = v.ctx.noise.filter((n) => Number.isFinite(n.cv));
  if (finite.length === 0) {
    return `**Noise:** ${v.comparison && v.comparison.runs.baseline <= 1 ? "one baseline run, so its run-to-run noise is unknown" : "not measured"}`;
  }
  const cvs = finite.map((n) => n.cv).sort((a, b) => a - b);
  const median = cvs[Math.floor((cvs.length - 1) / 2)];
  const top = finite.reduce((a, b) => b.cv > a.cv ? b : a);
  const label = (n) => `${v.s.md(v.nameOfId(n.seriesId), NAME_MAX)} ${metricLabel(n.metric)}`;
  const parts = [
    `**Noise:** baseline CV across runs, median ${formatPercent(median)}, highest ${formatPercent(top.cv)} (${label(top)})`
  ];
  const unstable = v.ctx.noise.filter((n) => !n.stable);
  if (unstable.length > 0) {
    const names = capped(
      unstable.map((n) => `${label(n)} (CV ${formatPercent(n.cv)})`),
      LIST_MAX
    );
    parts.push(`unstable, so not gated: ${names.join(", ")}`);
  }
  return parts.join("; ");
}
function environmentItem(v) {
  const { differences, strict } = v.ctx.environment;
  if (differences.length === 0) {
    return v.comparison ? "**Environment:** no differences between the two sides" : void 0;
  }
  const how = strict ? "strict matching is on, so they may not be compared" : "informational, strict matching is off";
  const list = capped(
    differences.map((d) => v.s.md(d, 300)),
    LIST_MAX
  );
  return `**Environment differs** (${how}):
${list.map((d) => `  - ${d}`).join("\n")}`;
}
function breachText(v, breaches) {
  if (breaches.length === 0) return "none";
  const items = breaches.map(
    (b) => `${v.s.md(b.metric, NAME_MAX)}: ${b.expressions.map((e) => v.s.md(e, 200)).join(", ")}`
  );
  return capped(items, LIST_MAX).join("; ");
}
function thresholdItem(v) {
  const { baseline, candidate } = v.ctx.thresholdBreaches;
  if (baseline.length === 0 && candidate.length === 0) return void 0;
  return `**k6 thresholds crossed:** baseline ${breachText(v, baseline)} \xB7 PR ${breachText(v, candidate)}`;
}
function openModelItem(c) {
  const o = c.openModel;
  if (!o) return void 0;
  const rate = (x) => `${significant(x)} it/s`;
  const target = o.targetRate !== void 0 ? ` (target ${rate(o.targetRate)})` : "";
  return `**Open model:** dropped iterations ${o.droppedIterations.baseline} \u2192 ${o.droppedIterations.candidate}; achieved rate ${rate(o.achievedRate.baseline)} \u2192 ${rate(o.achievedRate.candidate)}${target}`;
}
function cachedTrendItem(v) {
  const t = v.ctx.cachedTrend;
  if (!t) return void 0;
  const age = formatAge(v.ctx.nowMs, t.baseline.timeMs);
  return `**Against the cached baseline** ${commitRef(shortSha(t.baseline.commit), v.s.md)} (${v.s.md(t.baseline.ref)}, ${age}), for the trend only: ${t.verdict}; ${v.s.md(t.summary, 300)}`;
}
function loadGeneratorItem(v) {
  const g2 = v.ctx.loadGenerator;
  if (!g2) return void 0;
  const own = g2.generatorOfOneCore === void 0 ? "" : `; the ${v.s.md(g2.engine)} load generator used ${formatPercent(g2.generatorOfOneCore, 0)} of one core`;
  return `**Runner:** ${g2.cpuCount} CPUs, ${formatPercent(g2.machineBusy, 0)} busy while measuring (generator and services share them)${own}`;
}
function serviceItems(v) {
  return (v.ctx.services ?? []).map(
    (s) => `**Service, ${s.side}:** ${formatValue2(s.cpuPerRequestMs, "ms")} CPU per request, ${significant(s.cores)} of ${s.cpuCount} cores, peak RSS ${formatValue2(s.peakRssMb, "MB")} (${s.rssGrowthMbPerSecond >= 0 ? "+" : "\u2212"}${significant(Math.abs(s.rssGrowthMbPerSecond))} MB/s), load generator ${significant(s.generatorCores)} cores \u2014 ${v.s.md(s.bottleneck)}`
  );
}
function conditionsSection(v) {
  const c = v.comparison;
  const items = [
    baselineItem(v),
    c ? designItem(c) : void 0,
    // a refused comparison measured nothing worth a noise figure
    c && c.refused === void 0 ? noiseItem(v) : void 0,
    environmentItem(v),
    thresholdItem(v),
    c ? openModelItem(c) : void 0,
    cachedTrendItem(v),
    loadGeneratorItem(v),
    ...serviceItems(v)
  ].filter((x) => x !== void 0);
  return items.length > 0 ? `#### Conditions

${bullets(items)}` : void 0;
}
function sloLimit(r) {
  const unit = UNIT_OF[r.spec.metric];
  return `${r.spec.metric === "throughput" ? "\u2265" : "\u2264"} ${formatValue2(r.spec.limit, unit)}`;
}
var SLO_STATUS = {
  met: "\u2705 met",
  breached: "\u274C breached",
  inconclusive: "\u{1F7E1} inconclusive"
};
function sloTable(v, slos) {
  if (slos.length === 0) return void 0;
  const order = { breached: 0, inconclusive: 1, met: 2 };
  const rows = [...slos].sort((a, b) => order[a.status] - order[b.status]).map((r) => {
    const unit = UNIT_OF[r.spec.metric];
    const range = `[${formatValue2(r.interval[0], unit)}, ${formatValue2(r.interval[1], unit)}]`;
    return [
      v.s.md(v.nameOfId(r.seriesId), NAME_MAX),
      metricLabel(r.spec.metric),
      sloLimit(r),
      `${formatValue2(r.estimate, unit)} ${range}`,
      SLO_STATUS[r.status]
    ];
  });
  return table(["Series", "Metric", "Limit", "PR estimate [interval]", "Status"], rows);
}
function addedRemovedList(v, c) {
  const list = (ids) => capped(
    ids.map((id) => v.s.md(id, NAME_MAX)),
    LIST_MAX
  ).join(", ");
  const items = [
    c.added.length > 0 ? `**New in the PR** (not compared): ${list(c.added)}` : void 0,
    c.removed.length > 0 ? `**Gone in the PR** (not compared): ${list(c.removed)}` : void 0
  ].filter((x) => x !== void 0);
  return items.length > 0 ? bullets(items) : void 0;
}

// src/report/sections/method.ts
function pairsTable(v, pairs) {
  const rows = pairs.ratios.map((r, i) => [
    String(i + 1),
    v.s.md(pairs.orders[i] ?? "?"),
    Number.isFinite(r) ? r.toFixed(3) : "n/a",
    formatChange2(r - 1, "relative")
  ]);
  return table(["Pair", "Order", "PR / base", "Change"], rows, ["right", "left", "right", "right"]);
}
function decidedBy(c) {
  if (c.loadModelSource === void 0) return "";
  const words = (sources) => sources.map((s) => LOAD_MODEL_SOURCE_WORDS[s]).join(" and ");
  const { baseline, candidate } = c.loadModelSource;
  const b = words(baseline);
  const p = words(candidate);
  return b === p ? `, decided by ${b}` : ` (decided for the baseline by ${b}; for the PR by ${p})`;
}
function methodList(v, c) {
  const items = [
    `**Design:** ${c.design === "same-job" ? "same job, interleaved pairs" : "cached baseline"}; load model: ${c.loadModel}${decidedBy(c)}`,
    `**Runs:** ${c.runs.baseline} baseline, ${c.runs.candidate} PR`,
    `**Intervals:** family-wise confidence ${formatPercent(c.familyConfidence)} across every gated metric and series, ${c.correction === "holm" ? "Holm" : c.correction}-adjusted`,
    `**Seed:** ${c.seed} (the same inputs and seed give the same verdict)`,
    `**perf-gate:** ${v.s.md(v.ctx.version)}`
  ];
  if (c.betweenJob) {
    items.push(
      `**Between-job variance:** ${c.betweenJob.source} (CV ${formatPercent(c.betweenJob.cv)}, ${c.betweenJob.historySize} baselines of history)`
    );
  }
  return bullets(items);
}

// src/report/sections/nightly.ts
function nightlySection(v, nightly) {
  const name = v.nameOfId(nightly.seriesId);
  const parts = ["#### Nightly trend"];
  const chart = trendChart(nightly, name, v.s);
  parts.push(chart ?? `_Not enough nightlies yet for a trend (${nightly.history.length} so far)._`);
  if (nightly.drift) parts.push(driftLine(v, nightly, name));
  return parts.join("\n\n");
}
function driftLine(v, nightly, name) {
  const d = nightly.drift;
  const what = `${metricLabel(nightly.metric)} of ${v.s.md(name, NAME_MAX)}`;
  if (!d.detected && d.reason !== void 0) return `**Drift:** not judged: ${v.s.md(d.reason, 300)}.`;
  if (!d.detected)
    return `**Drift:** none; no sustained shift of ${what} over the last ${d.window} nightlies.`;
  const interval = d.interval ? ` ${formatInterval(d.interval, "relative")}` : "";
  const since = d.since ? `, starting with ${commitRef(shortSha(d.since.commit), v.s.md)} (${formatDate(d.since.timeMs)})` : "";
  return `\u{1F4C8} **Drift:** ${what} shifted ${formatChange2(d.change, "relative")}${interval} over the last ${d.window} nightlies${since}.`;
}

// src/report/sections/notices.ts
var NO_BASELINE_ADVICE = {
  "first-run": {
    what: "No baseline has been recorded for the base branch yet, so there is nothing to compare this PR with.",
    todo: "Run perf-gate on the base branch (on push or on a schedule) to record one; later pull requests compare against it. Or use the same-job design, which measures the base commit in this job."
  },
  evicted: {
    what: "The cached baseline is gone: GitHub evicts caches not used for 7 days, and the oldest ones when a repository passes its cache quota.",
    todo: "Run perf-gate on the base branch again (a nightly schedule keeps the baseline fresh), then re-run this job."
  },
  "cache-unavailable": {
    what: "The cache service could not be reached, so the baseline could not be restored.",
    todo: "This is usually transient: re-run the job."
  },
  unreadable: {
    what: "A cached baseline was found but could not be read.",
    todo: "It may come from an incompatible perf-gate version or be damaged. The next perf-gate run on the base branch replaces it; re-run this job after that."
  }
};
function noBaselineNotice(v) {
  const nb = v.ctx.noBaseline;
  const advice = NO_BASELINE_ADVICE[nb.reason];
  const detail = nb.detail ? [`Details: ${v.s.md(nb.detail, 500)}`] : [];
  return alert("NOTE", [advice.what, ...detail, `**What to do:** ${advice.todo}`]);
}
function snapshotTable(v) {
  const snapshot = v.ctx.candidateSnapshot;
  if (!snapshot || snapshot.length === 0) return void 0;
  const rows = [...snapshot].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0).map((x) => [v.s.md(v.name(x.key), NAME_MAX), String(x.requests), ...metricFigures(x.values)]);
  const header = ["Series", "Requests", ...METRIC_ORDER.map((m) => capitalize(metricLabel(m)))];
  const align = header.map((_, i) => i === 0 ? "left" : "right");
  return `#### PR figures (nothing to compare with)

${table(header, rows, align)}`;
}
function measuredByPullRequestNotice(note) {
  const run = note.runUrl ? `[its own workflow](${note.runUrl})` : "its own workflow";
  return alert("IMPORTANT", [
    `This pull request was measured by ${run}: the figures are only as trustworthy as the pull request's code.`,
    "perf-gate judged them again here under the base branch's settings, and took the commit and pull request from the workflow_run event, not from the uploaded report."
  ]);
}
function refusedNotice(v, refused) {
  const { differences, strict } = v.ctx.environment;
  const todo = strict && differences.length > 0 ? "Make both sides run under the same conditions (differences below), or turn strict environment matching off to compare anyway and accept the extra noise." : "Make both sides run the same test under the same conditions, then re-run.";
  return alert("CAUTION", [
    `The two sides were not compared: ${v.s.md(refused, 1e3)}`,
    "Nothing was judged, so this is not a pass.",
    `**What to do:** ${todo}`
  ]);
}
function notPostedNotice(v, failures) {
  return alert("WARNING", [
    "GitHub did not take part of this report, so this job summary is where to read it:",
    ...failures.map((f) => `- ${v.s.md(f, 500)}`)
  ]);
}
var PERMISSION_USE = {
  "pull-requests: write": "to post the PR comment",
  "issues: write": "to post the PR comment",
  "checks: write": "to create the check run",
  "actions: read": "to read workflow runs and artifacts",
  "actions: write": "to save the baseline cache",
  "contents: read": "to read the repository"
};
function permissionNotice(v, note) {
  const missing = note.missing.map((p) => {
    const use = PERMISSION_USE[p.trim().toLowerCase()];
    return `**${v.s.md(p, 100)}**${use ? ` (${use})` : ""}`;
  });
  const why = note.fork ? "This pull request comes from a fork, so its GITHUB_TOKEN is read-only." : "The workflow's token lacks permissions perf-gate needs.";
  const lacks = missing.length > 0 ? ` Missing: ${missing.join(", ")}.` : "";
  return alert("IMPORTANT", [
    `${why}${lacks} The results are still in this run's job summary.`,
    `To report on pull requests from forks, run the test on \`pull_request\` and post from a separate \`workflow_run\` workflow (the two-workflow pattern): see [the docs](${note.docsUrl}).`
  ]);
}
function reasonsAndWarnings(v, reasons, warnings) {
  const parts = [];
  if (reasons.length > 0) {
    parts.push(
      `**Why:**
${bullets(
        capped(
          reasons.map((r) => v.s.md(r, 500)),
          LIST_MAX
        )
      )}`
    );
  }
  if (warnings.length > 0) {
    parts.push(
      `**Warnings:**
${bullets(
        capped(
          warnings.map((w) => `\u26A0\uFE0F ${v.s.md(w, 500)}`),
          LIST_MAX
        )
      )}`
    );
  }
  return parts.length > 0 ? parts.join("\n\n") : void 0;
}

// src/report/sections/results.ts
function outcomeCell(v, m) {
  const emoji = m.gated ? outcomeEmoji(m.outcome) : NOT_GATED_EMOJI;
  return `${emoji} ${v.s.md(metricOutcomeText(m))}`;
}
function seriesRows(v, series, cells) {
  return orderedMetrics(series).map((m, i) => [
    i === 0 ? `**${v.s.md(v.name(series.key), NAME_MAX)}**` : "",
    ...cells(m)
  ]);
}
function resultsTable(v, maxSeries = Number.POSITIVE_INFINITY) {
  if (v.sorted.length === 0) return "_No series was measured on both sides, so nothing was compared._";
  const shown = v.sorted.slice(0, maxSeries);
  const rows = shown.flatMap(
    (series) => seriesRows(v, series, (m) => [
      metricLabel(m.metric),
      formatValue2(m.baseline, m.unit),
      formatValue2(m.candidate, m.unit),
      formatChangeWithInterval(m),
      formatNoiseFloor(m),
      outcomeCell(v, m)
    ])
  );
  const header = ["Series", "Metric", "Baseline", "PR", "Change [interval]", "Detectable", "Outcome"];
  const parts = [];
  if (rows.length > 0)
    parts.push(table(header, rows, ["left", "left", "right", "right", "right", "right", "left"]));
  const omitted = v.sorted.slice(shown.length);
  if (omitted.length > 0) parts.push(omittedNote(omitted));
  parts.push(
    "_Change: PR vs baseline (relative; error rate in percentage points), with its family-wise interval. Detectable: the smallest change this run could tell from noise._"
  );
  return parts.join("\n\n");
}
function omittedNote(omitted) {
  const counts = /* @__PURE__ */ new Map();
  for (const s of omitted) counts.set(s.outcome, (counts.get(s.outcome) ?? 0) + 1);
  const breakdown = [...counts].map(([o, n]) => `${n} ${outcomeWord(o)}`).join(", ");
  return `_\u2026and ${omitted.length} more series not shown here (${breakdown})._`;
}
function fullResultsTable(v) {
  const rows = v.sorted.flatMap(
    (series) => seriesRows(v, series, (m) => [
      metricLabel(m.metric),
      formatValue2(m.baseline, m.unit),
      formatValue2(m.candidate, m.unit),
      formatChange2(m.change, m.changeKind),
      `${formatInterval(m.interval, m.changeKind)} at ${formatPercent(m.confidence, 2)}`,
      `\xB1${formatChange2(m.tolerance, m.changeKind).replace(/^\+/, "")}`,
      formatNoiseFloor(m),
      formatPercent(m.baselineCv),
      `${m.sampleSize.baseline} / ${m.sampleSize.candidate}`,
      m.gated ? "yes" : "no",
      outcomeCell(v, m)
    ])
  );
  const header = [
    "Series",
    "Metric",
    "Baseline",
    "PR",
    "Change",
    "Interval",
    "Tolerance",
    "Detectable",
    "Baseline CV",
    "Samples (base / PR)",
    "Gated",
    "Outcome"
  ];
  const right = /* @__PURE__ */ new Set([2, 3, 4, 5, 6, 7, 8, 9]);
  return table(
    header,
    rows,
    header.map((_, i) => right.has(i) ? "right" : "left")
  );
}

// src/report/markdown.ts
function renderMarkdown(ctx, options) {
  const v = viewOf(ctx);
  const blocks = [`### ${escapeMarkdown(headlineOf(v))}`, metaLine(v)];
  if (ctx.measuredByPullRequest) blocks.push(measuredByPullRequestNotice(ctx.measuredByPullRequest));
  if (ctx.permissions) blocks.push(permissionNotice(v, ctx.permissions));
  if (ctx.notPosted?.length) blocks.push(notPostedNotice(v, ctx.notPosted));
  blocks.push(...body(v, options));
  if (ctx.nightly) blocks.push(nightlySection(v, ctx.nightly));
  if (options.detail) blocks.push(...detailBlocks(v));
  else if (options.foldNote) blocks.push(`_${options.foldNote}_`);
  blocks.push(footer(v));
  const text = blocks.filter((b) => b !== void 0 && b !== "").join("\n\n");
  return `${finalMask(text, ctx.secrets)}
`;
}
function body(v, options) {
  const c = v.comparison;
  if (!c) {
    return [
      noBaselineNotice(v),
      snapshotTable(v),
      reasonsAndWarnings(v, [], v.ctx.snapshotWarnings ?? []),
      conditionsSection(v)
    ];
  }
  if (c.refused !== void 0) {
    return [refusedNotice(v, c.refused), reasonsAndWarnings(v, c.reasons, c.warnings), conditionsSection(v)];
  }
  const worst = v.sorted[0];
  const slos = sloTable(v, c.slos);
  return [
    reasonsAndWarnings(v, c.reasons, c.warnings),
    "#### Results",
    resultsTable(v, options.maxSeries),
    worst ? quantileChart(worst, v.name(worst.key), v.s) : void 0,
    slos ? `#### SLOs

${slos}` : void 0,
    v.ctx.profile ? profileSection(v, v.ctx.profile) : void 0,
    addedRemovedList(v, c),
    conditionsSection(v)
  ];
}
function detailBlocks(v) {
  const c = v.comparison;
  if (!c || c.refused !== void 0) return [];
  const blocks = [];
  if (c.series.length > 0) blocks.push(details("All figures per series", fullResultsTable(v)));
  if (c.pairs && c.pairs.ratios.length > 0) {
    blocks.push(details("Per-pair ratios (headline metric)", pairsTable(v, c.pairs)));
  }
  blocks.push(details("Method and seed", methodList(v, c)));
  return blocks;
}
function footer(v) {
  const run = v.ctx.runUrl ? ` \xB7 [workflow run](${v.ctx.runUrl})` : "";
  return `<sub>perf-gate ${escapeMarkdown(v.ctx.version)}${run}</sub>`;
}
function finalMask(text, secrets) {
  return maskLiterals(text, [...secrets, ...secrets.map(escapeMarkdown)]);
}

// src/report/comment.ts
function commentMarker(scenarioId) {
  return marker("comment", scenarioId);
}
function foldNote(ctx) {
  return ctx.runUrl ? `Full report in the job summary: [workflow run](${ctx.runUrl})` : "Full report in the job summary of this workflow run.";
}
function renderCommentBody(ctx) {
  assertRenderable(ctx);
  const room = BODY_MAX_CHARS - byteLength(withMarker(commentMarker(ctx.scenario.id), ""));
  return fitToLimit(
    (options) => renderMarkdown(ctx, options),
    room,
    foldNote(ctx),
    ctx.comparison?.series.length ?? 0
  );
}

// src/report/json.ts
var REPORT_SCHEMA_VERSION = 1;
var num = (x) => Number.isFinite(x) ? x : null;
var pair = (x) => [num(x[0]), num(x[1])];
function buildReportJson(ctx) {
  const v = viewOf(ctx);
  const m = v.s.masked;
  const c = ctx.comparison;
  const b = ctx.baseline;
  const breaches = (list) => list.map((t) => ({ metric: m(t.metric), expressions: t.expressions.map(m) }));
  return {
    schema: "perf-gate/report",
    schemaVersion: REPORT_SCHEMA_VERSION,
    perfGateVersion: ctx.version,
    scenario: { id: m(ctx.scenario.id), name: m(ctx.scenario.name) },
    verdict: reportVerdict(ctx),
    headline: headlineOf(v),
    headlineDelta: headlineDelta(v),
    baseline: b ? {
      commit: b.commit,
      ref: m(b.ref),
      timeMs: b.timeMs ?? null,
      ageMs: b.timeMs === void 0 ? null : ctx.nowMs - b.timeMs,
      source: b.source
    } : null,
    candidate: {
      commit: ctx.candidate.commit,
      ref: ctx.candidate.ref === void 0 ? null : m(ctx.candidate.ref)
    },
    noBaseline: ctx.noBaseline ? {
      reason: ctx.noBaseline.reason,
      detail: ctx.noBaseline.detail === void 0 ? null : m(ctx.noBaseline.detail)
    } : null,
    comparison: c ? comparisonJson(v, c) : null,
    environment: { differences: ctx.environment.differences.map(m), strict: ctx.environment.strict },
    thresholdBreaches: {
      baseline: breaches(ctx.thresholdBreaches.baseline),
      candidate: breaches(ctx.thresholdBreaches.candidate)
    },
    noise: ctx.noise.map((n) => ({
      seriesId: m(n.seriesId),
      metric: n.metric,
      cv: num(n.cv),
      stable: n.stable
    })),
    permissions: ctx.permissions ? {
      fork: ctx.permissions.fork,
      missing: [...ctx.permissions.missing],
      docsUrl: ctx.permissions.docsUrl
    } : null,
    nightly: ctx.nightly ? {
      seriesId: m(ctx.nightly.seriesId),
      metric: ctx.nightly.metric,
      history: ctx.nightly.history.map((p) => ({
        commit: p.commit,
        timeMs: p.timeMs,
        value: num(p.value)
      })),
      drift: ctx.nightly.drift ? {
        detected: ctx.nightly.drift.detected,
        change: num(ctx.nightly.drift.change),
        interval: ctx.nightly.drift.interval ? pair(ctx.nightly.drift.interval) : null,
        window: ctx.nightly.drift.window,
        since: ctx.nightly.drift.since ? { ...ctx.nightly.drift.since } : null,
        reason: ctx.nightly.drift.reason === void 0 ? null : m(ctx.nightly.drift.reason)
      } : null
    } : null,
    profile: ctx.profile ? profileJson(ctx.profile, m) : null,
    candidateSnapshot: ctx.candidateSnapshot ? ctx.candidateSnapshot.map((x) => ({
      id: m(x.id),
      key: maskKey(v, x.key),
      requests: x.requests,
      values: Object.fromEntries(Object.entries(x.values).map(([k, val]) => [k, num(val)]))
    })) : null,
    services: (ctx.services ?? []).map((x) => ({
      side: x.side,
      cpuPerRequestMs: num(x.cpuPerRequestMs),
      cores: num(x.cores),
      cpuCount: x.cpuCount,
      peakRssMb: num(x.peakRssMb),
      rssGrowthMbPerSecond: num(x.rssGrowthMbPerSecond),
      generatorCores: num(x.generatorCores),
      bottleneck: m(x.bottleneck)
    })),
    runUrl: ctx.runUrl ?? null
  };
}
function maskKey(v, key) {
  const m = v.s.masked;
  return { scenario: m(key.scenario), group: m(key.group), method: m(key.method), name: m(key.name) };
}
function metricJson(v, x) {
  return {
    metric: x.metric,
    unit: x.unit,
    baseline: num(x.baseline),
    candidate: num(x.candidate),
    change: num(x.change),
    changeKind: x.changeKind,
    interval: pair(x.interval),
    confidence: num(x.confidence),
    tolerance: num(x.tolerance),
    outcome: x.outcome,
    gated: x.gated,
    reason: x.reason === void 0 ? null : v.s.masked(x.reason),
    sampleSize: { ...x.sampleSize },
    baselineCv: num(x.baselineCv),
    noiseFloor: num(x.noiseFloor),
    runsToDecide: x.runsToDecide === void 0 ? null : num(x.runsToDecide)
  };
}
function comparisonJson(v, c) {
  const m = v.s.masked;
  return {
    design: c.design,
    seed: c.seed,
    familyConfidence: c.familyConfidence,
    correction: c.correction,
    loadModel: c.loadModel,
    loadModelSource: c.loadModelSource === void 0 ? null : { baseline: [...c.loadModelSource.baseline], candidate: [...c.loadModelSource.candidate] },
    runs: { ...c.runs },
    refused: c.refused === void 0 ? null : m(c.refused),
    reasons: c.reasons.map(m),
    warnings: c.warnings.map(m),
    series: v.sorted.map((s) => ({
      id: m(s.id),
      key: maskKey(v, s.key),
      outcome: s.outcome,
      metrics: Object.fromEntries(s.metrics.map((x) => [x.metric, metricJson(v, x)]))
    })),
    added: c.added.map(m),
    removed: c.removed.map(m),
    slos: c.slos.map((r) => ({
      series: m(r.spec.series),
      seriesId: m(r.seriesId),
      metric: r.spec.metric,
      limit: r.spec.limit,
      estimate: num(r.estimate),
      interval: pair(r.interval),
      status: r.status
    })),
    openModel: c.openModel ? {
      droppedIterations: { ...c.openModel.droppedIterations },
      achievedRate: {
        baseline: num(c.openModel.achievedRate.baseline),
        candidate: num(c.openModel.achievedRate.candidate)
      },
      targetRate: c.openModel.targetRate === void 0 ? null : num(c.openModel.targetRate)
    } : null,
    betweenJob: c.betweenJob ? { source: c.betweenJob.source, cv: num(c.betweenJob.cv), historySize: c.betweenJob.historySize } : null,
    pairs: c.pairs ? { ratios: c.pairs.ratios.map(num), orders: [...c.pairs.orders] } : null
  };
}
function headlineDelta(v) {
  const worst = v.comparison?.refused === void 0 ? v.sorted[0] : void 0;
  const x = worst && decidingMetric(worst);
  if (!worst || !x) return null;
  return {
    seriesId: v.s.masked(worst.id),
    metric: x.metric,
    change: num(x.change),
    changeKind: x.changeKind,
    interval: pair(x.interval),
    outcome: x.outcome
  };
}
function profileJson(p, m) {
  const time = (t) => ({ self: num(t.self), total: num(t.total) });
  return {
    reason: m(p.reason),
    top: p.top.map((c) => ({
      name: m(c.frame.name),
      file: m(c.frame.file),
      line: c.frame.line,
      base: time(c.base),
      pr: time(c.pr),
      selfChange: num(c.selfChange)
    })),
    noise: p.noise ? num(p.noise.selfPerRequest) : null,
    requests: p.requests ? { base: num(p.requests.base), pr: num(p.requests.pr) } : null,
    files: p.files.map(m),
    seconds: num(p.seconds),
    warnings: p.warnings.map(m),
    artifactUrl: p.artifactUrl ?? null
  };
}

// src/report/summary.ts
var SUMMARY_LIMIT = 1024 * 1024;
function renderSummary(ctx) {
  assertRenderable(ctx);
  return fitToLimit(
    (options) => renderMarkdown(ctx, options),
    SUMMARY_LIMIT,
    "Some detail was left out to stay under the 1 MiB job summary limit; report.json has every figure.",
    ctx.comparison?.series.length ?? 0
  );
}

export {
  CHECK_RUN_SUMMARY_MAX_BYTES,
  BODY_MAX_CHARS,
  truncateToLimit,
  oneLine,
  checkRunTitle,
  marker,
  withMarker,
  hasMarker,
  streamLogger,
  ScenarioError,
  pumpFile,
  withLoadModelInput,
  givenLoadModel,
  nameSeriesByTarget,
  WarmupTooLongError,
  isTransactionMessage,
  JtlSamples,
  jtlHeader,
  readJtlCsv,
  readK6Json,
  LOCUST_STATS_HEADER,
  readLocustCsv,
  LOCUST_REQUESTS_FORMAT,
  readLocustRequests,
  maskSecrets,
  createMeasurer,
  VERSION,
  gateSettingsOf,
  seedFromSha,
  escapeMarkdown,
  details,
  alert,
  commitRef,
  SIDE_LABEL,
  ServiceError,
  errorRateProblems,
  studentTQuantile,
  thresholdBreaches,
  seriesNoise,
  serviceSides,
  snapshotSeries,
  compareRuns,
  optionsFor,
  assertValidSides,
  applyErrorRatePolicy,
  judgeSameJob,
  judgeAgainstArtifact,
  assertRenderable,
  fitToLimit,
  METRIC_ORDER,
  metricLabel,
  metricFigures,
  capitalize,
  formatValue2 as formatValue,
  formatChange2 as formatChange,
  formatChangeWithInterval,
  formatAge,
  formatDate,
  shortSha,
  metricOutcomeText,
  orderedMetrics,
  NAME_MAX,
  viewOf,
  reportVerdict,
  HEADLINE_MAX,
  headline,
  headlineParts,
  metaLine,
  nightlySection,
  NO_BASELINE_ADVICE,
  profileLines,
  renderMarkdown,
  foldNote,
  renderCommentBody,
  buildReportJson,
  renderSummary,
  SAVED_REPORT_FILE,
  measuredRunsOf,
  savedReportJson,
  SavedReportError,
  readSavedReport,
  publishProfile,
  measureStep,
  measureWithServices,
  profilingRequest,
  readRunnerContext,
  reportBase,
  loadGeneratorOf
};
