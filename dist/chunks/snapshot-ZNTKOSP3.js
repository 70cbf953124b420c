import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  renderSnapshot,
  snapshotSeries
} from "./chunk-KI4YYOZB.js";
import "./chunk-I62BPVWY.js";
import "./chunk-VOW2C3MX.js";
import "./chunk-ULDLVSZK.js";
import "./chunk-RYF3KMEE.js";
import "./chunk-HMXL2AK5.js";
export {
  renderSnapshot,
  snapshotSeries
};
