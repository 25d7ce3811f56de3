-- Approved document versions are immutable: a row may be inserted (an approval, or a restore), never
-- changed or removed. Hand-written (drizzle-kit generate --custom). The error text starts with
-- "approved_document_immutable" so callers and tests can recognise it.
CREATE OR REPLACE FUNCTION approved_document_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'approved_document_immutable: % on approved_documents is not allowed (le versioni approvate non si modificano né si cancellano)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER approved_documents_no_update_delete
  BEFORE UPDATE OR DELETE ON approved_documents
  FOR EACH ROW EXECUTE FUNCTION approved_document_reject_change();
--> statement-breakpoint
CREATE TRIGGER approved_documents_no_truncate
  BEFORE TRUNCATE ON approved_documents
  FOR EACH STATEMENT EXECUTE FUNCTION approved_document_reject_change();
