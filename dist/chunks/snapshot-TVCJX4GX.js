import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  renderSnapshot,
  snapshotSeries
} from "./chunk-NLPP37JB.js";
import "./chunk-I62BPVWY.js";
import "./chunk-7SFJFLSG.js";
import "./chunk-PJLTGONB.js";
import "./chunk-IEL6FNXH.js";
import "./chunk-HMXL2AK5.js";
export {
  renderSnapshot,
  snapshotSeries
};
