import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  HEADLINE_MAX,
  VERDICT_EMOJI,
  headline,
  headlineOf,
  headlineParts,
  reportVerdict
} from "./chunk-H4E5B5PE.js";
import "./chunk-I62BPVWY.js";
import "./chunk-RUBWER6Z.js";
import "./chunk-6374IUCB.js";
import "./chunk-BY53DINB.js";
import "./chunk-HMXL2AK5.js";
export {
  HEADLINE_MAX,
  VERDICT_EMOJI,
  headline,
  headlineOf,
  headlineParts,
  reportVerdict
};
