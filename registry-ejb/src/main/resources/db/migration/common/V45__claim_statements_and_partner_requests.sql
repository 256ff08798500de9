-- The statement of periods abroad is issued by the registry itself when a claim's certified periods are complete
-- (every partner institution asked has answered or timed out): the claim is marked due in the transaction that
-- completes it, and the claims timer issues the statement later in a transaction of its own, so a crash in between
-- loses nothing and the answer's acknowledged path does not wait on a PDF being signed. The claim names the last
-- statement issued for it. Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 16.

ALTER TABLE ss_claim ADD COLUMN statement_due_at TIMESTAMP;
ALTER TABLE ss_claim ADD COLUMN statement_id VARCHAR(36);
CREATE INDEX ix_ss_claim_statement_due ON ss_claim (statement_due_at);
