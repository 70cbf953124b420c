import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  renderCliReport,
  renderTerminalTable
} from "./chunk-W5MH2LH7.js";
import "./chunk-IABN2IB4.js";
import "./chunk-H4E5B5PE.js";
import "./chunk-FXMSLKV4.js";
import "./chunk-I62BPVWY.js";
import "./chunk-RUBWER6Z.js";
import "./chunk-6374IUCB.js";
import "./chunk-6NDA6WUM.js";
import "./chunk-BY53DINB.js";
import "./chunk-HMXL2AK5.js";
export {
  renderCliReport,
  renderTerminalTable
};
