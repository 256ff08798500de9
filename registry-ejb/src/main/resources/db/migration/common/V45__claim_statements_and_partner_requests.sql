-- The statement of periods abroad is issued by the registry itself when a claim's certified periods are complete
-- (every partner institution asked has answered or timed out): the claim is marked due in the transaction that
-- completes it, and the claims timer issues the statement later in a transaction of its own, so a crash in between
-- loses nothing and the answer's acknowledged path does not wait on a PDF being signed. The claim names the last
-- statement issued for it. Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 16.

ALTER TABLE ss_claim ADD COLUMN statement_due_at TIMESTAMP;
ALTER TABLE ss_claim ADD COLUMN statement_id VARCHAR(36);
CREATE INDEX ix_ss_claim_statement_due ON ss_claim (statement_due_at);

-- Several partner institutions per claim: one row per institution a claim asks for periods, each with its own
-- signed request, reminders, deadline, answer or time-out, and the decision message it was sent. The claim's own
-- columns keep the first institution's (the single-partner form of the contracts reads them); its
-- next_deadline_at is the earliest of its partners'. Existing claims get the row of their one partner, its id the
-- claim's own (ids come from the one entity_seq, so no other row has it).
CREATE TABLE ss_claim_partner (
    id                  BIGINT          NOT NULL PRIMARY KEY,
    claim_id            BIGINT          NOT NULL REFERENCES ss_claim (id),
    seq                 INTEGER         NOT NULL,
    institution         VARCHAR(36)     NOT NULL,
    standing            VARCHAR(16)     NOT NULL,
    request_message_id  VARCHAR(64),
    requested_at        TIMESTAMP,
    reminders_sent      INTEGER         NOT NULL,
    last_reminder_at    TIMESTAMP,
    next_deadline_at    TIMESTAMP,
    answer_message_id   VARCHAR(64),
    closed_at           TIMESTAMP,
    decision_message_id VARCHAR(64),
    CONSTRAINT uq_ss_claim_partner UNIQUE (claim_id, institution)
);
CREATE INDEX ix_ss_claim_partner_institution ON ss_claim_partner (institution);

INSERT INTO ss_claim_partner (id, claim_id, seq, institution, standing, request_message_id, requested_at,
                              reminders_sent, last_reminder_at, next_deadline_at, closed_at, decision_message_id)
SELECT id, id, 1, partner_institution,
       CASE
           WHEN status IN ('DRAFT', 'SUBMITTED') OR periods_requested_at IS NULL THEN 'NOT_ASKED'
           WHEN status = 'PERIODS_REQUESTED' THEN 'WAITING'
           WHEN status = 'PERIODS_TIMED_OUT' THEN 'TIMED_OUT'
           ELSE 'ANSWERED'
       END,
       request_message_id, periods_requested_at, reminders_sent, last_reminder_at, next_deadline_at,
       CASE WHEN status IN ('DRAFT', 'SUBMITTED', 'PERIODS_REQUESTED') THEN NULL ELSE updated_at END,
       decision_message_id
FROM ss_claim;
