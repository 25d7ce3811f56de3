/**
 * The problems that keep a card from being scored: one constructor per stable code, each with an
 * Italian and an English message and the field path on the card.
 */
import type { CardProblem } from './card-explanation.js';

function problem(code: string, path: string, it: string, en: string): CardProblem {
  return { code, path, message: { it, en } };
}

export const cardProblems = {
  unknownIndicator: (path: string, code: string) => problem('unknown_indicator', path,
    `L'indicatore ${code} collegato all'obiettivo non esiste nel piano.`,
    `Indicator ${code} linked to the objective does not exist in the plan.`),
  unknownNode: (path: string, code: string) => problem('unknown_node', path,
    `Il nodo ${code} collegato all'obiettivo non esiste nel piano.`,
    `Node ${code} linked to the objective does not exist in the plan.`),
  resultMissing: (path: string, what: { it: string; en: string }) => problem('result_missing', path,
    `Manca il risultato di ${what.it}.`,
    `There is no result for ${what.en}.`),
  resultError: (path: string, what: { it: string; en: string }) => problem('result_error', path,
    `Il risultato di ${what.it} non è calcolabile: un errore di formula, di target o di dati, o un dato mancante da cui dipende.`,
    `The result for ${what.en} cannot be computed: a formula, target or data error, or missing data it depends on.`),
  yearMismatch: (cardYear: number, sourceYear: number) => problem('year_mismatch', 'year',
    `La scheda è del ${cardYear} ma i risultati organizzativi sono del ${sourceYear}.`,
    `The card is for ${cardYear} but the organisational results are for ${sourceYear}.`),
  ownIndicatorNotAssessed: (path: string, code: string) => problem('own_indicator_not_assessed', path,
    `L'indicatore della scheda ${code} non è ancora stato valutato.`,
    `Card indicator ${code} has not been assessed yet.`),
  objectiveWithoutLinks: (path: string, code: string) => problem('objective_without_links', path,
    `L'obiettivo ${code} non ha indicatori né nodi collegati: non è misurabile.`,
    `Objective ${code} has no linked indicators or nodes: it cannot be measured.`),
  zeroWeights: (path: string) => problem('zero_weights', path,
    'Tutti i pesi degli elementi conteggiati sono 0.',
    'Every counted item has weight 0.'),
  unitNotSet: (path: string) => problem('unit_not_set', path,
    "La componente performance dell'unità richiede l'unità organizzativa della scheda.",
    "The unit performance component needs the card's org unit."),
  noComponents: (role: string) => problem('no_components', 'components',
    `La scheda non indica le componenti e il sistema di valutazione non le definisce per il ruolo ${role}.`,
    `The card gives no components and the card policy defines none for role ${role}.`),
  noObjectives: () => problem('no_objectives', 'objectives',
    'La componente obiettivi ha un peso ma la scheda non ha obiettivi.',
    'The objectives component has a weight but the card has no objectives.'),
  noBehaviours: () => problem('no_behaviours', 'behaviours',
    'La componente comportamenti ha un peso ma la scheda non elenca comportamenti.',
    'The behaviours component has a weight but the card lists no behaviours.'),
  behaviourNotRated: (path: string, code: string) => problem('behaviour_not_rated', path,
    `Il comportamento ${code} non è ancora stato valutato.`,
    `Behaviour ${code} has not been rated yet.`),
  ratingOutOfScale: (path: string, code: string, rating: number, min: number, max: number) => problem('rating_out_of_scale', path,
    `La valutazione ${rating} del comportamento ${code} è fuori dalla scala ${min}–${max}.`,
    `Rating ${rating} of behaviour ${code} is outside the ${min}–${max} scale.`),
};
