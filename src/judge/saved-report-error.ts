/**
 * A saved report that cannot be used: missing, not ours, or of another schema. In a module of its own so the
 * CLI can classify the error without loading saved-report reading (and its schemas) at start-up.
 */
export class SavedReportError extends Error {
  override name = 'SavedReportError';
}
