/**
 * One model for every profile format perf-gate reads: weighted call stacks. A frame is a function named by
 * its name and where it is defined; a stack lists frames from the root (outermost caller) to the leaf (the
 * function that was running); its weight is what the samples that saw it stand for: seconds of CPU in a CPU
 * profile, bytes allocated in a heap profile.
 */
export interface Frame {
  name: string;
  /** source file as the profiler wrote it ('' when it did not say) */
  file: string;
  /** 1-based line of the definition (0 when unknown) */
  line: number;
}

export interface WeightedStack {
  /** root first, leaf last */
  frames: Frame[];
  /** seconds (CPU profiles) or bytes (heap profiles) */
  weight: number;
}

export interface Profile {
  /** what was read, for messages ('base.cpuprofile') */
  source: string;
  stacks: WeightedStack[];
}

/** The key a function is compared by across profiles: name plus file:line. */
export function functionKey(frame: Frame): string {
  return frame.file === '' ? frame.name : `${frame.name} ${frame.file}:${frame.line}`;
}

/** Bad profile input: the message names the file and what is wrong with it. */
export class ProfileFormatError extends Error {
  constructor(source: string, problem: string) {
    super(`${source}: ${problem}`);
    this.name = 'ProfileFormatError';
  }
}
