/** Problems of disabling accounts. */
import type { ProblemTable } from '../../http/problem.js';

export const USER_STATUS_PROBLEMS: ProblemTable<'cannot_disable_self' | 'admin_account'> = {
  cannot_disable_self: {
    status: 400,
    messages: { it: 'Non puoi disattivare il tuo stesso account.', en: 'You cannot disable your own account.' },
  },
  admin_account: {
    status: 403,
    messages: {
      it: 'Solo un amministratore di sistema può disattivare l’account di un amministratore.',
      en: 'Only a system administrator can disable an administrator\'s account.',
    },
  },
};
