import type { OrgUnitKind } from '../../db/schema.ts';

export interface UnitRow {
  id: string;
  parent_id: string | null;
  kind: OrgUnitKind;
  name: string;
  name_cy: string | null;
}

export interface Unit {
  id: string;
  parentId: string | null;
  kind: OrgUnitKind;
  name: string;
  nameCy: string | null;
  /** Active people in this unit and every unit below it. */
  people: number;
  /** Sorted by English name, as the query returns them. */
  children: Unit[];
}

/** A unit as one language shows it. */
export interface UnitView {
  id: string;
  kind: OrgUnitKind;
  name: string;
  people: number;
}

/**
 * An organisation's whole structure, built once from its flat list of units
 * and kept until the directory changes (see directory.snapshot.ts).
 */
export interface OrgTree {
  roots: Unit[];
  /** Every unit, parents before their children. */
  all: Unit[];
  get(id: string): Unit | undefined;
  /** The unit's parents, nearest first; a loop in the data stops where it repeats. */
  ancestors(id: string): Unit[];
  /** The unit and every unit below it, parents first; none for a unit not in the tree. */
  subtree(id: string): Set<string>;
}

/** `directCount` says how many active people a unit holds itself; the tree adds up the units below. */
export function buildTree(rows: readonly UnitRow[], directCount: (unitId: string) => number): OrgTree {
  const byId = new Map<string, Unit>(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        parentId: row.parent_id,
        kind: row.kind,
        name: row.name,
        nameCy: row.name_cy,
        people: directCount(row.id),
        children: [],
      },
    ]),
  );
  const roots: Unit[] = [];
  for (const unit of byId.values()) {
    const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
    (parent ? parent.children : roots).push(unit);
  }
  const all: Unit[] = [];
  const total = (unit: Unit): number => {
    all.push(unit);
    return (unit.people += unit.children.reduce((sum, child) => sum + total(child), 0));
  };
  roots.forEach(total);

  return {
    roots,
    all,
    get: (id) => byId.get(id),
    ancestors(id) {
      const chain: Unit[] = [];
      const seen = new Set([id]);
      for (let unit = byId.get(id); unit?.parentId && !seen.has(unit.parentId);) {
        seen.add(unit.parentId);
        unit = byId.get(unit.parentId);
        if (unit) chain.push(unit);
      }
      return chain;
    },
    subtree(id) {
      const found = new Set<string>();
      const visit = (unit: Unit | undefined) => {
        // A loop in the data is walked once.
        if (!unit || found.has(unit.id)) return;
        found.add(unit.id);
        unit.children.forEach(visit);
      };
      visit(byId.get(id));
      return found;
    },
  };
}

export function unitName(unit: { name: string; nameCy: string | null }, locale: string): string {
  return (locale === 'cy' && unit.nameCy) || unit.name;
}

export function viewOf(unit: Unit, locale: string): UnitView {
  return { id: unit.id, kind: unit.kind, name: unitName(unit, locale), people: unit.people };
}

/** Every unit for a picker: parents before their children, each labelled with its path ("Place › Waste › North Crew"). */
export function unitChoices(tree: OrgTree, locale: string): Array<{ id: string; label: string }> {
  const labels = new Map<string, string>();
  return tree.all.map((unit) => {
    const parentLabel = unit.parentId ? labels.get(unit.parentId) : undefined;
    const label = parentLabel ? `${parentLabel} › ${unitName(unit, locale)}` : unitName(unit, locale);
    labels.set(unit.id, label);
    return { id: unit.id, label };
  });
}
