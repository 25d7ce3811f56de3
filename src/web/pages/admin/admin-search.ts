/** The section of the administration page in the address (`sezione`): users, org units, entity. Kept tiny: the router imports it. */
export const ADMIN_SECTIONS = ['utenti', 'unita', 'ente'] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number];

export interface AdminSearch {
  sezione?: AdminSection;
}

export function validateAdminSearch(search: Record<string, unknown>): AdminSearch {
  const section = ADMIN_SECTIONS.find((candidate) => candidate === search.sezione);
  return section ? { sezione: section } : {};
}
