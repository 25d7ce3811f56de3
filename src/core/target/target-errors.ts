/**
 * Errors and warnings of the target language, one constructor per stable code, each with an Italian
 * and an English message. Offsets are 0-based; messages count characters from 1.
 */
import type { SourceSpan } from '../formula/formula-ast.js';
import { formatNumber } from './italian-number.js';
import type { TargetError } from './target-ast.js';

function make(code: string, span: SourceSpan, it: string, en: string): TargetError {
  return { code, message: { it, en }, position: span.start, span };
}

const at = (span: SourceSpan) => span.start + 1;

const UNIT_NAMES: Record<string, { it: string; en: string }> = {
  number: { it: 'numero', en: 'number' },
  percent: { it: 'percentuale', en: 'percent' },
  days: { it: 'giorni', en: 'days' },
  euro: { it: 'euro', en: 'euro' },
};

export const targetErrors = {
  missingValue: (span: SourceSpan, after: string) => make('missing_value', span,
    `Manca il valore dopo «${after}» (posizione ${at(span)})`,
    `Missing value after "${after}" (position ${at(span)})`),
  invalidValue: (span: SourceSpan, text: string) => make('invalid_value', span,
    `Valore non riconosciuto «${text}» alla posizione ${at(span)}: atteso un numero (es. 80%), una data gg/mm/aaaa o «anno n-1»`,
    `Unrecognised value "${text}" at position ${at(span)}: expected a number (e.g. 80%), a date dd/mm/yyyy or "anno n-1"`),
  invalidNumber: (span: SourceSpan, text: string) => make('invalid_number', span,
    `Numero non valido «${text}» alla posizione ${at(span)}: usare il formato italiano 1.234,56`,
    `Invalid number "${text}" at position ${at(span)}: use the Italian format 1.234,56`),
  invalidDate: (span: SourceSpan, text: string) => make('invalid_date', span,
    `Data inesistente «${text}» alla posizione ${at(span)}`,
    `Date "${text}" at position ${at(span)} does not exist`),
  incompleteRange: (span: SourceSpan) => make('incomplete_range', span,
    `Intervallo incompleto alla posizione ${at(span)}: manca il valore massimo (es. 380% - 390%)`,
    `Incomplete range at position ${at(span)}: the upper value is missing (e.g. 380% - 390%)`),
  rangeInverted: (span: SourceSpan, min: string, max: string) => make('range_inverted', span,
    `Intervallo rovesciato alla posizione ${at(span)}: il minimo ${min} supera il massimo ${max}`,
    `Inverted range at position ${at(span)}: the lower value ${min} exceeds the upper value ${max}`),
  rangeUnitMismatch: (span: SourceSpan) => make('range_unit_mismatch', span,
    `Gli estremi dell'intervallo alla posizione ${at(span)} hanno unità diverse`,
    `The ends of the range at position ${at(span)} have different units`),
  deadlineOperator: (span: SourceSpan, op: string) => make('deadline_operator', span,
    `Una scadenza si scrive «<= gg/mm/aaaa» o «Entro gg/mm/aaaa»: l'operatore «${op}» alla posizione ${at(span)} non è ammesso`,
    `A deadline is written "<= dd/mm/yyyy" or "Entro dd/mm/yyyy": the operator "${op}" at position ${at(span)} is not allowed`),
  planYearRequired: (span: SourceSpan, month: string) => make('plan_year_required', span,
    `«entro ${month}» alla posizione ${at(span)} richiede l'anno: scrivere ad esempio «entro ${month} 2021»`,
    `"entro ${month}" at position ${at(span)} needs the year: write for example "entro ${month} 2021"`),
  invalidDeadline: (span: SourceSpan) => make('invalid_deadline', span,
    `Scadenza non riconosciuta alla posizione ${at(span)}: scrivere «Entro gg/mm/aaaa» o «entro giugno»`,
    `Unrecognised deadline at position ${at(span)}: write "Entro dd/mm/yyyy" or "entro giugno"`),
  invalidRelative: (span: SourceSpan) => make('invalid_relative_reference', span,
    `Riferimento all'anno non valido alla posizione ${at(span)}: scrivere «anno n-1» o «anno 2019»`,
    `Invalid year reference at position ${at(span)}: write "anno n-1" or "anno 2019"`),
  missingYearLabel: (span: SourceSpan) => make('missing_year_label', span,
    'Nessun «Anno: aaaa» nel testo dei target per anno',
    'No "Anno: yyyy" label in the per-year target text'),
  textBeforeYear: (span: SourceSpan) => make('text_before_year', span,
    `Testo prima del primo «Anno:» alla posizione ${at(span)}`,
    `Text before the first "Anno:" at position ${at(span)}`),
  duplicateYear: (span: SourceSpan, year: string) => make('duplicate_year', span,
    `L'anno ${year} compare due volte (posizione ${at(span)})`,
    `Year ${year} appears twice (position ${at(span)})`),
};

export const targetWarnings = {
  decimalPoint: (span: SourceSpan, text: string) => make('decimal_point', span,
    `Il punto in «${text}» (posizione ${at(span)}) è stato letto come separatore decimale: in italiano si scrive con la virgola`,
    `The dot in "${text}" (position ${at(span)}) was read as a decimal point: Italian uses a comma`),
  ambiguousYear: (span: SourceSpan, op: string, year: number) => make('ambiguous_year', span,
    `«${op} ${year}» è stato letto come confronto con il valore dell'anno ${year}: scrivere «${op} anno ${year}» per confermarlo o «${op} ${formatNumber(year)}» per indicare il numero`,
    `"${op} ${year}" was read as a comparison with the value of year ${year}: write "${op} anno ${year}" to confirm or "${op} ${formatNumber(year)}" for the number`),
  yearAsDeadline: (span: SourceSpan, date: string) => make('year_as_deadline', span,
    `L'anno alla posizione ${at(span)} è stato letto come scadenza al ${date}`,
    `The year at position ${at(span)} was read as a deadline of ${date}`),
  implicitOperator: (span: SourceSpan, text: string) => make('implicit_operator', span,
    `Target senza operatore: «${text}» è stato letto come «>= ${text}»`,
    `Target without an operator: "${text}" was read as ">= ${text}"`),
  targetWithRemark: (span: SourceSpan) => make('target_with_remark', span,
    `Il target prosegue con un commento alla posizione ${at(span)}: sarà valutato a mano`,
    `The target goes on with a remark at position ${at(span)}: it will be scored by hand`),
  unitMismatch: (span: SourceSpan, written: string, expected: string) => make('unit_mismatch', span,
    `L'unità del target (${UNIT_NAMES[written]?.it ?? written}) è diversa da quella dell'indicatore (${UNIT_NAMES[expected]?.it ?? expected})`,
    `The target's unit (${UNIT_NAMES[written]?.en ?? written}) differs from the indicator's (${UNIT_NAMES[expected]?.en ?? expected})`),
};
