-- Frozen results are immutable: a snapshot row may be inserted (freezing a year, or a restore), never
-- changed or removed. Hand-written (drizzle-kit generate --custom). The error text starts with
-- "plan_year_snapshot_immutable" so callers and tests can recognise it.
CREATE OR REPLACE FUNCTION plan_year_snapshot_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'plan_year_snapshot_immutable: % on plan_year_snapshots is not allowed (i risultati congelati non si modificano né si cancellano)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER plan_year_snapshots_no_update_delete
  BEFORE UPDATE OR DELETE ON plan_year_snapshots
  FOR EACH ROW EXECUTE FUNCTION plan_year_snapshot_reject_change();
--> statement-breakpoint
CREATE TRIGGER plan_year_snapshots_no_truncate
  BEFORE TRUNCATE ON plan_year_snapshots
  FOR EACH STATEMENT EXECUTE FUNCTION plan_year_snapshot_reject_change();
