/**
 * The roles of a user in the entity: one checkbox per role; dirigente and referente can be limited to
 * some org units (a multiple select of the units, in org-chart order).
 */
import { useTranslation } from 'react-i18next';
import { ENTITY_ROLES, type EntityRole } from '../../../core/authorization/roles.js';
import type { OrgUnit, RoleGrant } from './admin-queries.js';
import { orgUnitRows } from './org-unit-tree.js';

const SCOPED: readonly EntityRole[] = ['dirigente', 'referente'];

interface RoleEditorProps {
  idPrefix: string;
  roles: RoleGrant[];
  units: OrgUnit[];
  error?: string | undefined;
  onChange: (roles: RoleGrant[]) => void;
}

export function RoleEditor({ idPrefix, roles, units, error, onChange }: RoleEditorProps) {
  const { t } = useTranslation();
  const rows = orgUnitRows(units);
  const grantOf = (role: EntityRole) => roles.find((grant) => grant.role === role);
  const toggle = (role: EntityRole) => {
    onChange(grantOf(role) ? roles.filter((grant) => grant.role !== role) : [...roles, { role, scopeUnitIds: [] }]);
  };
  const setScope = (role: EntityRole, scopeUnitIds: string[]) => {
    onChange(roles.map((grant) => (grant.role === role ? { ...grant, scopeUnitIds } : grant)));
  };
  const errorId = `${idPrefix}-roles-error`;
  return (
    <fieldset className="mb-4" aria-describedby={[`${idPrefix}-roles-hint`, error ? errorId : null].filter(Boolean).join(' ')}>
      <legend className="h6">{t('admin.users.rolesLegend')}</legend>
      <small id={`${idPrefix}-roles-hint`} className="form-text d-block mb-2">{t('admin.users.rolesHint')}</small>
      {ENTITY_ROLES.map((role) => {
        const grant = grantOf(role);
        const id = `${idPrefix}-role-${role}`;
        return (
          <div key={role} className="mb-2">
            <div className="form-check">
              <input id={id} type="checkbox" checked={grant !== undefined} onChange={() => toggle(role)} />
              <label htmlFor={id}>{t(`roles.${role}`)}</label>
            </div>
            {grant && SCOPED.includes(role) ? (
              <div className="ms-5 mb-3">
                <label htmlFor={`${id}-scope`} className="d-block fw-semibold">{t('admin.users.scope', { role: t(`roles.${role}`) })}</label>
                <select id={`${id}-scope`} multiple className="form-control admin-scope-select" aria-describedby={`${id}-scope-hint`}
                  value={grant.scopeUnitIds} onChange={(event) => setScope(role, [...event.target.selectedOptions].map((option) => option.value))}>
                  {rows.map(({ unit, depth }) => (
                    <option key={unit.id} value={unit.id}>{`${'\u00a0\u00a0'.repeat(depth)}${unit.code} – ${unit.name}`}</option>
                  ))}
                </select>
                <small id={`${id}-scope-hint`} className="form-text">{t('admin.users.scopeHint')}</small>
              </div>
            ) : null}
          </div>
        );
      })}
      {error ? <div id={errorId} className="invalid-feedback d-block">{error}</div> : null}
    </fieldset>
  );
}
