import { describe, expect, it } from 'vitest';
import { buildTree, type UnitRow } from './directory.tree.ts';

const unit = (id: string, parent_id: string | null): UnitRow => ({ id, parent_id, kind: 'team', name: id, name_cy: null });

describe('a unit’s subtree', () => {
  const tree = buildTree(
    [unit('place', null), unit('waste', 'place'), unit('crew', 'waste'), unit('parks', 'place'), unit('hr', null)],
    () => 0,
  );

  it('is the unit and every unit below it, parents first', () => {
    expect([...tree.subtree('place')]).toEqual(['place', 'waste', 'crew', 'parks']);
    expect([...tree.subtree('crew')]).toEqual(['crew']);
  });

  it('is empty for a unit not in the tree', () => {
    expect(tree.subtree('elsewhere').size).toBe(0);
  });

  it('walks a loop in the data once', () => {
    const looped = buildTree([unit('a', 'b'), unit('b', 'a')], () => 0);
    expect([...looped.subtree('a')].sort()).toEqual(['a', 'b']);
  });
});
