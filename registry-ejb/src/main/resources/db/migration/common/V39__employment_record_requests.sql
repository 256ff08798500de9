-- Employment record requests between registries (docs/partner-exchange.md): one row per request, in either
-- direction. OUTBOUND: a request the registry sent a partner institution, awaiting the partner's signed answer
-- (correlated by the request's message id). INBOUND: a partner's request, awaiting an answer from the registry's
-- officers, who answer it (records found, none found) or refuse it with a reason code; the answer is sent signed,
-- naming the request as its correlationId. Identifiers and records are kept as the contract's values in JSON.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 16.

CREATE TABLE employment_record_request (
    id                  VARCHAR(36)     NOT NULL PRIMARY KEY,
    version             BIGINT          NOT NULL,
    direction           VARCHAR(8)      NOT NULL,
    message_id          VARCHAR(64)     NOT NULL,
    partner             VARCHAR(40)     NOT NULL,
    agreement_id        VARCHAR(36)     NOT NULL,
    agreement_version   INTEGER         NOT NULL,
    purpose             VARCHAR(64)     NOT NULL,
    registry_number     VARCHAR(14),
    identifiers         VARCHAR(2000)   NOT NULL,
    period_from         DATE,
    period_to           DATE,
    requested_at        TIMESTAMP       NOT NULL,
    status              VARCHAR(20)     NOT NULL,
    outcome             VARCHAR(20),
    refusal_code        VARCHAR(40),
    refusal_reason      VARCHAR(1000),
    records             VARCHAR(20000),
    answer_message_id   VARCHAR(64),
    answered_at         TIMESTAMP,
    answered_by         VARCHAR(200),
    CONSTRAINT uq_employment_record_request UNIQUE (direction, partner, message_id)
);
CREATE INDEX ix_employment_record_request_status ON employment_record_request (direction, status, requested_at);
