import { describe, expect, it } from 'vitest';
import { type ContentStatus, contentStatuses } from '../../db/schema.ts';
import { actionsFrom, nextStatus, type WorkflowAction, workflowActions } from './content.workflow.ts';

// The workflow as the issue states it, written out in full: every action from every status.
const expected: Record<ContentStatus, Partial<Record<WorkflowAction, ContentStatus>>> = {
  draft: { save: 'draft', submit: 'in_review', publish: 'published', archive: 'archived' },
  in_review: { save: 'draft', approve: 'published', reject: 'draft', archive: 'archived' },
  published: { save: 'draft', archive: 'archived' },
  archived: { reopen: 'draft' },
};

const cases = contentStatuses.flatMap((status) =>
  workflowActions.map((action) => ({ status, action, to: expected[status][action] ?? null })),
);

describe('the content workflow', () => {
  it.each(cases)('$action from $status → $to', ({ status, action, to }) => {
    expect(nextStatus(status, action)).toBe(to);
  });

  it('refuses every transition not in the workflow', () => {
    const illegal = cases.filter((c) => c.to === null);
    expect(illegal.length).toBeGreaterThanOrEqual(15);
    for (const { status, action } of illegal) expect(nextStatus(status, action)).toBeNull();
  });

  it('offers exactly the allowed actions', () => {
    expect(actionsFrom('in_review')).toEqual(['save', 'approve', 'reject', 'archive']);
    expect(actionsFrom('archived')).toEqual(['reopen']);
  });
});
