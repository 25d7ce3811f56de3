/**
 * The org chart of the fictional Camera di Commercio di Esempio: Segreteria Generale, three Aree, their
 * Servizi and Uffici. One office was merged at the end of 2025 (closed, with its successor from 2026).
 */
import type { z } from 'zod';
import type { orgUnitSchema } from '../../core/plan/plan.schema.js';

type OrgUnitInput = z.input<typeof orgUnitSchema>;

const since = '2019-01-01';

export const demoOrgUnits: OrgUnitInput[] = [
  { code: 'SG', name: 'Segreteria Generale', kind: 'entity', validFrom: since },
  { code: 'SG.PC', name: 'Ufficio Programmazione e controllo di gestione', kind: 'staff', parent: 'SG', validFrom: since },
  { code: 'SG.COM', name: 'Ufficio Comunicazione e URP', kind: 'staff', parent: 'SG', validFrom: since },

  { code: 'A1', name: 'Area 1 – Anagrafe e regolazione del mercato', kind: 'area', parent: 'SG', validFrom: since },
  { code: 'A1.S1', name: 'Servizio Registro delle imprese', kind: 'service', parent: 'A1', validFrom: since },
  { code: 'A1.S1.U1', name: 'Ufficio Registro imprese e REA', kind: 'office', parent: 'A1.S1', validFrom: since },
  { code: 'A1.S1.U2', name: 'Ufficio Albi, ruoli e SUAP', kind: 'office', parent: 'A1.S1', validFrom: since },
  { code: 'A1.S2', name: 'Servizio Regolazione e tutela del mercato', kind: 'service', parent: 'A1', validFrom: since },
  { code: 'A1.S2.U1', name: 'Ufficio Metrologia legale e vigilanza prodotti', kind: 'office', parent: 'A1.S2', validFrom: since },
  { code: 'A1.S2.U2', name: 'Ufficio Conciliazione e arbitrato', kind: 'office', parent: 'A1.S2', validFrom: since, validTo: '2025-12-31' },
  { code: 'A1.S2.U3', name: 'Ufficio Mediazione e composizione negoziata della crisi', kind: 'office', parent: 'A1.S2', validFrom: '2026-01-01' },

  { code: 'A2', name: 'Area 2 – Promozione e sviluppo delle imprese', kind: 'area', parent: 'SG', validFrom: since },
  { code: 'A2.S1', name: 'Servizio Promozione e internazionalizzazione', kind: 'service', parent: 'A2', validFrom: since },
  { code: 'A2.S1.U1', name: 'Ufficio Internazionalizzazione', kind: 'office', parent: 'A2.S1', validFrom: since },
  { code: 'A2.S1.U2', name: 'Ufficio Punto Impresa Digitale (PID)', kind: 'office', parent: 'A2.S1', validFrom: '2020-03-01' },
  { code: 'A2.S2', name: 'Servizio Studi e informazione economica', kind: 'service', parent: 'A2', validFrom: since },
  { code: 'A2.S2.U1', name: 'Ufficio Studi, statistica e prezzi', kind: 'office', parent: 'A2.S2', validFrom: since },

  { code: 'A3', name: 'Area 3 – Risorse e servizi interni', kind: 'area', parent: 'SG', validFrom: since },
  { code: 'A3.S1', name: 'Servizio Risorse finanziarie e provveditorato', kind: 'service', parent: 'A3', validFrom: since },
  { code: 'A3.S1.U1', name: 'Ufficio Contabilità e diritto annuale', kind: 'office', parent: 'A3.S1', validFrom: since },
  { code: 'A3.S1.U2', name: 'Ufficio Provveditorato e patrimonio', kind: 'office', parent: 'A3.S1', validFrom: since },
  { code: 'A3.S2', name: 'Servizio Personale e affari generali', kind: 'service', parent: 'A3', validFrom: since },
  { code: 'A3.S2.U1', name: 'Ufficio Personale e organizzazione', kind: 'office', parent: 'A3.S2', validFrom: since },
  { code: 'A3.S2.U2', name: 'Ufficio Protocollo, trasparenza e anticorruzione', kind: 'office', parent: 'A3.S2', validFrom: since },
];
