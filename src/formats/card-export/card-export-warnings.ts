/** Bilingual messages of the objective card reader, one builder per code. */
import { excerpt, type ImportMessage } from '../tree-export/import-warning.js';

const LABEL_NAMES: Record<string, string> = {
  strategic: 'Obiettivo strategico', operational: 'Obiettivo operativo', individual: 'Obiettivo individuale',
  description: 'Descrizione', units: 'Unità organizzative coinvolte', program: 'Programma (D.M. 27/03/2013)',
  resources: 'Risorse economiche', weight: 'Risultato misurato obiettivo',
};

export const labelWithoutValue = (key: string): ImportMessage => ({
  it: `L'etichetta "${LABEL_NAMES[key] ?? key}" non è seguita da un valore.`,
  en: `The label "${LABEL_NAMES[key] ?? key}" has no value after it.`,
});

export const objectiveWithoutCode = (value: string): ImportMessage => ({
  it: `Obiettivo senza codice nella forma "1.1 - Titolo": "${excerpt(value)}".`,
  en: `Objective without a code of the form "1.1 - Title": "${excerpt(value)}".`,
});

export const orphanIndividualObjective = (value: string): ImportMessage => ({
  it: `Obiettivo individuale fuori da una scheda (manca l'intestazione "Nome - Ruolo"): "${excerpt(value)}".`,
  en: `Individual objective outside a card (the "Name - Role" header is missing): "${excerpt(value)}".`,
});

export const placeholderCode = (what: 'measure' | 'indicator', name: string, code: string): ImportMessage => ({
  it: `${what === 'measure' ? 'Misura' : 'Indicatore'} "${excerpt(name)}" con codice segnaposto [codice]: assegnato il codice ${code}.`,
  en: `${what === 'measure' ? 'Measure' : 'Indicator'} "${excerpt(name)}" with the placeholder code [codice]: code ${code} assigned.`,
});

export const indicatorWithoutCode = (name: string, code: string): ImportMessage => ({
  it: `Indicatore senza codice "${excerpt(name)}": assegnato il codice ${code}.`,
  en: `Indicator without a code "${excerpt(name)}": code ${code} assigned.`,
});

export const codeSanitized = (original: string, code: string): ImportMessage => ({
  it: `Il codice di misura "${original}" contiene caratteri non ammessi nelle formule: usato ${code}.`,
  en: `Measure code "${original}" has characters not allowed in formulas: ${code} is used.`,
});

export const formulaInvalid = (formula: string, reason: ImportMessage): ImportMessage => ({
  it: `Algoritmo "${excerpt(formula)}" non convertibile: ${reason.it}`,
  en: `Formula "${excerpt(formula)}" cannot be converted: ${reason.en}`,
});

export const unknownMission = (program: string): ImportMessage => ({
  it: `Programma "${excerpt(program)}": missione del D.M. 27/03/2013 non riconosciuta, classificazione non importata.`,
  en: `Program "${excerpt(program)}": DM 27/03/2013 mission not recognised, classification not imported.`,
});

export const amountInvalid = (text: string): ImportMessage => ({
  it: `Importo delle risorse economiche non leggibile: "${excerpt(text)}".`,
  en: `Unreadable amount of economic resources: "${excerpt(text)}".`,
});

export const parentMissing = (code: string): ImportMessage => ({
  it: `Obiettivo ${code}: non si trova l'obiettivo o l'area di livello superiore.`,
  en: `Objective ${code}: its parent objective or area is not found.`,
});

export const duplicateCode = (kind: string, code: string, firstLine: number): ImportMessage => ({
  it: `Codice ${code} (${kind}) già usato alla riga ${firstLine}.`,
  en: `Code ${code} (${kind}) already used at line ${firstLine}.`,
});

export const weightUnreadable = (text: string): ImportMessage => ({
  it: `Peso dell'obiettivo individuale non leggibile: "${excerpt(text)}".`,
  en: `Unreadable weight of the individual objective: "${excerpt(text)}".`,
});

export const cardWeightsNot100 = (person: string, sum: number): ImportMessage => ({
  it: `I pesi degli obiettivi della scheda di ${person} sommano a ${String(sum).replace('.', ',')} invece di 100.`,
  en: `The objective weights of ${person}'s card sum to ${sum} instead of 100.`,
});
