import type { ContentStatus } from '../../db/schema.ts';

/**
 * What can be done to a page or news item, and what status each leaves it in.
 * Draft → in review → published → archived, with the ways back a team needs:
 * a reviewer sends a submission back with a comment, an editor publishes
 * straight away, an archived item is reopened as a draft. Editing a published
 * item starts a new draft while readers keep the published version.
 */
export const workflowActions = ['save', 'submit', 'approve', 'reject', 'publish', 'archive', 'reopen'] as const;
export type WorkflowAction = (typeof workflowActions)[number];

const transitions: Record<WorkflowAction, Partial<Record<ContentStatus, ContentStatus>>> = {
  save: { draft: 'draft', in_review: 'draft', published: 'draft' },
  submit: { draft: 'in_review' },
  approve: { in_review: 'published' },
  reject: { in_review: 'draft' },
  publish: { draft: 'published' },
  archive: { draft: 'archived', in_review: 'archived', published: 'archived' },
  reopen: { archived: 'draft' },
};

/** The status an action leads to from `status`, or null when the action is not allowed from there. */
export function nextStatus(status: ContentStatus, action: WorkflowAction): ContentStatus | null {
  return transitions[action][status] ?? null;
}

/** The actions open to an item in this status, for the buttons a page offers. */
export function actionsFrom(status: ContentStatus): WorkflowAction[] {
  return workflowActions.filter((action) => nextStatus(status, action) !== null);
}

export class IllegalTransitionError extends Error {
  readonly status: ContentStatus;
  readonly action: WorkflowAction;

  constructor(status: ContentStatus, action: WorkflowAction) {
    super(`cannot ${action} an item that is ${status}`);
    this.status = status;
    this.action = action;
  }
}
