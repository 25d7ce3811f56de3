/**
 * The demo's monitoring cycle: the acts approving 2025 and 2026, and the data collection campaigns —
 * closed for the 2025 periods and the first 2026 period, open for the second 2026 period (the one being
 * collected: its values are submitted or still in draft), so the referente can enter data at once.
 */
import { and, eq } from 'drizzle-orm';
import { entryDeadlineOf } from '../../core/cycle/index.js';
import type { Act } from '../../core/plan/plan.schema.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import type { Tx } from '../db/database.js';
import { campaigns, planYears } from '../db/schema.js';

const APPROVALS: Record<number, Act> = {
  2025: { kind: 'delibera_giunta', number: '8', date: '2025-01-29', body: 'Giunta camerale' },
  2026: { kind: 'delibera_giunta', number: '6', date: '2026-01-27', body: 'Giunta camerale', note: 'Aggiornamento annuale del piano triennale' },
};

interface DemoCampaign { period: string; end: string; status: 'open' | 'closed' }

const DEMO_CAMPAIGNS: DemoCampaign[] = [
  { period: '2025-1', end: '2025-04-30', status: 'closed' },
  { period: '2025-2', end: '2025-08-31', status: 'closed' },
  { period: '2025-3', end: '2025-12-31', status: 'closed' },
  { period: '2026-1', end: '2026-04-30', status: 'closed' },
  { period: '2026-2', end: '2026-08-31', status: 'open' },
];

export async function saveDemoCycle(tx: Tx, entityId: string, planId: string, actor: AuditActor): Promise<void> {
  for (const [year, act] of Object.entries(APPROVALS)) {
    await tx.update(planYears).set({ approvalAct: act }).where(and(eq(planYears.planId, planId), eq(planYears.year, Number(year))));
  }
  const rows = await tx.insert(campaigns).values(DEMO_CAMPAIGNS.map((campaign) => {
    const entryDeadline = entryDeadlineOf(campaign.end);
    return {
      entityId, planId, year: Number(campaign.period.slice(0, 4)), periodCode: campaign.period, status: campaign.status,
      opensOn: campaign.end, entryDeadline, closesOn: entryDeadlineOf(campaign.end, 30),
    };
  })).returning();
  for (const row of rows) await appendAudit(tx, { actor, entityId, objectType: 'campaign', objectId: row.id, action: 'create', after: row });
}
