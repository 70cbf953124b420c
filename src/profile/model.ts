/**
 * One model for every profile format perf-gate reads: weighted call stacks. A frame is a function named by
 * its name and where it is defined; a stack lists frames from the root (outermost caller) to the leaf (the
 * function that was running); its weight is the time the samples that saw it stand for, in seconds.
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
  seconds: number;
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
