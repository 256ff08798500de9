-- Social security portability claims: the claim, every move of its status (who, when, why), and the insurance
-- periods attached to it by source. The decision's assessment is kept on the claim with its trace (a JSON array)
-- and the section version it ran under. Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 16.
-- Ids from entity_seq (V1).

CREATE TABLE ss_claim (
    id                    BIGINT          NOT NULL PRIMARY KEY,
    claim_id              VARCHAR(36)     NOT NULL,
    version               BIGINT          NOT NULL,
    registry_number       VARCHAR(14)     NOT NULL,
    benefit               VARCHAR(24)     NOT NULL,
    agreement_id          VARCHAR(36)     NOT NULL,
    home_institution      VARCHAR(36)     NOT NULL,
    partner_institution   VARCHAR(36)     NOT NULL,
    claimant_kind         VARCHAR(16)     NOT NULL,
    claimant_name         VARCHAR(200),
    claimant_relationship VARCHAR(32),
    status                VARCHAR(24)     NOT NULL,
    idempotency_owner     VARCHAR(36),
    idempotency_key       VARCHAR(64),
    request_hash          VARCHAR(64),
    request_message_id    VARCHAR(64),
    periods_requested_at  TIMESTAMP,
    reminders_sent        INTEGER         NOT NULL,
    last_reminder_at      TIMESTAMP,
    outcome               VARCHAR(40),
    payable_amount        DECIMAL(19, 4),
    payable_basis         VARCHAR(16),
    totalised_periods     DECIMAL(19, 4),
    period_unit           VARCHAR(16),
    section_version       INTEGER,
    assessed_as_of        DATE,
    trace                 VARCHAR(400000),
    created_at            TIMESTAMP       NOT NULL,
    updated_at            TIMESTAMP       NOT NULL,
    CONSTRAINT uq_ss_claim_claim_id UNIQUE (claim_id),
    -- one claim per client-chosen key of an organisation
    CONSTRAINT uq_ss_claim_idempotency UNIQUE (idempotency_owner, idempotency_key)
);
CREATE INDEX ix_ss_claim_home_status ON ss_claim (home_institution, status, created_at);
CREATE INDEX ix_ss_claim_partner ON ss_claim (partner_institution, created_at);
CREATE INDEX ix_ss_claim_request_message ON ss_claim (request_message_id);

CREATE TABLE ss_claim_transition (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    claim_id           BIGINT        NOT NULL REFERENCES ss_claim (id),
    seq                INTEGER       NOT NULL,
    from_status        VARCHAR(24),
    to_status          VARCHAR(24)   NOT NULL,
    action             VARCHAR(24)   NOT NULL,
    recorded_at        TIMESTAMP     NOT NULL,
    actor              VARCHAR(200)  NOT NULL,
    actor_subject      VARCHAR(200),
    actor_organisation VARCHAR(200),
    actor_client       VARCHAR(200),
    reason             VARCHAR(1000),
    CONSTRAINT uq_ss_claim_transition_seq UNIQUE (claim_id, seq)
);

CREATE TABLE ss_claim_period (
    id                 BIGINT          NOT NULL PRIMARY KEY,
    claim_id           BIGINT          NOT NULL REFERENCES ss_claim (id),
    seq                INTEGER         NOT NULL,
    source             VARCHAR(24)     NOT NULL,
    reference          VARCHAR(64),
    country            VARCHAR(3)      NOT NULL,
    institution        VARCHAR(64),
    period_from        DATE            NOT NULL,
    period_to          DATE,
    period_type        VARCHAR(40)     NOT NULL,
    scheme             VARCHAR(64),
    relevance          VARCHAR(120),
    total_amount       DECIMAL(19, 4),
    total_unit         VARCHAR(16),
    occupation         VARCHAR(8),
    earnings           DECIMAL(19, 4),
    contributions      DECIMAL(19, 4),
    message_id         VARCHAR(64),
    added_at           TIMESTAMP       NOT NULL,
    actor              VARCHAR(200)    NOT NULL,
    actor_subject      VARCHAR(200),
    actor_organisation VARCHAR(200),
    actor_client       VARCHAR(200),
    CONSTRAINT uq_ss_claim_period_seq UNIQUE (claim_id, seq)
);
