import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  renderSnapshot,
  snapshotSeries
} from "./chunk-PV6JEBAO.js";
import "./chunk-I62BPVWY.js";
import "./chunk-UPAACHE6.js";
import "./chunk-OXVCVL56.js";
import "./chunk-BY53DINB.js";
import "./chunk-HMXL2AK5.js";
export {
  renderSnapshot,
  snapshotSeries
};
