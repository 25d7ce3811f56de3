/**
 * The demo accounts, all with the password `demo`: the system administrator and one user per role of
 * the DEMO entity. The dirigente is limited to Area 1, the referente to two offices of its Registro.
 */
import type { EntityRole } from '../../core/authorization/index.js';

export const DEMO_PASSWORD = 'demo';

export interface DemoUser {
  username: string;
  displayName: string;
  email: string;
  isSystemAdmin?: boolean;
  role?: EntityRole;
  /** Org unit codes the role is limited to. */
  scope?: string[];
  /** The person behind the account, in the org chart. */
  person?: { fullName: string; orgUnit: string };
}

export const demoUsers: DemoUser[] = [
  { username: 'admin', displayName: 'Amministratore di sistema', email: 'admin@esempio.camcom.it', isSystemAdmin: true },
  { username: 'stp', displayName: 'Giulia Ferri (Programmazione e controllo)', email: 'programmazione@esempio.camcom.it', role: 'stp',
    person: { fullName: 'Giulia Ferri', orgUnit: 'SG.PC' } },
  { username: 'sg', displayName: 'Marco Bellini (Segretario Generale)', email: 'segretario.generale@esempio.camcom.it', role: 'sg',
    person: { fullName: 'Marco Bellini', orgUnit: 'SG' } },
  { username: 'dirigente', displayName: 'Laura Conti (Dirigente Area 1)', email: 'area1@esempio.camcom.it', role: 'dirigente', scope: ['A1'],
    person: { fullName: 'Laura Conti', orgUnit: 'A1' } },
  { username: 'referente', displayName: 'Paolo Greco (Referente Registro imprese)', email: 'registro.imprese@esempio.camcom.it', role: 'referente',
    scope: ['A1.S1.U1', 'A1.S1.U2'], person: { fullName: 'Paolo Greco', orgUnit: 'A1.S1.U1' } },
  { username: 'validatore', displayName: 'Sara Marini (Validazione dati)', email: 'controllo@esempio.camcom.it', role: 'validatore',
    person: { fullName: 'Sara Marini', orgUnit: 'SG.PC' } },
  { username: 'oiv', displayName: 'Prof. Andrea Ricci (OIV)', email: 'oiv@esempio.camcom.it', role: 'oiv' },
  { username: 'lettore', displayName: 'Elena Galli (sola lettura)', email: 'lettore@esempio.camcom.it', role: 'lettore' },
];

/** The demo usernames, in the order a banner lists them. */
export const DEMO_LOGINS: string[] = demoUsers.map((user) => user.username);
