import { type AreaRole, areaRoles } from '../../db/schema.ts';
import { type FieldError, normaliseEmail, isUuid } from '../../platform/forms.ts';
import type { Translate } from '../../platform/i18n.ts';

export interface GrantForm {
  granteeEmail?: string | undefined;
  granteeTeam?: string | undefined;
  role?: string | undefined;
  includeSubteams?: string | undefined;
}

export interface CheckedGrant {
  granteeEmail: string | null;
  granteeTeamId: string | null;
  role: AreaRole;
  includeSubteams: boolean;
}

export function checkGrant(form: GrantForm, t: Translate): { grant: CheckedGrant | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const email = form.granteeEmail?.trim() ? normaliseEmail(form.granteeEmail) : null;
  const team = form.granteeTeam?.trim() || null;
  if (!email && !team) errors.push({ field: 'granteeEmail', text: t('roles.granteeMissing') });
  if (email && team) errors.push({ field: 'granteeEmail', text: t('roles.granteeBoth') });
  if (team && !isUuid(team)) errors.push({ field: 'granteeTeam', text: t('roles.teamUnknown') });
  const role = areaRoles.find((candidate) => candidate === form.role);
  if (!role) errors.push({ field: 'role', text: t('roles.roleMissing') });
  if (errors.length || !role) return { grant: null, errors };
  return {
    grant: { granteeEmail: email, granteeTeamId: team, role, includeSubteams: Boolean(team) && form.includeSubteams === 'yes' },
    errors,
  };
}
