/** Why a prose formula needs a person's review: stable codes with Italian and English explanations. */

export interface ProseReason { code: string; it: string; en: string }

export const proseReasons = {
  slashInName: (text: string): ProseReason => ({
    code: 'slash_in_name',
    it: `La barra in «${text}» è stata letta come parte del nome della misura, non come divisione: verificare`,
    en: `The slash in "${text}" was read as part of the measure name, not as a division: please check`,
  }),
  hyphenInName: (text: string): ProseReason => ({
    code: 'hyphen_in_name',
    it: `Il trattino in «${text}» è stato letto come parte del nome della misura, non come sottrazione: verificare`,
    en: `The hyphen in "${text}" was read as part of the measure name, not as a subtraction: please check`,
  }),
  qualifierInName: (name: string, qualifier: string): ProseReason => ({
    code: 'qualifier_in_name',
    it: `La precisazione «(${qualifier})» è stata considerata parte del nome della misura «${name}»: è una misura diversa, da verificare`,
    en: `The qualifier "(${qualifier})" was taken as part of the measure name "${name}": it is a different measure, please check`,
  }),
  denominatorContinuation: (canonical: string): ProseReason => ({
    code: 'unclear_precedence',
    it: `Precedenza ambigua: la sottrazione/somma che segue una divisione ed è scritta in minuscolo è stata letta come parte del denominatore (${canonical}); verificare`,
    en: `Unclear precedence: the lower-case subtraction/addition after a division was read as part of the denominator (${canonical}); please check`,
  }),
  mixedPrecedence: (canonical: string): ProseReason => ({
    code: 'unclear_precedence',
    it: `Precedenza ambigua tra divisione e somma/sottrazione senza parentesi: letta con la precedenza usuale (${canonical}); verificare`,
    en: `Unclear precedence between division and addition/subtraction without parentheses: read with the usual precedence (${canonical}); please check`,
  }),
  rollupScale: (): ProseReason => ({
    code: 'rollup_scale',
    it: 'La media ponderata (rollup()) è una frazione tra 0 e 1: senza «*100» va confrontata con un target come 1 o 100%; verificare la scala del target',
    en: 'The weighted mean (rollup()) is a fraction between 0 and 1: without "*100" it must be compared with a target such as 1 or 100%; check the target scale',
  }),
  unmatchedMeasure: (name: string): ProseReason => ({
    code: 'unmatched_measure',
    it: `Nessuna misura nota si chiama «${name}»: riferimento lasciato per nome`,
    en: `No known measure is called "${name}": the reference is kept by name`,
  }),
  notConvertible: (position: number, detail: { it: string; en: string }): ProseReason => ({
    code: 'not_convertible',
    it: `Formula non convertibile (posizione ${position + 1}): ${detail.it}`,
    en: `Formula cannot be converted (position ${position + 1}): ${detail.en}`,
  }),
  emptyFormula: (): ProseReason => ({
    code: 'empty_formula',
    it: 'La formula è vuota',
    en: 'The formula is empty',
  }),
};
