/**
 * The export menu: download links for the workspace's plan — the XLSX workbook and the JSON/YAML plan
 * file (for the technical support unit), the open data of the year's results (JSON, CSV) for everyone.
 * Plain links: the browser downloads the attachment with the session cookie.
 */
import { Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../workspace/workspace-context.js';

interface Download { href: string; label: string }

export function ExportMenu({ canExportPlan }: { canExportPlan: boolean }) {
  const { t } = useTranslation();
  const { entity, plan, year } = useWorkspace();
  if (!entity) return null;
  const base = plan ? `/api/entities/${encodeURIComponent(entity.code)}/plans/${encodeURIComponent(plan.code)}` : '';
  const resultYear = year ?? plan?.firstYear ?? 0;
  const downloads: Download[] = plan ? [
    ...(canExportPlan ? [
      { href: `${base}/export?format=xlsx`, label: t('imports.export.xlsx') },
      { href: `${base}/export?format=json`, label: t('imports.export.json') },
      { href: `${base}/export?format=yaml`, label: t('imports.export.yaml') },
    ] : []),
    { href: `${base}/open-data?year=${resultYear}`, label: t('imports.export.openDataJson', { year: resultYear }) },
    { href: `${base}/open-data?year=${resultYear}&format=csv`, label: t('imports.export.openDataCsv', { year: resultYear }) },
    { href: `${base}/open-data?year=${resultYear}&format=csv&locale=it`, label: t('imports.export.openDataCsvIt', { year: resultYear }) },
  ] : [];
  return (
    <section aria-labelledby="export-heading" className="mt-5">
      <h2 id="export-heading">{t('imports.export.heading')}</h2>
      {plan ? (
        <>
          <p>{t('imports.export.intro', { plan: plan.code, year: resultYear })}</p>
          <ul className="list-unstyled export-menu" data-testid="export-menu">
            {downloads.map((download) => (
              <li key={download.href} className="mb-2">
                <a href={download.href} download className="d-inline-flex align-items-center gap-2">
                  <Icon icon="it-download" size="sm" color="primary" aria-hidden="true" />
                  <span>{download.label}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : <p>{t('imports.export.noPlan')}</p>}
    </section>
  );
}
