import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  renderSnapshot,
  snapshotSeries
} from "./chunk-X52I7BFD.js";
import "./chunk-I62BPVWY.js";
import "./chunk-TZMNWUVM.js";
import "./chunk-2JJYW5AD.js";
import "./chunk-IEL6FNXH.js";
import "./chunk-HMXL2AK5.js";
export {
  renderSnapshot,
  snapshotSeries
};
