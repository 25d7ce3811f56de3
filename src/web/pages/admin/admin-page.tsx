/**
 * Amministrazione (stp and system administrators): users and roles, org units with their validity,
 * the entity's data, one section at a time (`sezione` in the address). Others are told it is reserved.
 */
import { Callout, CalloutText, CalloutTitle } from 'design-react-kit';
import { Link, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { useWorkspace } from '../../workspace/workspace-context.js';
import { useCanAdminister } from './admin-access.js';
import { ADMIN_SECTIONS, validateAdminSearch, type AdminSection } from './admin-search.js';
import { EntitySettings } from './entity-settings.js';
import { OrgUnitsSection } from './org-units-section.js';
import { UsersSection } from './users-section.js';
import './admin.css';

const LABELS: Record<AdminSection, 'admin.page.users' | 'admin.page.units' | 'admin.page.entity'> = {
  utenti: 'admin.page.users', unita: 'admin.page.units', ente: 'admin.page.entity',
};

function SectionTabs({ current }: { current: AdminSection }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('admin.page.sections')}>
      <ul className="nav nav-tabs flex-nowrap overflow-auto admin-tabs mb-4">
        {ADMIN_SECTIONS.map((section) => (
          <li className="nav-item" key={section}>
            <Link to="/amministrazione" search={{ sezione: section }} className={section === current ? 'nav-link active' : 'nav-link'}
              aria-current={section === current ? 'page' : undefined} data-testid={`admin-tab-${section}`}>
              {t(LABELS[section])}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function AdminPage() {
  const { t } = useTranslation();
  const { entity } = useWorkspace();
  const allowed = useCanAdminister();
  const section = validateAdminSearch(useSearch({ strict: false })).sezione ?? 'utenti';
  useDocumentTitle(`${t(LABELS[section])} · ${t('admin.page.title')}`);
  if (!entity) {
    return (
      <>
        <h1>{t('admin.page.title')}</h1>
        <Callout color="note"><CalloutTitle>{t('admin.page.noEntityTitle')}</CalloutTitle><CalloutText>{t('admin.page.noEntityBody')}</CalloutText></Callout>
      </>
    );
  }
  return (
    <>
      <h1>{t('admin.page.title')}</h1>
      {!allowed ? (
        <Callout color="warning" testId="admin-forbidden">
          <CalloutTitle>{t('admin.page.forbiddenTitle')}</CalloutTitle>
          <CalloutText>{t('admin.page.forbiddenBody')}</CalloutText>
        </Callout>
      ) : (
        <>
          <p className="lead">{t('admin.page.intro', { entity: entity.name })}</p>
          <SectionTabs current={section} />
          {section === 'utenti' ? <UsersSection entityCode={entity.code} /> : null}
          {section === 'unita' ? <OrgUnitsSection entityCode={entity.code} /> : null}
          {section === 'ente' ? <EntitySettings entityCode={entity.code} /> : null}
        </>
      )}
    </>
  );
}
