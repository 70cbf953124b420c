import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  HEADLINE_MAX,
  VERDICT_EMOJI,
  headline,
  headlineOf,
  headlineParts,
  reportVerdict
} from "./chunk-5KKGYJ4E.js";
import "./chunk-I62BPVWY.js";
import "./chunk-RUBWER6Z.js";
import "./chunk-6374IUCB.js";
import "./chunk-IEL6FNXH.js";
import "./chunk-HMXL2AK5.js";
export {
  HEADLINE_MAX,
  VERDICT_EMOJI,
  headline,
  headlineOf,
  headlineParts,
  reportVerdict
};
