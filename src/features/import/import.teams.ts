import { randomUUID } from 'node:crypto';
import type { OrgUnitKind } from '../../db/schema.ts';

export interface ExistingUnit {
  id: string;
  parent_id: string | null;
  name: string;
}

export interface NewUnit {
  id: string;
  parent_id: string | null;
  name: string;
  kind: OrgUnitKind;
}

const kindAt = (depth: number): OrgUnitKind => (depth === 0 ? 'directorate' : depth === 1 ? 'service' : 'team');

const keyOf = (parentId: string | null, name: string) => `${parentId ?? ''}/${name.replace(/\s+/g, ' ').trim().toLowerCase()}`;

/**
 * Finds each path's unit, walking down from the top and matching names
 * without regard to case under the same parent, and plans the units that do
 * not exist yet. Their ids are made here so that children can name their
 * parents, and they come out parents first, ready to insert in order.
 */
export function resolveTeams(
  paths: readonly string[][],
  existing: readonly ExistingUnit[],
): { teamIds: (string | null)[]; created: NewUnit[] } {
  const index = new Map<string, string>();
  // The caller lists units oldest first: where two share a name, the older is the one meant.
  for (const unit of existing) if (!index.has(keyOf(unit.parent_id, unit.name))) index.set(keyOf(unit.parent_id, unit.name), unit.id);
  const created: NewUnit[] = [];
  const teamIds = paths.map((path) => {
    let parentId: string | null = null;
    for (const [depth, name] of path.entries()) {
      const key = keyOf(parentId, name);
      let id = index.get(key);
      if (!id) {
        id = randomUUID();
        index.set(key, id);
        created.push({ id, parent_id: parentId, name, kind: kindAt(depth) });
      }
      parentId = id;
    }
    return parentId;
  });
  return { teamIds, created };
}
