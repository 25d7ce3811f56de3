/**
 * How a card number is computed: the engine's explanation tree (card → components → objectives →
 * indicators, nodes, own indicators, behaviours) in a dialog with a trail (each member opens its own
 * explanation; "Back to …"). A linked plan indicator or node also opens the organisational explanation
 * (the shared explanation dialog), where its own inputs are shown.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { CardExplanation } from '../../../core/evaluation/card-explanation.js';
import { useOpenExplanation } from '../../components/explanation/explanation-context.js';
import { formatNumber } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { pointsText } from './card-format.js';

interface Step { node: CardExplanation; label: string }
interface Scope { entityCode: string; planCode: string; year: number }

type OpenCardExplanation = (node: CardExplanation, label: string) => void;
const CardExplanationContext = createContext<OpenCardExplanation | null>(null);

export function useOpenCardExplanation(): OpenCardExplanation {
  const open = useContext(CardExplanationContext);
  if (!open) throw new Error('useOpenCardExplanation outside CardExplanationProvider');
  return open;
}

/** A number that opens its explanation; the accessible name says what it explains. */
export function CardNumber({ node, label, value, testId }: { node: CardExplanation | undefined; label: string; value: string; testId?: string }) {
  const { t } = useTranslation();
  const open = useOpenCardExplanation();
  if (!node) return <span data-testid={testId}>{value}</span>;
  return (
    <button type="button" className="btn btn-link p-0 explanation-button" aria-haspopup="dialog" data-testid={testId} onClick={() => open(node, label)}>
      {value}<span className="visually-hidden"> — {t('cards.card.explain', { what: label })}</span>
    </button>
  );
}

function useKindWord() {
  const { t } = useTranslation();
  return (kind: string) => t(`cards.kinds.${kind}`, { defaultValue: kind });
}

function Members({ node, onOpen, scope, onOrganisational }: { node: CardExplanation; onOpen: (step: Step) => void; scope: Scope; onOrganisational: (kind: 'indicator' | 'node', code: string) => void }) {
  const { t } = useTranslation();
  const { language, locale } = useAppLanguage();
  const kindWord = useKindWord();
  if (node.children.length === 0) return null;
  return (
    <div className="table-responsive">
      <table className="table table-sm" data-testid="card-explanation-members">
        <caption>{t('cards.explanation.members')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cards.explanation.member')}</th>
            <th scope="col" className="text-end">{t('cards.explanation.given')}</th>
            <th scope="col" className="text-end">{t('cards.explanation.normalised')}</th>
            <th scope="col">{t('cards.explanation.treatment')}</th>
            <th scope="col" className="text-end">{t('cards.common.raw')}</th>
            <th scope="col" className="text-end">{t('cards.common.adjusted')}</th>
          </tr>
        </thead>
        <tbody>
          {node.children.map((child) => {
            const name = `${kindWord(child.kind)} ${child.code} ${child.label[language]}`;
            const organisational = (child.kind === 'indicator' || child.kind === 'node') && scope.planCode !== '';
            return (
              <tr key={`${child.kind}-${child.code}`}>
                <th scope="row">
                  <button type="button" className="btn btn-link p-0 text-start" onClick={() => onOpen({ node: child, label: name })}>
                    <code>{child.code}</code> {child.label[language]}
                    <span className="visually-hidden"> — {t('cards.explanation.openMember', { what: name })}</span>
                  </button>
                  {organisational ? (
                    <button type="button" className="btn btn-link btn-sm p-0 d-block" onClick={() => onOrganisational(child.kind as 'indicator' | 'node', child.code)}>
                      {t('cards.explanation.organisational', { code: child.code })}
                    </button>
                  ) : null}
                </th>
                <td className="text-end">{child.weight?.given === null || child.weight === undefined ? t('cards.explanation.equalWeight') : formatNumber(child.weight.given, { locale })}</td>
                <td className="text-end">{child.weight?.normalised === null || child.weight === undefined ? '—' : formatNumber(child.weight.normalised, { locale, decimals: 2 })}</td>
                <td>{child.weight ? t(`cards.treatments.${child.weight.treatment}`) : '—'}</td>
                <td className="text-end">{pointsText(child.raw, locale, 4)}</td>
                <td className="text-end">{pointsText(child.adjusted, locale, 4)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Facts({ node }: { node: CardExplanation }) {
  const { t } = useTranslation();
  const { language, locale } = useAppLanguage();
  const inputs = Object.entries(node.inputs ?? {});
  return (
    <dl className="row" data-testid="card-explanation-facts">
      <dt className="col-sm-4">{t('cards.explanation.state')}</dt>
      <dd className="col-sm-8">{t(`cards.scoreStates.${node.state}`, { defaultValue: node.state })}</dd>
      <dt className="col-sm-4">{t('cards.explanation.raw')}</dt>
      <dd className="col-sm-8" data-testid="card-explanation-raw">{pointsText(node.raw, locale, 4)}</dd>
      <dt className="col-sm-4">{t('cards.explanation.adjusted')}</dt>
      <dd className="col-sm-8">{pointsText(node.adjusted, locale, 4)}</dd>
      <dt className="col-sm-4">{t('cards.explanation.rule')}</dt>
      <dd className="col-sm-8">{node.rule[language] || '—'}</dd>
      {node.note ? (<><dt className="col-sm-4">{t('cards.explanation.note')}</dt><dd className="col-sm-8">{node.note[language]}</dd></>) : null}
      {inputs.length > 0 ? (
        <>
          <dt className="col-sm-4">{t('cards.explanation.inputs')}</dt>
          <dd className="col-sm-8">
            {inputs.map(([key, value]) => `${key}: ${typeof value === 'number' ? formatNumber(value, { locale }) : value ?? '—'}`).join('; ')}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

export function CardExplanationProvider({ scope, children }: { scope: Scope; children: ReactNode }) {
  const { t } = useTranslation();
  const openOrganisational = useOpenExplanation();
  const [trail, setTrail] = useState<Step[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const open = useCallback<OpenCardExplanation>((node, label) => setTrail([{ node, label }]), []);
  useEffect(() => { if (trail.length > 0) heading.current?.focus(); }, [trail.length]);
  const step = trail.at(-1);
  const previous = trail.length > 1 ? trail[trail.length - 2] : undefined;
  const close = () => setTrail([]);
  const organisational = (kind: 'indicator' | 'node', code: string) => {
    close();
    openOrganisational({ scope: { entityCode: scope.entityCode, planCode: scope.planCode, year: scope.year, period: null }, subject: { kind, code }, label: code });
  };
  return (
    <CardExplanationContext.Provider value={open}>
      {children}
      <Modal fade={false} isOpen={step !== undefined} toggle={close} labelledBy="card-explanation-title" size="lg" scrollable returnFocusAfterClose data-testid="card-explanation-dialog">
        <ModalHeader id="card-explanation-title" tag="h2" className="h4" toggle={close} closeAriaLabel={t('cards.explanation.close')}>
          {t('cards.explanation.title')}
        </ModalHeader>
        <ModalBody>
          {previous ? (
            <Button color="primary" outline size="sm" className="mb-3" onClick={() => setTrail((current) => current.slice(0, -1))}>
              <span aria-hidden="true">← </span>{t('cards.explanation.back', { what: previous.label })}
            </Button>
          ) : null}
          <h3 className="h5" tabIndex={-1} ref={heading}>{step?.label}</h3>
          {step ? (
            <>
              <Facts node={step.node} />
              <Members node={step.node} scope={scope} onOpen={(next) => setTrail((current) => [...current, next])} onOrganisational={organisational} />
            </>
          ) : null}
        </ModalBody>
        <ModalFooter><Button color="primary" onClick={close}>{t('cards.explanation.close')}</Button></ModalFooter>
      </Modal>
    </CardExplanationContext.Provider>
  );
}
