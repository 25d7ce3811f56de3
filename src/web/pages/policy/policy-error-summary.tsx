/**
 * The list of the server's field errors above the form, each linking to its field (the message is also
 * shown next to the field). Settings the form does not show are named by their path.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from './policy-fields.js';

export function PolicyErrorSummary({ errors }: { errors: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const count = errors.size;
  useEffect(() => { if (count > 0) heading.current?.focus(); }, [count]);
  if (count === 0) return null;
  const labelOf = (path: string) => (i18n.exists(`smvp.fields.${path}`) ? t(`smvp.fields.${path}` as 'smvp.fields.cap') : path);
  return (
    <div className="alert alert-danger" role="alert" data-testid="policy-errors">
      <h2 className="h5 alert-heading" tabIndex={-1} ref={heading}>{t('smvp.page.checkFields')}</h2>
      <ul className="mb-0">
        {[...errors].map(([path, message]) => (
          <li key={path}><a href={`#${fieldId(path.split('.'))}`}>{labelOf(path)}</a>: {message}</li>
        ))}
      </ul>
    </div>
  );
}
