-- Referrals of returnees to line ministries and service providers, their history, and the routing of
-- each service to its default recipient. Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15+.
-- Ids from sequences with allocation 50 (first value 50); event ids come from entity_seq (V1).
-- V5 and V6 are reserved for other work.

CREATE SEQUENCE referral_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE referral (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    referral_id         VARCHAR(36)   NOT NULL,
    version             BIGINT        NOT NULL,
    registry_number     VARCHAR(14)   NOT NULL,
    service             VARCHAR(32)   NOT NULL,
    purpose             VARCHAR(32)   NOT NULL,
    recipient           VARCHAR(36),
    source              VARCHAR(16)   NOT NULL,
    source_notification VARCHAR(110),
    reason              VARCHAR(1000) NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    decline_reason      VARCHAR(1000),
    outcome             VARCHAR(32),
    outcome_note        VARCHAR(1000),
    idempotency_owner   VARCHAR(36),
    idempotency_key     VARCHAR(64),
    request_hash        VARCHAR(64),
    created_at          TIMESTAMP     NOT NULL,
    updated_at          TIMESTAMP     NOT NULL,
    CONSTRAINT uq_referral_referral_id UNIQUE (referral_id),
    -- one referral per service and notification, whatever replays or races happen
    CONSTRAINT uq_referral_notification_service UNIQUE (source_notification, service),
    -- one referral per client-chosen key of an organisation
    CONSTRAINT uq_referral_idempotency UNIQUE (idempotency_owner, idempotency_key)
);
CREATE INDEX ix_referral_recipient_status ON referral (recipient, status, created_at);
CREATE INDEX ix_referral_status ON referral (status, created_at);
CREATE INDEX ix_referral_registry_number ON referral (registry_number);

CREATE TABLE referral_event (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    referral_id        BIGINT        NOT NULL REFERENCES referral (id),
    seq                INTEGER       NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    recorded_at        TIMESTAMP     NOT NULL,
    actor              VARCHAR(200)  NOT NULL,
    actor_subject      VARCHAR(200),
    actor_organisation VARCHAR(200),
    actor_client       VARCHAR(200),
    note               VARCHAR(1040),
    CONSTRAINT uq_referral_event_seq UNIQUE (referral_id, seq)
);

CREATE TABLE referral_route (
    service    VARCHAR(32)  NOT NULL PRIMARY KEY,
    version    BIGINT       NOT NULL,
    recipient  VARCHAR(36)  NOT NULL,
    updated_at TIMESTAMP    NOT NULL,
    updated_by VARCHAR(200) NOT NULL
);
