import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  renderSnapshot,
  snapshotSeries
} from "./chunk-NL3ZGWH7.js";
import "./chunk-I62BPVWY.js";
import "./chunk-KOK75F2X.js";
import "./chunk-RRGB5FFM.js";
import "./chunk-RYF3KMEE.js";
import "./chunk-HMXL2AK5.js";
export {
  renderSnapshot,
  snapshotSeries
};
