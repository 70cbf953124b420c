/**
 * The two pieces of the runner's protocol the Action needs before it knows its inputs are valid, written out so
 * the first stage loads nothing heavy: `@actions/core` imports its OIDC client and, through it, all of undici
 * (about 0.8 MB of bundle), which would make every input error wait for it.
 */

/** An input as `@actions/core` getInput reads it: `INPUT_<NAME>` (spaces as `_`, upper case), trimmed. */
export function readInput(name: string, env: Record<string, string | undefined> = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** `core.setFailed`: an `::error::` workflow command (data escaped as the toolkit does) and exit code 1. */
export function failStep(message: string, out: NodeJS.WritableStream = process.stdout): void {
  const data = message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  out.write(`::error::${data}\n`);
  process.exitCode = 1;
}
