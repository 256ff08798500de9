-- Signed statements of periods abroad: each statement as issued, its signed JSON (a JWS, JSON serialisation) and
-- its signed PDF, kept so a returnee or an officer gets the same signed document again, and so the public
-- verification behind the QR code can answer whether a statement id with its digest was issued. The signing key
-- itself is never here (a keystore named by configuration). Portable SQL: runs unchanged on H2 2.2 and
-- PostgreSQL 16. Ids from entity_seq (V1).

CREATE TABLE ss_statement (
    id                  BIGINT          NOT NULL PRIMARY KEY,
    statement_id        VARCHAR(36)     NOT NULL,
    registry_number     VARCHAR(14)     NOT NULL,
    issuer              VARCHAR(36)     NOT NULL,
    issued_at           TIMESTAMP       NOT NULL,
    actor               VARCHAR(200)    NOT NULL,
    actor_subject       VARCHAR(200),
    actor_organisation  VARCHAR(200),
    actor_client        VARCHAR(200),
    idempotency_owner   VARCHAR(36),
    idempotency_key     VARCHAR(64),
    key_id              VARCHAR(64)     NOT NULL,
    period_count        INTEGER         NOT NULL,
    payload_digest      VARCHAR(64)     NOT NULL,
    pdf_digest          VARCHAR(64)     NOT NULL,
    signed_json         VARCHAR(400000) NOT NULL,
    signed_pdf          BYTEA           NOT NULL,
    CONSTRAINT uq_ss_statement_statement_id UNIQUE (statement_id),
    -- one statement per client-chosen key of an organisation
    CONSTRAINT uq_ss_statement_idempotency UNIQUE (idempotency_owner, idempotency_key)
);
CREATE INDEX ix_ss_statement_returnee ON ss_statement (registry_number, issued_at);
