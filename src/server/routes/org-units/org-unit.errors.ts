/** Problems of org units. */
import type { ProblemTable } from '../../http/problem.js';

export const ORG_UNIT_PROBLEMS: ProblemTable<'invalid_parent'> = {
  invalid_parent: {
    status: 400,
    messages: {
      it: 'L\'unità superiore non esiste in questo ente o creerebbe un ciclo.',
      en: 'The parent unit does not exist in this entity or would create a cycle.',
    },
  },
};
