import type { Db } from '../../db/database.ts';
import { recordAudit } from '../../platform/audit.ts';
import { authorize } from '../../platform/authz.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { FieldError } from '../../platform/forms.ts';
import type { Translate } from '../../platform/i18n.ts';
import type { Actor } from '../../platform/session.ts';
import { type BestBetForm, checkBestBet, checkSynonyms } from './search.admin.forms.ts';
import {
  deleteBestBet,
  deleteSynonyms,
  findEntryTitle,
  insertBestBet,
  insertSynonyms,
  listBestBets,
  listSynonyms,
} from './search.admin.queries.ts';
import { type Period, searchAnalytics } from './search.analytics.ts';
import type { SearchLog } from './search.log.ts';

/**
 * What organisation admins do with search: read its analytics, and pin results
 * (best bets) and equate words (synonyms). Changes reach searches at once: the
 * database announces them, and the search settings cache forgets its copy.
 */
export function createSearchAdmin(deps: { db: Db; log: SearchLog }) {
  const { db, log } = deps;
  const mayManage = (actor: Actor) => authorize(actor, 'search:manage', { orgId: actor.orgId });
  const audit = (trx: Db, actor: Actor, action: string, subjectType: string, subjectId: string, details = {}) =>
    recordAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action, subjectType, subjectId, details });

  async function analytics(actor: Actor, period: Period, limit: number) {
    mayManage(actor);
    // Searches wait in memory for a few seconds: write them first, so that the page shows the latest.
    await log.flush();
    return searchAnalytics(db, actor.orgId, period, limit);
  }

  async function bestBets(actor: Actor) {
    mayManage(actor);
    return listBestBets(db, actor.orgId);
  }

  /** `siteHost` is this site's own host, the only one whose addresses may be given. */
  async function addBestBet(actor: Actor, form: BestBetForm, siteHost: string, t: Translate): Promise<FieldError[]> {
    mayManage(actor);
    const { query, target, errors } = checkBestBet(form, siteHost, t);
    if (errors.length || !target) return errors;
    // Only what search can find here: something unpublished, deleted or in another organisation cannot be pinned.
    if (!(await findEntryTitle(db, actor.orgId, target.kind, target.refId)))
      return [{ field: 'target', text: t('searchAdmin.errors.targetNotFound') }];
    const added = await db.transaction().execute(async (trx) => {
      const id = await insertBestBet(trx, { orgId: actor.orgId, query, kind: target.kind, refId: target.refId, createdBy: actor.userId });
      // The query is what staff typed: the ledger keeps ids and codes only.
      if (id) await audit(trx, actor, 'search.best_bet_added', 'search_best_bet', id, { kind: target.kind, ref_id: target.refId });
      return id;
    });
    return added ? [] : [{ field: 'query', text: t('searchAdmin.errors.bestBetExists') }];
  }

  async function removeBestBet(actor: Actor, id: string): Promise<void> {
    mayManage(actor);
    await db.transaction().execute(async (trx) => {
      if (!(await deleteBestBet(trx, actor.orgId, id))) throw new NotFoundError();
      await audit(trx, actor, 'search.best_bet_removed', 'search_best_bet', id);
    });
  }

  async function synonyms(actor: Actor) {
    mayManage(actor);
    return listSynonyms(db, actor.orgId);
  }

  async function addSynonyms(actor: Actor, typed: string | undefined, t: Translate): Promise<FieldError[]> {
    mayManage(actor);
    const { terms, errors } = checkSynonyms(typed, t);
    if (errors.length) return errors;
    const sameTerms = (group: string[]) => group.length === terms.length && group.every((term) => terms.includes(term));
    if ((await listSynonyms(db, actor.orgId)).some((group) => sameTerms(group.terms)))
      return [{ field: 'terms', text: t('searchAdmin.errors.synonymsExist') }];
    await db.transaction().execute(async (trx) => {
      const id = await insertSynonyms(trx, { orgId: actor.orgId, terms, createdBy: actor.userId });
      await audit(trx, actor, 'search.synonyms_added', 'search_synonyms', id, { terms: terms.length });
    });
    return [];
  }

  async function removeSynonyms(actor: Actor, id: string): Promise<void> {
    mayManage(actor);
    await db.transaction().execute(async (trx) => {
      if (!(await deleteSynonyms(trx, actor.orgId, id))) throw new NotFoundError();
      await audit(trx, actor, 'search.synonyms_removed', 'search_synonyms', id);
    });
  }

  return { analytics, bestBets, addBestBet, removeBestBet, synonyms, addSynonyms, removeSynonyms };
}

export type SearchAdmin = ReturnType<typeof createSearchAdmin>;
