-- Claims that run by themselves: when the registry next looks at a claim's awaited period request (its next
-- reminder or its time-out), kept with the claim so a restarted server, or a second one, carries on where the
-- first stopped. Claims already awaiting periods are looked at once at start-up and rescheduled from their
-- agreement's section. Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 16.

ALTER TABLE ss_claim ADD COLUMN next_deadline_at TIMESTAMP;
UPDATE ss_claim SET next_deadline_at = periods_requested_at WHERE status = 'PERIODS_REQUESTED';
CREATE INDEX ix_ss_claim_deadline ON ss_claim (status, next_deadline_at);

-- The decision on a claim goes to the partner institution as a signed ClaimDecision message; the claim names it,
-- and its delivery (the partner's verified receipt) is read from the outbox.
ALTER TABLE ss_claim ADD COLUMN decision_message_id VARCHAR(64);

-- Partner institutions' insurance period requests to this registry's institution: the officers' worklist, one row
-- per partner claim (a re-sent request counts as a reminder), the answer given (certified periods or a refusal with
-- its code) and, later, the partner's decision on its claim with the computation trace.
CREATE TABLE ss_period_request (
    id                    BIGINT          NOT NULL PRIMARY KEY,
    request_id            VARCHAR(36)     NOT NULL,
    version               BIGINT          NOT NULL,
    sender_institution    VARCHAR(36)     NOT NULL,
    recipient_institution VARCHAR(36)     NOT NULL,
    agreement_id          VARCHAR(36)     NOT NULL,
    partner_claim_id      VARCHAR(64)     NOT NULL,
    benefit               VARCHAR(24)     NOT NULL,
    identifiers           VARCHAR(2000)   NOT NULL,
    first_message_id      VARCHAR(64)     NOT NULL,
    latest_message_id     VARCHAR(64)     NOT NULL,
    reminders_received    INTEGER         NOT NULL,
    received_at           TIMESTAMP       NOT NULL,
    last_received_at      TIMESTAMP       NOT NULL,
    status                VARCHAR(16)     NOT NULL,
    answer_message_id     VARCHAR(64),
    answer_hash           VARCHAR(64),
    answer_periods        VARCHAR(200000),
    refusal_code          VARCHAR(24),
    refusal_reason        VARCHAR(1000),
    answered_at           TIMESTAMP,
    answered_by           VARCHAR(200),
    decision_message_id   VARCHAR(64),
    decision              VARCHAR(24),
    decision_outcome      VARCHAR(40),
    decision_amount       DECIMAL(19, 4),
    decision_basis        VARCHAR(16),
    decision_periods      DECIMAL(19, 4),
    decision_unit         VARCHAR(16),
    decision_as_of        DATE,
    decided_at            TIMESTAMP,
    decision_reason       VARCHAR(1000),
    decision_trace        VARCHAR(400000),
    decision_received_at  TIMESTAMP,
    CONSTRAINT uq_ss_period_request_id UNIQUE (request_id),
    -- one worklist item per partner claim
    CONSTRAINT uq_ss_period_request_claim UNIQUE (sender_institution, partner_claim_id)
);
CREATE INDEX ix_ss_period_request_worklist ON ss_period_request (recipient_institution, status, received_at);
