/** A bad input value. The message names the input (action input or CLI flag) and what it accepts. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    problem: string,
  ) {
    super(`input '${input}': ${problem}`);
    this.name = 'InputError';
  }
}
