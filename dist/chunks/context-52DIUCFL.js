import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  reportContext,
  reportHeader
} from "./chunk-JBAYR76E.js";
import "./chunk-ZRMRBL27.js";
import "./chunk-6NDA6WUM.js";
import "./chunk-5CIDEWRF.js";
import "./chunk-EXB2D2B4.js";
import "./chunk-3QD6O3PJ.js";
import "./chunk-OTXEUQ6A.js";
import "./chunk-HMXL2AK5.js";
export {
  reportContext,
  reportHeader
};
