export interface UnitRow {
  id: string;
  parent_id: string | null;
  kind: string;
  name: string;
  name_cy: string | null;
  people: number | string | null;
}

export interface UnitNode {
  id: string;
  kind: string;
  name: string;
  /** People in this unit and every unit below it. */
  people: number;
  children: UnitNode[];
}

/** Builds the organisation's tree from its flat list of units, counting people upwards. */
export function unitTree(rows: UnitRow[], locale: string): UnitNode[] {
  const nodes = new Map<string, UnitNode>(
    rows.map((row) => [
      row.id,
      { id: row.id, kind: row.kind, name: (locale === 'cy' && row.name_cy) || row.name, people: Number(row.people ?? 0), children: [] },
    ]),
  );
  const roots: UnitNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id) as UnitNode;
    const parent = row.parent_id ? nodes.get(row.parent_id) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const total = (node: UnitNode): number => (node.people += node.children.reduce((sum, child) => sum + total(child), 0));
  roots.forEach(total);
  return roots;
}
