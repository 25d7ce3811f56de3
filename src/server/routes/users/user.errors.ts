/** Problems of user management. */
import type { ProblemTable } from '../../http/problem.js';

export const USER_PROBLEMS: ProblemTable<'username_taken' | 'invalid_scope' | 'duplicate_role'> = {
  username_taken: { status: 409, messages: { it: 'Nome utente già in uso.', en: 'Username already taken.' } },
  invalid_scope: {
    status: 400,
    messages: { it: 'Le unità organizzative indicate non appartengono a questo ente.', en: 'The given org units do not belong to this entity.' },
  },
  duplicate_role: { status: 400, messages: { it: 'Lo stesso ruolo è indicato più volte.', en: 'The same role is listed more than once.' } },
};
