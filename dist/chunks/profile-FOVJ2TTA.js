import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  profileLines,
  profileSection
} from "./chunk-EWDJBB73.js";
import "./chunk-FXMSLKV4.js";
import "./chunk-QE7TBEWJ.js";
import "./chunk-6374IUCB.js";
import "./chunk-HMXL2AK5.js";
export {
  profileLines,
  profileSection
};
