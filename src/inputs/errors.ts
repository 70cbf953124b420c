/** A bad input value. The message names the input (action input or CLI flag) and what it accepts. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly problem: string,
  ) {
    super(`${actionInputLabel(input)}: ${problem}`);
    this.name = 'InputError';
  }
}

/** How the Action names an input in messages; the CLI names the same setting `--name`. */
export function actionInputLabel(input: string): string {
  return `input '${input}'`;
}

/** Every problem with a set of inputs, one per line, so a user fixes them in one go. */
export class InvalidInputsError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid inputs:\n- ${problems.join('\n- ')}`);
    this.name = 'InvalidInputsError';
  }
}
