import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  renderCliReport,
  renderTerminalTable
} from "./chunk-ZFJP3ZT7.js";
import "./chunk-AI76PS3P.js";
import "./chunk-PO2I72ZH.js";
import "./chunk-FXMSLKV4.js";
import "./chunk-I62BPVWY.js";
import "./chunk-RUBWER6Z.js";
import "./chunk-6374IUCB.js";
import "./chunk-6NDA6WUM.js";
import "./chunk-RYF3KMEE.js";
import "./chunk-HMXL2AK5.js";
export {
  renderCliReport,
  renderTerminalTable
};
