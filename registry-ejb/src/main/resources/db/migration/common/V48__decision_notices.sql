-- The decision notice a claim's returnee is given at each decision (approved, rejected, partly approved; again after
-- a reopening and a new decision, the earlier notice kept): what was claimed, the outcome and the whole computation,
-- as issued — its signed JSON (a JWS, flattened JSON serialisation) and its signed PDF, never re-rendered. The
-- signing key is the statements' (a keystore named by configuration), never here. Portable SQL: runs unchanged on
-- H2 2.2 and PostgreSQL 16. Ids from entity_seq (V1).

CREATE TABLE ss_decision_notice (
    id                  BIGINT          NOT NULL PRIMARY KEY,
    notice_id           VARCHAR(36)     NOT NULL,
    claim_id            VARCHAR(36)     NOT NULL,
    -- the claim transition that decided (its sequence): one notice per decision
    decision_sequence   INTEGER         NOT NULL,
    decision            VARCHAR(32)     NOT NULL,
    registry_number     VARCHAR(14)     NOT NULL,
    issuer              VARCHAR(36)     NOT NULL,
    issued_at           TIMESTAMP       NOT NULL,
    actor               VARCHAR(200)    NOT NULL,
    actor_subject       VARCHAR(200),
    actor_organisation  VARCHAR(200),
    actor_client        VARCHAR(200),
    key_id              VARCHAR(64)     NOT NULL,
    payload_digest      VARCHAR(64)     NOT NULL,
    pdf_digest          VARCHAR(64)     NOT NULL,
    -- the trace may fill a claim's 400,000 characters: with the words of each step, base64 in the JWS
    signed_json         VARCHAR(1200000) NOT NULL,
    signed_pdf          BYTEA           NOT NULL,
    CONSTRAINT uq_ss_decision_notice_notice_id UNIQUE (notice_id),
    CONSTRAINT uq_ss_decision_notice_decision UNIQUE (claim_id, decision_sequence)
);
CREATE INDEX ix_ss_decision_notice_claim ON ss_decision_notice (claim_id, issued_at);
