/** The demo installation's account and entity the journeys use (src/server/demo, password "demo"). */
export const demo = {
  stp: { username: 'stp', password: 'demo' },
  lettore: { username: 'lettore', password: 'demo' },
  entityName: 'Camera di Commercio di Esempio',
} as const;
