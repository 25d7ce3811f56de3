/**
 * The explanation dialog: how one number was computed, read from the engine's explanation tree. A
 * member opens its own explanation in the same dialog (the trail is kept: "Back to …"); Escape or the
 * close button ends it and focus returns to the number that opened it.
 */
import { useEffect, useRef } from 'react';
import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { ProblemAlert } from '../problem-alert.js';
import { explanationQueryOptions, type ExplanationScope, type ExplanationSubject } from './explanation-queries.js';
import { ExplanationSummary } from './explanation-summary.js';
import { ExplanationExclusions, ExplanationInputs, ExplanationMembers } from './explanation-tables.js';
import './explanation.css';

export interface ExplanationStep {
  scope: ExplanationScope;
  subject: ExplanationSubject;
  /** What the user clicked, for the title and the "Back to" button. */
  label: string;
}

interface ExplanationDialogProps {
  trail: ExplanationStep[];
  onOpen: (step: ExplanationStep) => void;
  onBack: () => void;
  onClose: () => void;
}

function ExplanationContent({ step, onOpen }: { step: ExplanationStep; onOpen: ExplanationDialogProps['onOpen'] }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const query = useQuery(explanationQueryOptions(step.scope, step.subject));
  if (query.isPending) return <p role="status">{t('results.explanation.loading')}</p>;
  if (query.isError) return <ProblemAlert title={t('results.explanation.failed')} error={query.error} />;
  const explanation = query.data;
  if (!explanation) return <p>{t('results.explanation.notFound')}</p>;
  return (
    <div data-testid="explanation-content">
      <ExplanationSummary explanation={explanation} />
      <ExplanationInputs explanation={explanation} />
      <ExplanationMembers explanation={explanation} scope={step.scope} onOpen={(subject, label) => onOpen({ scope: step.scope, subject, label })} />
      <ExplanationExclusions explanation={explanation} />
      {explanation.messages.length > 0 ? (
        <section aria-labelledby="explanation-notes">
          <h3 id="explanation-notes" className="h6">{t('results.explanation.notes')}</h3>
          <ul>{explanation.messages.map((message) => <li key={message.code + message.it}>{message[language]}</li>)}</ul>
        </section>
      ) : null}
    </div>
  );
}

export function ExplanationDialog({ trail, onOpen, onBack, onClose }: ExplanationDialogProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const step = trail[trail.length - 1];
  const previous = trail.length > 1 ? trail[trail.length - 2] : undefined;
  // Opening a member or going back replaces the content: focus its heading, so keyboard and screen
  // reader users continue from there (and Escape still reaches the dialog).
  useEffect(() => { if (trail.length > 0) heading.current?.focus(); }, [trail.length]);
  const when = step
    ? step.scope.period === null
      ? t('results.explanation.yearPeriod', { year: step.scope.year })
      : t('results.explanation.yearPeriodInterim', { year: step.scope.year, period: step.scope.period })
    : '';
  return (
    <Modal fade={false} isOpen={step !== undefined} toggle={onClose} labelledBy="explanation-title" size="lg" scrollable returnFocusAfterClose data-testid="explanation-dialog">
      <ModalHeader id="explanation-title" tag="h2" className="h4" toggle={onClose} closeAriaLabel={t('results.explanation.close')}>
        {t('results.explanation.title')}
        <span className="d-block small fw-normal mt-1">{when}</span>
      </ModalHeader>
      <ModalBody>
        {previous ? (
          <Button color="primary" outline size="sm" className="mb-3" onClick={onBack} data-testid="explanation-back">
            <span aria-hidden="true">← </span>{t('results.explanation.back', { what: previous.label })}
          </Button>
        ) : null}
        <h3 className="h5 explanation-heading" tabIndex={-1} ref={heading} data-testid="explanation-heading">{step?.label}</h3>
        {step ? <ExplanationContent key={`${trail.length}`} step={step} onOpen={onOpen} /> : null}
      </ModalBody>
      <ModalFooter>
        <Button color="primary" onClick={onClose}>{t('results.explanation.close')}</Button>
      </ModalFooter>
    </Modal>
  );
}
