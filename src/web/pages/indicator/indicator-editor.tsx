/**
 * The indicator editor: formula (live parse, error position, measure suggestions), targets per plan
 * year (live parse), weight, scoring rule override, the achievement preview, the lint warnings next
 * to the fields they concern, and a versioned save that resolves conflicts without losing anything.
 */
import { useEffect, type FormEvent } from 'react';
import { Alert, Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { parseFormula } from '../../../core/formula/formula-parser.js';
import type { IndicatorUnit } from '../../../core/plan/plan.schema.js';
import { RULE_KEYS } from '../../../core/scoring/rule-outcome.js';
import { parseTarget } from '../../../core/target/target-parser.js';
import { ApiError } from '../../api/api-client.js';
import { LintList } from '../../components/score/lint-list.js';
import { LabelledSelect } from '../../components/score/labelled-select.js';
import { problemMessage } from '../../components/problem-alert.js';
import type { LintFinding, PlanRef } from '../../components/score/score-queries.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { ConflictDialog } from './conflict-dialog.js';
import type { MeasureOption } from './formula-completion.js';
import { FormulaEditor } from './formula-editor.js';
import { changedFields, parseWeight, type IndicatorDraft } from './indicator-draft.js';
import { groupFindings } from './indicator-findings.js';
import type { IndicatorItem } from './indicator-queries.js';
import { PreviewPanel } from './preview-panel.js';
import { TargetFields } from './target-fields.js';
import { useIndicatorSave } from './use-indicator-save.js';

interface IndicatorEditorProps {
  plan: PlanRef & { year: number };
  indicator: IndicatorItem;
  years: number[];
  measures: MeasureOption[];
  findings: LintFinding[];
}

/** The plan schema's units (kept here so the page does not load the schema library). */
const UNITS = ['number', 'percent', 'days', 'euro', 'date', 'boolean', 'text'] as const satisfies readonly IndicatorUnit[];

function unitOf(indicator: IndicatorItem): IndicatorUnit | undefined {
  return (UNITS as readonly string[]).includes(indicator.unit ?? '') ? (indicator.unit as IndicatorUnit) : undefined;
}

function draftIsValid(draft: IndicatorDraft, unit: IndicatorUnit | undefined): boolean {
  if (draft.formula.trim() !== '' && !parseFormula(draft.formula).ok) return false;
  if (parseWeight(draft.weight) === undefined) return false;
  return Object.entries(draft.targets).every(([year, text]) => text.trim() === '' || parseTarget(text, { planYear: Number(year), ...(unit ? { unit } : {}) }).ok);
}

function useUnsavedWarning(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}

export function IndicatorEditor({ plan, indicator, years, measures, findings }: IndicatorEditorProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const editor = useIndicatorSave(plan, indicator, years);
  const { draft, setDraft, status } = editor;
  const readOnly = !editor.base.abilities.includes('indicator.update');
  const unit = unitOf(editor.base);
  const dirty = changedFields(editor.baseDraft, draft).length > 0;
  const valid = draftIsValid(draft, unit);
  const byField = groupFindings(findings, indicator.code);
  const serverError = (path: string) => (status.kind === 'failed' && status.error instanceof ApiError ? status.error.fieldMessageIn(path, language) : undefined);
  const weight = parseWeight(draft.weight);
  const previewYear = years.includes(plan.year) ? plan.year : years[0]!;
  useUnsavedWarning(dirty);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    void editor.save();
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby={readOnly ? 'indicator-read-only' : undefined} data-testid="indicator-editor">
      {readOnly ? <Alert color="info" id="indicator-read-only" fade={false}>{t('performance.indicator.readOnly')}</Alert> : null}
      <FormulaEditor value={draft.formula} onChange={(formula) => setDraft({ ...draft, formula })} measures={measures} readOnly={readOnly} serverError={serverError('formula')} />
      <LintList findings={byField.get('formula') ?? []}  />
      <TargetFields targets={draft.targets} unit={unit} readOnly={readOnly} serverError={(year) => serverError(`targets.${year}`)}
        onChange={(year, text) => setDraft({ ...draft, targets: { ...draft.targets, [year]: text } })} />
      <LintList findings={[...byField].filter(([field]) => field.startsWith('targets.')).flatMap(([, list]) => list)}  />
      <div className="row">
        <div className="col-md-4 form-group">
          <label htmlFor="indicator-weight" className="active">{t('performance.indicator.weight')}</label>
          <input id="indicator-weight" type="text" className={weight === undefined ? 'form-control is-invalid' : 'form-control'} inputMode="decimal" value={draft.weight} readOnly={readOnly}
            aria-invalid={weight === undefined ? true : undefined} aria-describedby="indicator-weight-help" onChange={(event) => setDraft({ ...draft, weight: event.target.value })} data-testid="weight-input" />
          <small id="indicator-weight-help" className={weight === undefined ? 'invalid-feedback d-block' : 'form-text'}>
            {weight === undefined ? t('performance.indicator.weightInvalid') : t('performance.indicator.weightHelp')}
          </small>
        </div>
        <div className="col-md-8">
          {readOnly ? (
            <p><strong>{t('performance.indicator.scoringRule')}</strong>: {draft.scoringRule ? t(`performance.rules.${draft.scoringRule as (typeof RULE_KEYS)[number]}`) : t('performance.indicator.scoringRuleDefault')}</p>
          ) : (
            <LabelledSelect id="indicator-rule" label={t('performance.indicator.scoringRule')} value={draft.scoringRule} onChange={(scoringRule) => setDraft({ ...draft, scoringRule })} testId="rule-select"
              options={[{ value: '', label: t('performance.indicator.scoringRuleDefault') }, ...RULE_KEYS.map((rule) => ({ value: rule, label: t(`performance.rules.${rule}`) }))]} />
          )}
        </div>
      </div>
      <LintList findings={[...(byField.get('weight') ?? []), ...(byField.get('scoringRule') ?? []), ...(byField.get('other') ?? [])]}  />
      <PreviewPanel entityCode={plan.entityCode} year={previewYear} targetText={draft.targets[String(previewYear)] ?? ''} unit={unit} formula={draft.formula}
        scoringRule={draft.scoringRule} baseline={typeof editor.base.baseline?.value === 'number' ? editor.base.baseline.value : undefined} />
      {readOnly ? null : (
        <div className="d-flex flex-wrap gap-3 align-items-center mt-4">
          <Button type="submit" color="primary" disabled={editor.saving} data-testid="indicator-save">{editor.saving ? t('performance.indicator.saving') : t('performance.indicator.save')}</Button>
          <Button type="button" color="primary" outline disabled={!dirty || editor.saving} onClick={editor.discard}>{t('performance.indicator.cancel')}</Button>
          <span className="small">{t('performance.indicator.version', { version: editor.base.version })}</span>
        </div>
      )}
      <div role="status" className="mt-3" data-testid="indicator-save-status">
        {!valid && !readOnly ? <p className="text-danger fw-semibold">{t('performance.indicator.fixErrors')}</p> : null}
        {status.kind === 'saved' ? <p className="text-success fw-semibold">{t('performance.indicator.saved', { version: status.version })}</p> : null}
        {status.kind === 'no_changes' ? <p>{t('performance.indicator.noChanges')}</p> : null}
      </div>
      {status.kind === 'failed' ? (
        <Alert color="danger" role="alert" fade={false}>
          <h2 className="h5 alert-heading">{t('performance.indicator.saveFailed')}</h2>
          <p className="mb-0">{problemMessage(status.error, language)}</p>
        </Alert>
      ) : null}
      {editor.conflict ? (
        <ConflictDialog conflict={editor.conflict} busy={editor.saving} onKeepTheirs={editor.keepTheirs} onReapplyMine={editor.reapplyMine} onCancel={editor.cancelConflict} />
      ) : null}
    </form>
  );
}
