/** The last entity, plan and year a user worked on, remembered per user in localStorage. */
import type { WorkspaceChoice } from './workspace-selection.js';

const keyOf = (userId: string) => `traguardo.workspace.${userId}`;

export function readWorkspaceChoice(userId: string): WorkspaceChoice {
  try {
    const raw: unknown = JSON.parse(window.localStorage.getItem(keyOf(userId)) ?? '{}');
    if (typeof raw !== 'object' || raw === null) return {};
    const { entityCode, planCode, year } = raw as Record<string, unknown>;
    return {
      entityCode: typeof entityCode === 'string' ? entityCode : undefined,
      planCode: typeof planCode === 'string' ? planCode : undefined,
      year: typeof year === 'number' && Number.isInteger(year) ? year : undefined,
    };
  } catch {
    return {};
  }
}

export function storeWorkspaceChoice(userId: string, choice: WorkspaceChoice): void {
  try {
    window.localStorage.setItem(keyOf(userId), JSON.stringify(choice));
  } catch {
    // not remembered: the defaults apply next time
  }
}
