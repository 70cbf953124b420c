/**
 * A scenario file the embedded engine cannot run. Its own module, so the CLI can classify the error without
 * loading the scenario parser (yaml, zod) on every start.
 */
export class ScenarioError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioError';
  }
}
