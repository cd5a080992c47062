import { describe, expect, it } from 'vitest';
import { buildTree, type UnitRow } from '../directory/directory.tree.ts';
import { withChosen } from './search.present.ts';
import { listedUnits, maxUnitChoices } from './search.service.ts';

/** A council of `directorates`, each with `services`, each with `teams`. */
function council(directorates: number, services: number, teams: number): UnitRow[] {
  const rows: UnitRow[] = [];
  const unit = (kind: UnitRow['kind'], name: string, parent: string | null) => {
    const id = `${kind}-${rows.length}`;
    rows.push({ id, parent_id: parent, kind, name, name_cy: null });
    return id;
  };
  for (let d = 0; d < directorates; d++) {
    const directorate = unit('directorate', `Directorate ${d}`, null);
    for (let s = 0; s < services; s++) {
      const service = unit('service', `Service ${d}.${s}`, directorate);
      for (let team = 0; team < teams; team++) unit('team', `Team ${d}.${s}.${team}`, service);
    }
  }
  return rows;
}
const kinds = (rows: UnitRow[], listed: Array<{ id: string }>) =>
  new Set(listed.map((each) => rows.find((row) => row.id === each.id)?.kind));

describe('the unit filter', () => {
  it('lists every unit of a small council, labelled with the units above it', () => {
    const rows = council(4, 3, 2);
    const listed = listedUnits(
      buildTree(rows, () => 1),
      'en',
    );
    expect(listed).toHaveLength(rows.length);
    expect(listed.map((each) => each.label)).toContain('Directorate 1 › Service 1.2 › Team 1.2.0');
  });

  it('stops a level up where listing the teams would make the list too long', () => {
    const rows = council(13, 8, 6);
    const listed = listedUnits(
      buildTree(rows, () => 1),
      'en',
    );
    expect(listed).toHaveLength(13 + 13 * 8);
    expect(kinds(rows, listed)).toEqual(new Set(['directorate', 'service']));
  });

  it('always lists the top level, however many units it has', () => {
    const rows = council(maxUnitChoices + 5, 1, 0);
    const listed = listedUnits(
      buildTree(rows, () => 1),
      'en',
    );
    expect(listed).toHaveLength(maxUnitChoices + 5);
    expect(kinds(rows, listed)).toEqual(new Set(['directorate']));
  });
});

describe('the chosen unit', () => {
  const options = '<option value="a1">Resources</option><option value="b2">Resources › Payroll</option>';

  it('is marked where the list has it', () => {
    expect(withChosen(options, 'b2', 'Payroll')).toBe(
      '<option value="a1">Resources</option><option value="b2" selected>Resources › Payroll</option>',
    );
  });

  it('is added, escaped, when it is deeper than the list goes', () => {
    expect(withChosen(options, 'c3', 'Pay & <Pensions>')).toBe(`<option value="c3" selected>Pay &amp; &lt;Pensions&gt;</option>${options}`);
  });

  it('is left out when it has no name here (another council’s unit)', () => {
    expect(withChosen(options, 'd4', '')).toBe(options);
    expect(withChosen(options, null, '')).toBe(options);
  });
});
