import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  secretsOf
} from "./chunk-ZRMRBL27.js";

// src/judge/context.ts
function reportHeader(config, judged, made) {
  const { nowMs, version, runUrl } = made;
  const header = { ...judged, nowMs, version, secrets: secretsOf(config) };
  if (runUrl !== void 0) header.runUrl = runUrl;
  return header;
}
function loadGeneratorOf(measurer, measurement) {
  const cpu = measurement.cpu;
  if (cpu === void 0) return void 0;
  const info = {
    engine: measurer.engine,
    cpuCount: cpu.cpuCount,
    machineBusy: cpu.machineBusy
  };
  if (measurer.engine === "embedded") info.generatorOfOneCore = cpu.thisProcessOfOneCore;
  return info;
}
function reportContext(header, judgement, step) {
  const ctx = { ...header, ...judgement };
  if (step === void 0) return ctx;
  const loadGenerator = loadGeneratorOf(step.measurer, step.measurement);
  if (loadGenerator) ctx.loadGenerator = loadGenerator;
  if (step.measurement.profile) ctx.profile = step.measurement.profile;
  return ctx;
}

export {
  reportHeader,
  reportContext
};
