/**
 * Why one dataset could not be updated: a reason in a sentence, details (one per line) if any, and
 * the URL concerned when it is more precise than the dataset's source URL (one page of an API).
 */
export class UpdateFailure extends Error {
  readonly details: readonly string[];
  readonly url: string | undefined;
  constructor(reason: string, details: readonly string[] = [], url?: string) {
    super(reason);
    this.name = 'UpdateFailure';
    this.details = details;
    this.url = url;
  }
}
