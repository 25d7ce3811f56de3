/**
 * Drafting help: for each narrative section of a document, a deterministic paragraph written from the
 * data ("Dei 13 indicatori strategici del 2026, 8 risultano raggiunti …"). The same data always gives
 * the same text, so its hash tells whether a regeneration changed anything (see narrative.ts).
 */
import { formatNumber } from '../../core/numbers/format-number.js';
import { buildDocumentContext, type DocumentContext, type DocumentInput } from '../model/document-input.js';
import type { DocumentKind } from '../model/document-model.js';
import { actText } from '../model/document-cells.js';
import { words } from '../model/document-words.js';
import { budgetTotal, type BudgetField, type BudgetWhich } from '../model/budget.js';
import { deviationsOf } from '../relazione/deviations.js';
import { counted, joinList, NOUNS, scoreText, statsSentence } from './draft-phrases.js';
import { indicatorStats, levelStats, unitStats } from './result-stats.js';
import type { GeneratedParagraph } from './narrative.js';

export const PIANO_SECTIONS = ['piano.presentation', 'piano.context', 'piano.strategy', 'piano.tree', 'piano.individual'] as const;
export const RELAZIONE_SECTIONS = [
  'relazione.results', 'relazione.context', 'relazione.tree', 'relazione.strategic', 'relazione.operational',
  'relazione.managers', 'relazione.deviations', 'relazione.process',
] as const;

const isIt = (ctx: DocumentContext): boolean => ctx.locale === 'it';

function presentation(ctx: DocumentContext): string {
  const units = ctx.plan.orgUnits;
  const w = words(ctx.locale);
  const kinds = [...new Set(units.map((unit) => unit.kind))]
    .map((kind) => {
      const count = units.filter((unit) => unit.kind === kind).length;
      return `${count} ${count === 1 ? w.unitKinds[kind].toLowerCase() : w.unitKindsPlural[kind]}`;
    });
  if (units.length === 0) return isIt(ctx) ? `Il piano di ${ctx.plan.entity.name} non descrive unità organizzative.` : `The plan of ${ctx.plan.entity.name} describes no organisational units.`;
  return isIt(ctx)
    ? `${ctx.plan.entity.name} si articola in ${counted(units.length, NOUNS.unit.it)} (${joinList(kinds, 'it')}).`
    : `${ctx.plan.entity.name} is organised in ${counted(units.length, NOUNS.unit.en)} (${joinList(kinds, 'en')}).`;
}

function context(ctx: DocumentContext): string {
  const { firstYear, lastYear, approvedBy, title } = ctx.plan.plan;
  const act = approvedBy ? actText(approvedBy, ctx.locale) : null;
  if (isIt(ctx)) return `Il documento «${title}» copre gli anni ${firstYear}–${lastYear}${act ? ` ed è approvato con ${act}` : ''}.`;
  return `The document “${title}” covers ${firstYear}–${lastYear}${act ? ` and is approved by ${act}` : ''}.`;
}

function strategy(ctx: DocumentContext): string {
  const areas = ctx.nodesOfLevel('strategic_area');
  const objectives = ctx.nodesOfLevel('strategic_objective').length;
  const operational = ctx.nodesOfLevel('operational_objective').length;
  const listed = areas.map((area) => `${area.code} «${area.title}»`);
  return isIt(ctx)
    ? `La strategia si articola in ${areas.length === 1 ? "un'area strategica" : `${areas.length} aree strategiche`}${listed.length ? ` (${joinList(listed, 'it')})` : ''}, declinate in ${counted(objectives, NOUNS.strategicObjective.it)} e ${counted(operational, NOUNS.operationalObjective.it)}.`
    : `The strategy has ${areas.length} strategic area${areas.length === 1 ? '' : 's'}${listed.length ? ` (${joinList(listed, 'en')})` : ''}, broken down into ${counted(objectives, NOUNS.strategicObjective.en)} and ${counted(operational, NOUNS.operationalObjective.en)}.`;
}

function tree(ctx: DocumentContext): string {
  const withTarget = ctx.plan.indicators.filter((indicator) => {
    const target = indicator.targets[String(ctx.year)];
    return target !== undefined && target.trim() !== '' && target.trim() !== '---';
  }).length;
  const total = ctx.plan.indicators.length;
  return isIt(ctx)
    ? `Il piano misura gli obiettivi con ${counted(total, NOUNS.indicator.it)}; ${withTarget} ${withTarget === 1 ? 'ha' : 'hanno'} un target per il ${ctx.year}.`
    : `The plan measures its objectives with ${counted(total, NOUNS.indicator.en)}; ${withTarget} ${withTarget === 1 ? 'has' : 'have'} a target for ${ctx.year}.`;
}

function individual(ctx: DocumentContext): string {
  const count = ctx.cards.length;
  const people = new Set(ctx.cards.map((card) => card.person.code)).size;
  return isIt(ctx)
    ? `Per il ${ctx.year} ${count === 1 ? 'è assegnata una scheda' : `sono assegnate ${count} schede`} di valutazione individuale a ${people === 1 ? 'una persona' : `${people} persone`}.`
    : `For ${ctx.year}, ${count} individual evaluation card${count === 1 ? ' is' : 's are'} assigned to ${people} ${people === 1 ? 'person' : 'people'}.`;
}

function results(ctx: DocumentContext): string {
  const entity = ctx.scored.entity;
  const w = words(ctx.locale);
  const components = entity.components.map((component) => `${component.label[ctx.locale]} ${component.rounded === null ? w.states[component.state === 'scored' ? 'missing' : component.state as 'missing'] : scoreText(component.rounded, ctx)}`);
  const head = entity.rounded === null
    ? (isIt(ctx) ? `La performance organizzativa dell'ente per il ${ctx.year} non è ancora calcolabile.` : `The entity's organisational performance for ${ctx.year} cannot be computed yet.`)
    : (isIt(ctx)
      ? `La performance organizzativa di ${ctx.plan.entity.name} per il ${ctx.year} è pari a ${scoreText(entity.rounded, ctx)}${entity.band ? ` (${entity.band.label.it.toLowerCase()})` : ''}.`
      : `The organisational performance of ${ctx.plan.entity.name} for ${ctx.year} is ${scoreText(entity.rounded, ctx)}${entity.band ? ` (${entity.band.label.en.toLowerCase()})` : ''}.`);
  const parts = components.length > 0 ? ` ${isIt(ctx) ? 'Componenti' : 'Components'}: ${joinList(components, ctx.locale)}.` : '';
  const units = unitStats(ctx);
  const without = units.withoutObjectives === 0 ? '' : isIt(ctx)
    ? ` ${units.withoutObjectives === 1 ? "Un'altra unità non ha" : `Altre ${units.withoutObjectives} unità non hanno`} obiettivi propri nel ${ctx.year}.`
    : ` ${units.withoutObjectives} other unit${units.withoutObjectives === 1 ? ' has' : 's have'} no objectives of their own in ${ctx.year}.`;
  return `${head}${parts} ${statsSentence(units, NOUNS.unit, ctx)}${without}`;
}

function resources(ctx: DocumentContext): string {
  const nodes = ctx.nodesOfLevel('strategic_objective');
  const amount = (field: BudgetField, which: BudgetWhich): string | null => {
    const total = budgetTotal(nodes, ctx.year, field, which);
    return total === undefined ? null : `${words(ctx.locale).budget[field].toLowerCase()} ${formatNumber(total, ctx.locale, 2)} €`;
  };
  const planned = (['revenue', 'costs', 'investments'] as const).map((field) => amount(field, 'planned')).filter((part): part is string => part !== null);
  const actual = (['revenue', 'costs', 'investments'] as const).map((field) => amount(field, 'actual')).filter((part): part is string => part !== null);
  if (planned.length === 0 && actual.length === 0) {
    return isIt(ctx) ? `Il piano non riporta dati di bilancio degli obiettivi strategici per il ${ctx.year}.` : `The plan has no budget figures of the strategic objectives for ${ctx.year}.`;
  }
  const say = (list: string[], it: string, en: string) => (list.length === 0 ? '' : ` ${isIt(ctx) ? it : en}: ${joinList(list, ctx.locale)}.`);
  return (isIt(ctx) ? `Risorse degli obiettivi strategici per il ${ctx.year}.` : `Resources of the strategic objectives for ${ctx.year}.`)
    + say(planned, 'Previsione', 'Planned') + say(actual, 'Consuntivo', 'Actual');
}

function managers(ctx: DocumentContext): string {
  if (ctx.cards.length === 0) return isIt(ctx) ? `Per il ${ctx.year} non sono presenti schede di valutazione.` : `There are no evaluation cards for ${ctx.year}.`;
  const choice = ctx.policy.outputs.cards;
  const scored = ctx.cards.map((card) => ({ card, result: ctx.cardResults.get(card.code) }))
    .filter(({ result }) => result !== undefined && result.rounded[choice] !== null)
    .map(({ card, result }) => `${card.person.name} ${formatNumber(result?.rounded[choice] as number, ctx.locale, ctx.input.cardPolicy?.rounding.decimals ?? ctx.policy.rounding.decimals)}%`);
  const open = ctx.cards.length - scored.length;
  const base = isIt(ctx) ? `Schede di valutazione del ${ctx.year}: ${ctx.cards.length}` : `Evaluation cards for ${ctx.year}: ${ctx.cards.length}`;
  const list = scored.length > 0 ? `; ${isIt(ctx) ? 'punteggi' : 'scores'}: ${joinList(scored, ctx.locale)}` : '';
  const rest = open > 0 ? `; ${open} ${isIt(ctx) ? 'non ancora valutabili' : 'not yet scorable'}` : '';
  return `${base}${list}${rest}.`;
}

function deviations(ctx: DocumentContext): string {
  const found = deviationsOf(ctx);
  if (found.length === 0) return isIt(ctx) ? `Nel ${ctx.year} nessun indicatore presenta scostamenti dal target.` : `In ${ctx.year} no indicator deviates from its target.`;
  const withoutCause = found.filter((deviation) => deviation.cause === null).length;
  const head = isIt(ctx)
    ? `${found.length === 1 ? '1 indicatore non raggiunge' : `${found.length} indicatori non raggiungono`} pienamente il target (${found.map((d) => d.indicator.code).join(', ')}).`
    : `${found.length} indicator${found.length === 1 ? ' does' : 's do'} not fully reach the target (${found.map((d) => d.indicator.code).join(', ')}).`;
  const tail = withoutCause === 0 ? '' : isIt(ctx)
    ? ` Per ${withoutCause === 1 ? 'uno' : withoutCause} la causa non è indicata.`
    : ` For ${withoutCause} the cause is not stated.`;
  return head + tail;
}

function processText(ctx: DocumentContext): string {
  const periods = ctx.plan.periods.filter((period) => period.year === ctx.year);
  const values = ctx.plan.values.filter((value) => value.year === ctx.year);
  const w = words(ctx.locale);
  const states = (['validated', 'submitted', 'draft', 'rejected'] as const)
    .map((state) => ({ state, count: values.filter((value) => value.state === state).length }))
    .filter(({ count }) => count > 0).map(({ state, count }) => `${count} ${count === 1 ? w.valueStates[state] : w.valueStatesPlural[state]}`);
  const suspensions = ctx.plan.suspensions.filter((item) => item.year === ctx.year).length;
  const manual = ctx.plan.manualAchievements.filter((item) => item.year === ctx.year).length;
  return isIt(ctx)
    ? `Per il ${ctx.year} i dati sono rilevati in ${periods.length === 1 ? 'un periodo' : `${periods.length} periodi`} di monitoraggio: ${values.length === 1 ? '1 valore rilevato' : `${values.length} valori rilevati`}${states.length ? ` (${joinList(states, 'it')})` : ''}, ${suspensions === 1 ? '1 sospensione' : `${suspensions} sospensioni`} e ${manual === 1 ? '1 valutazione manuale motivata' : `${manual} valutazioni manuali motivate`}.`
    : `For ${ctx.year} data are collected in ${periods.length} monitoring period${periods.length === 1 ? '' : 's'}: ${values.length} measured value${values.length === 1 ? '' : 's'}${states.length ? ` (${joinList(states, 'en')})` : ''}, ${suspensions} suspension${suspensions === 1 ? '' : 's'} and ${manual} justified manual assessment${manual === 1 ? '' : 's'}.`;
}

const DRAFTERS: Record<DocumentKind, Record<string, (ctx: DocumentContext) => string>> = {
  piano: {
    'piano.presentation': presentation, 'piano.context': context, 'piano.strategy': strategy,
    'piano.tree': tree, 'piano.individual': individual,
  },
  relazione: {
    'relazione.results': results,
    'relazione.context': resources,
    'relazione.tree': (ctx) => `${statsSentence(levelStats(ctx, 'strategic_objective'), NOUNS.strategicObjective, ctx)} ${statsSentence(levelStats(ctx, 'operational_objective'), NOUNS.operationalObjective, ctx)}`,
    'relazione.strategic': (ctx) => statsSentence(indicatorStats(ctx, 'strategic'), NOUNS.strategicIndicator, ctx),
    'relazione.operational': (ctx) => statsSentence(indicatorStats(ctx, 'operational'), NOUNS.operationalIndicator, ctx),
    'relazione.managers': managers,
    'relazione.deviations': deviations,
    'relazione.process': processText,
  },
};

export function draftsOf(ctx: DocumentContext, kind: DocumentKind): GeneratedParagraph[] {
  return Object.entries(DRAFTERS[kind]).map(([sectionKey, draft]) => ({ sectionKey, text: draft(ctx) }));
}

/** The generated paragraph of every narrative section of a document, in section order. */
export function draftParagraphs(input: DocumentInput, kind: DocumentKind): GeneratedParagraph[] {
  return draftsOf(buildDocumentContext(input), kind);
}
