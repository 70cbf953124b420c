/**
 * Where the engines write progress: the Action's log (collapsible groups) or the CLI's stderr.
 * Injected so both engines stay free of any one output channel.
 */
export interface EngineLogger {
  /** one line of progress or of a tool's output */
  info(line: string): void;
  warning(message: string): void;
  /** runs `fn` inside a collapsible section titled `title` */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

/** Plain text on a stream (the CLI uses stderr so stdout stays machine-readable). */
export function streamLogger(stream: NodeJS.WritableStream = process.stderr): EngineLogger {
  return {
    info: (line) => void stream.write(`${line}\n`),
    warning: (message) => void stream.write(`warning: ${message}\n`),
    group: async (title, fn) => {
      stream.write(`── ${title}\n`);
      return await fn();
    },
  };
}

/** Keeps every line in memory (tests, and callers that want the log afterwards). */
export interface MemoryLogger extends EngineLogger {
  lines: string[];
  warnings: string[];
  groups: string[];
}

export function memoryLogger(): MemoryLogger {
  const lines: string[] = [];
  const warnings: string[] = [];
  const groups: string[] = [];
  return {
    lines,
    warnings,
    groups,
    info: (line) => void lines.push(line),
    warning: (message) => void warnings.push(message),
    group: async (title, fn) => {
      groups.push(title);
      return await fn();
    },
  };
}

/** How logs and errors name one run of a tool, e.g. 'PR build: k6 run 2/3'. */
export function runTitle(label: string | undefined, tool: string, index: number, total: number): string {
  return `${label ? `${label}: ` : ''}${tool} run ${index}/${total}`;
}
