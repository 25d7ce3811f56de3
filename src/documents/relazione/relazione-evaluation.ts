/**
 * The overall evaluation section: the policy (SMVP) in words — how an indicator's achievement is
 * computed, how scores roll up to objectives, units and the entity, the tolerance and the rounding —
 * read from the policy the scores were computed with, so the text always matches the numbers.
 */
import { formatNumber } from '../../core/numbers/format-number.js';
import { roundScore } from '../../core/numbers/rounding.js';
import type { ScoringPolicy } from '../../core/scoring/policy.schema.js';
import type { DocumentContext } from '../model/document-input.js';
import type { DocumentLocale } from '../model/document-model.js';
import { actText } from '../model/document-cells.js';
import { joinList } from '../drafting/draft-phrases.js';

type Phrases = (policy: ScoringPolicy) => string;

const n = (value: number, locale: DocumentLocale): string => formatNumber(value, locale);

const RULES_IT: Phrases = (policy) => {
  const r = policy.rules;
  const atLeast = r.atLeast === 'ratio' ? 'consuntivo / target' : 'lineare da 0 alla baseline a 100 al target';
  const atMost = { inverse_ratio: '100 se entro il target, altrimenti target / consuntivo', linear_decrease: `100 al target, decrescente fino a 0 al ${n(100 + r.linearDecreaseZeroAt, 'it')}% del target`, linear_baseline: 'lineare da 0 alla baseline a 100 al target' }[r.atMost];
  const growth = r.growth === 'literal' ? 'crescita ottenuta / crescita attesa' : 'consuntivo / (valore precedente × (1 + crescita attesa))';
  const deadline = r.deadline.mode === 'binary' ? '100 se entro la scadenza, altrimenti 0' : `100 se entro la scadenza, meno ${n(r.deadline.reduction, 'it')} punti per ogni ${r.deadline.per === 'day' ? 'giorno' : 'mese'} di ritardo`;
  const range = r.range === 'binary' ? '100 dentro l\'intervallo, altrimenti 0' : '100 dentro l\'intervallo, fuori in proporzione al limite più vicino';
  return `Grado di raggiungimento di un indicatore: per i target «>= T» ${atLeast}; per «<= T» ${atMost}; per la crescita «>= +g%» ${growth}; per le scadenze ${deadline}; per SI/NO 100 o 0; per gli intervalli ${range}; per i target descrittivi una valutazione manuale motivata. Il grado massimo è ${n(policy.cap, 'it')}.`;
};

const RULES_EN: Phrases = (policy) => {
  const r = policy.rules;
  const atLeast = r.atLeast === 'ratio' ? 'actual / target' : 'linear from 0 at the baseline to 100 at the target';
  const atMost = { inverse_ratio: '100 within the target, else target / actual', linear_decrease: `100 at the target, falling to 0 at ${n(100 + r.linearDecreaseZeroAt, 'en')}% of the target`, linear_baseline: 'linear from 0 at the baseline to 100 at the target' }[r.atMost];
  const growth = r.growth === 'literal' ? 'achieved growth / target growth' : 'actual / (previous value × (1 + target growth))';
  const deadline = r.deadline.mode === 'binary' ? '100 if done by the deadline, else 0' : `100 if done by the deadline, minus ${n(r.deadline.reduction, 'en')} points per ${r.deadline.per} late`;
  const range = r.range === 'binary' ? '100 inside the range, else 0' : '100 inside the range, outside in proportion to the nearest bound';
  return `Achievement of an indicator: for “>= T” targets ${atLeast}; for “<= T” ${atMost}; for growth “>= +g%” ${growth}; for deadlines ${deadline}; for yes/no 100 or 0; for ranges ${range}; for descriptive targets a justified manual assessment. The highest achievement is ${n(policy.cap, 'en')}.`;
};

function rollup(policy: ScoringPolicy, locale: DocumentLocale): string {
  const missing = {
    it: { zero: 'conta 0', exclude: 'è escluso e i pesi rinormalizzati', block: "blocca il calcolo dell'obiettivo finché non è disponibile" },
    en: { zero: 'counts as 0', exclude: 'is left out and the weights re-normalised', block: 'blocks the objective until it arrives' },
  }[locale][policy.missingData];
  const mixed = {
    it: { own_indicators: 'un obiettivo con indicatori propri e sotto-obiettivi si misura sui propri indicatori', pooled: 'un obiettivo con indicatori propri e sotto-obiettivi li considera in una sola media', share: `un obiettivo con indicatori propri e sotto-obiettivi attribuisce il ${n(policy.rollup.indicatorShare, 'it')}% agli indicatori (salvo diversa quota del nodo) e il resto ai sotto-obiettivi` },
    en: { own_indicators: 'an objective with both indicators and sub-objectives is measured on its own indicators', pooled: 'an objective with both indicators and sub-objectives averages them together', share: `an objective with both indicators and sub-objectives gives ${n(policy.rollup.indicatorShare, 'en')}% to its indicators (unless the node sets its share) and the rest to its sub-objectives` },
  }[locale][policy.rollup.mixedNodes];
  return locale === 'it'
    ? `Il punteggio di un obiettivo è la media ponderata MR = Σ mᵢ·pᵢ / Σ pᵢ dei gradi dei suoi indicatori o dei punteggi dei sotto-obiettivi (pesi uguali se non indicati); ${mixed}. Gli elementi sospesi sono esclusi e i pesi restanti rinormalizzati; un dato mancante ${missing}.`
    : `An objective's score is the weighted mean MR = Σ mᵢ·pᵢ / Σ pᵢ of its indicators' achievements or its sub-objectives' scores (equal weights when none are given); ${mixed}. Suspended items are left out and the remaining weights re-normalised; a missing value ${missing}.`;
}

function composition(policy: ScoringPolicy, ctx: DocumentContext): string {
  const { locale } = ctx;
  const parts = ctx.scored.entity.components.map((component) => {
    const definition = policy.entity.components.find((candidate) => candidate.key === component.key);
    const weight = definition?.weight;
    const label = component.label[locale];
    return weight === undefined ? `«${label}»` : `«${label}» (${locale === 'it' ? 'peso' : 'weight'} ${n(weight, locale)})`;
  });
  const how = policy.entity.mode === 'weighted'
    ? (locale === 'it' ? 'media ponderata delle componenti' : 'weighted mean of the components')
    : (locale === 'it' ? 'media unica degli elementi delle componenti' : 'single mean of the components\' items');
  return locale === 'it'
    ? `La performance organizzativa dell'ente è la ${how}: ${joinList(parts, 'it')}. La performance di un'unità organizzativa è la media dei punteggi degli obiettivi di cui è responsabile${policy.units.includeSubunits ? ', comprese le unità sottostanti' : ''}.`
    : `The entity's organisational performance is the ${how}: ${joinList(parts, 'en')}. A unit's performance is the mean of the scores of the objectives it is responsible for${policy.units.includeSubunits ? ', units below it included' : ''}.`;
}

function tolerance(policy: ScoringPolicy, locale: DocumentLocale): string {
  const outputs = policy.outputs;
  const kinds = { it: { indicators: 'indicatori', nodes: 'obiettivi', units: 'unità', entity: 'ente' }, en: { indicators: 'indicators', nodes: 'objectives', units: 'units', entity: 'entity' } }[locale];
  const adjusted = (Object.keys(kinds) as Array<keyof typeof kinds>).filter((key) => outputs[key] === 'adjusted').map((key) => kinds[key]);
  const threshold = policy.tolerance.threshold;
  if (threshold === null) {
    return locale === 'it' ? 'Non è prevista una tolleranza: i punteggi pubblicati sono quelli calcolati.' : 'No tolerance applies: the published scores are the computed ones.';
  }
  const published = adjusted.length === 0
    ? (locale === 'it' ? 'i punteggi pubblicati sono quelli grezzi, senza tolleranza' : 'the published scores are the raw ones, without tolerance')
    : (locale === 'it' ? `la tolleranza si applica ai punteggi pubblicati di: ${joinList(adjusted, 'it')}` : `the tolerance applies to the published scores of: ${joinList(adjusted, 'en')}`);
  return locale === 'it'
    ? `Tolleranza: un risultato pari o superiore al ${n(threshold, 'it')}% può considerarsi pienamente raggiunto; ${published}.`
    : `Tolerance: a result of ${n(threshold, 'en')}% or more may count as fully achieved; ${published}.`;
}

function rounding(policy: ScoringPolicy, locale: DocumentLocale): string {
  const { decimals, mode } = policy.rounding;
  const example = 99.885;
  const shown = formatNumber(roundScore(example, policy.rounding), locale, decimals, mode);
  return locale === 'it'
    ? `Arrotondamento: i punteggi sono calcolati in modo esatto e arrotondati solo nella pubblicazione, a ${decimals} decimal${decimals === 1 ? 'e' : 'i'} ${mode === 'half_up' ? 'per eccesso dalla metà' : 'per troncamento'} (ad esempio ${n(example, 'it')} diventa ${shown}).`
    : `Rounding: scores are computed exactly and rounded only for publication, to ${decimals} decimal${decimals === 1 ? '' : 's'} ${mode === 'half_up' ? 'half up' : 'by truncation'} (for example ${n(example, 'en')} becomes ${shown}).`;
}

/** The policy in words, one paragraph per topic. */
export function policyParagraphs(ctx: DocumentContext): string[] {
  const { policy, locale } = ctx;
  const act = policy.meta.approvedBy ? actText(policy.meta.approvedBy, locale) : null;
  const head = locale === 'it'
    ? `I punteggi sono calcolati con il sistema di misurazione e valutazione dell'ente per il ${policy.meta.year} (revisione ${policy.meta.revision}${act ? `, approvato con ${act}` : ''}).`
    : `Scores are computed with the entity's measurement and evaluation system for ${policy.meta.year} (revision ${policy.meta.revision}${act ? `, approved by ${act}` : ''}).`;
  return [head, (locale === 'it' ? RULES_IT : RULES_EN)(policy), rollup(policy, locale), composition(policy, ctx), tolerance(policy, locale), rounding(policy, locale)];
}
