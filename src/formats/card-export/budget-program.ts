/**
 * The DM 27/03/2013 classification of the chambers of commerce (missione + programma). The cards
 * print only the program (`005 - Politiche di sviluppo, competitività e innovazione…`); the mission is
 * the one the decree's table for the chambers pairs with that program, recognised from its title
 * (program numbers repeat across missions: 005 is both 011.005 and 016.005).
 */

const MISSIONS: ReadonlyArray<{ mission: string; pattern: RegExp }> = [
  { mission: '011', pattern: /sviluppo|competitivit|innovazione|cooperativ/i },
  { mission: '012', pattern: /vigilanza|tutela\s+dei\s+consumatori|concorrenza|regolazione/i },
  { mission: '016', pattern: /internazionalizzazione|made\s+in\s+italy|commercio\s+internazionale/i },
  { mission: '032', pattern: /servizi\s+e\s+affari\s+generali|indirizzo\s+politico|servizi\s+istituzionali/i },
  { mission: '033', pattern: /fondi\s+da\s+(ri)?(assegnare|ripartire)/i },
  { mission: '090', pattern: /conto\s+terzi|partite\s+di\s+giro/i },
  { mission: '091', pattern: /debito/i },
];

/** `005 - Politiche di sviluppo…` → { mission: '011', program: '005' }; undefined when not recognised. */
export function budgetProgramOf(text: string): { mission: string; program: string } | undefined {
  const match = /^(\d{3})\s*-\s*(.+)$/.exec(text.trim());
  if (!match) return undefined;
  const title = match[2] as string;
  const entry = MISSIONS.find(({ pattern }) => pattern.test(title));
  return entry === undefined ? undefined : { mission: entry.mission, program: match[1] as string };
}
