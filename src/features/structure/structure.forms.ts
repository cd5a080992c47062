import type { OrgUnitKind } from '../../db/schema.ts';
import { type FieldError, isUuid } from '../../platform/forms.ts';
import type { Translate } from '../../platform/i18n.ts';

export interface UnitForm {
  name?: string;
  nameCy?: string;
  kind?: string;
  parentId?: string;
}

export interface CheckedUnit {
  name: string;
  nameCy: string | null;
  kind: OrgUnitKind;
  parentId: string | null;
}

export const unitKinds: OrgUnitKind[] = ['directorate', 'service', 'team'];

export function checkUnit(form: UnitForm, t: Translate): { unit: CheckedUnit; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const name = form.name?.trim() ?? '';
  if (!name) errors.push({ field: 'name', text: t('structure.errors.nameMissing') });
  if (name.length > 200) errors.push({ field: 'name', text: t('structure.errors.tooLong') });
  const nameCy = form.nameCy?.trim() || null;
  if (nameCy && nameCy.length > 200) errors.push({ field: 'nameCy', text: t('structure.errors.tooLong') });
  const kind = unitKinds.find((candidate) => candidate === form.kind);
  if (!kind) errors.push({ field: 'kind', text: t('structure.errors.kind') });
  const parentId = form.parentId?.trim() || null;
  if (parentId && !isUuid(parentId)) errors.push({ field: 'parentId', text: t('structure.errors.parent') });
  return { unit: { name, nameCy, kind: kind ?? 'team', parentId }, errors };
}
