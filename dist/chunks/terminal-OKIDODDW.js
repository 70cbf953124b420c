import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  renderCliReport,
  renderTerminalTable
} from "./chunk-NKUDTHKW.js";
import "./chunk-DYGKSEII.js";
import "./chunk-5KKGYJ4E.js";
import "./chunk-FXMSLKV4.js";
import "./chunk-I62BPVWY.js";
import "./chunk-RUBWER6Z.js";
import "./chunk-6374IUCB.js";
import "./chunk-6NDA6WUM.js";
import "./chunk-IEL6FNXH.js";
import "./chunk-HMXL2AK5.js";
export {
  renderCliReport,
  renderTerminalTable
};
