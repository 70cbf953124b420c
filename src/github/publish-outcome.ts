/** What publishing one item to GitHub came to; the Action reports each in the job summary. */

export interface RepoRef {
  owner: string;
  repo: string;
}

/** The permission a workflow must grant for each kind of item (the `permissions:` key of the job). */
export type WritePermission = 'checks: write' | 'pull-requests: write' | 'issues: write';

export interface Written {
  status: 'posted' | 'updated' | 'closed';
  /** check run id, comment id, or issue number */
  id: number;
  url: string;
  /** things the reader should know, e.g. "summary truncated to GitHub's 65 535-byte limit" */
  notes: string[];
}

export interface NothingToDo {
  status: 'nothing-to-do';
  reason: string;
}

/** GitHub refused (403) or hid (404) the resource: the token lacks `permission`. */
export interface PermissionDenied {
  status: 'skipped-permission';
  permission: WritePermission;
  operation: string;
  httpStatus: number;
  message: string;
}

export interface Failed {
  status: 'failed';
  operation: string;
  message: string;
}

export type OperationResult = Written | NothingToDo | PermissionDenied;
export type PublishOutcome = OperationResult | Failed;
