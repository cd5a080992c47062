import type { ContentKind } from '../../db/schema.ts';

/** Where each kind of item lives: /pages/:id, /news/:id. */
export const pathOf: Record<ContentKind, string> = { page: '/pages', news: '/news' };
