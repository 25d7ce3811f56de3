/** Problems of scoring policies and what-if. */
import type { ProblemTable } from '../../http/problem.js';

export const POLICY_PROBLEMS: ProblemTable<'card_policy_invalid' | 'policy_invalid' | 'policy_invalid_input' | 'year_outside_plan' | 'period_not_found'> = {
  policy_invalid: {
    status: 500,
    messages: {
      it: 'Il sistema di misurazione salvato per quest’anno non è leggibile: contatta l’assistenza.',
      en: 'The scoring policy saved for this year cannot be read: contact support.',
    },
  },
  card_policy_invalid: {
    status: 500,
    messages: {
      it: 'Il sistema di valutazione delle schede salvato per quest’anno non è leggibile: contatta l’assistenza.',
      en: 'The card policy saved for this year cannot be read: contact support.',
    },
  },
  policy_invalid_input: {
    status: 400,
    messages: { it: 'Il sistema di misurazione proposto non è valido: correggi i campi indicati.', en: 'The proposed scoring policy is not valid: fix the fields shown.' },
  },
  year_outside_plan: {
    status: 400,
    messages: { it: 'L’anno richiesto non rientra nel periodo del piano.', en: 'The requested year is outside the plan\'s period.' },
  },
  period_not_found: {
    status: 404,
    messages: { it: 'Il periodo di monitoraggio richiesto non esiste per quell’anno del piano.', en: 'The plan has no such monitoring period in that year.' },
  },
};
