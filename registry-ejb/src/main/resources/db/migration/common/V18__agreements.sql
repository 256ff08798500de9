-- Bilateral agreements: versions of terms and scope (never updated: an amendment adds a version),
-- parties, status history, partner institutions' endpoints and signing certificates.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 16. Agreement ids from agreement_seq
-- (allocation 50); every other row's id from entity_seq (V1).

CREATE SEQUENCE agreement_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE agreement (
    id              BIGINT      NOT NULL PRIMARY KEY,
    agreement_id    VARCHAR(36) NOT NULL,
    row_version     BIGINT      NOT NULL,
    agreement_type  VARCHAR(32) NOT NULL,
    status          VARCHAR(16) NOT NULL,
    current_version INTEGER     NOT NULL,
    registered_at   TIMESTAMP   NOT NULL,
    updated_at      TIMESTAMP   NOT NULL,
    CONSTRAINT uq_agreement_id UNIQUE (agreement_id)
);
CREATE INDEX ix_agreement_status ON agreement (status);

CREATE TABLE agreement_version (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    agreement_id          BIGINT       NOT NULL REFERENCES agreement (id),
    version_number        INTEGER      NOT NULL,
    title                 VARCHAR(300) NOT NULL,
    legal_reference       VARCHAR(200) NOT NULL,
    signature_date        DATE,
    entry_into_force_date DATE,
    valid_from            DATE         NOT NULL,
    valid_until           DATE,
    retention_days        INTEGER      NOT NULL,
    created_at            TIMESTAMP    NOT NULL,
    actor                 VARCHAR(200) NOT NULL,
    actor_subject         VARCHAR(200),
    actor_organisation    VARCHAR(200),
    actor_client          VARCHAR(200),
    reason                VARCHAR(500),
    CONSTRAINT uq_agreement_version UNIQUE (agreement_id, version_number)
);

CREATE TABLE agreement_party (
    version_id  BIGINT      NOT NULL REFERENCES agreement_version (id),
    position    INTEGER     NOT NULL,
    country     VARCHAR(3)  NOT NULL,
    institution VARCHAR(36) NOT NULL,
    PRIMARY KEY (version_id, position)
);
CREATE INDEX ix_agreement_party_country ON agreement_party (country);

CREATE TABLE agreement_scope (
    version_id    BIGINT      NOT NULL REFERENCES agreement_version (id),
    position      INTEGER     NOT NULL,
    direction     VARCHAR(16) NOT NULL,
    message_type  VARCHAR(48) NOT NULL,
    data_category VARCHAR(32) NOT NULL,
    purpose       VARCHAR(32) NOT NULL,
    legal_basis   VARCHAR(24) NOT NULL,
    PRIMARY KEY (version_id, position)
);

CREATE TABLE agreement_event (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    agreement_id       BIGINT       NOT NULL REFERENCES agreement (id),
    seq                INTEGER      NOT NULL,
    event_type         VARCHAR(24)  NOT NULL,
    version_number     INTEGER      NOT NULL,
    recorded_at        TIMESTAMP    NOT NULL,
    actor              VARCHAR(200) NOT NULL,
    actor_subject      VARCHAR(200),
    actor_organisation VARCHAR(200),
    actor_client       VARCHAR(200),
    reason             VARCHAR(500),
    subject            VARCHAR(100),
    CONSTRAINT uq_agreement_event_seq UNIQUE (agreement_id, seq)
);

CREATE TABLE agreement_certificate (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    agreement_id       BIGINT         NOT NULL REFERENCES agreement (id),
    certificate_id     VARCHAR(36)    NOT NULL,
    institution        VARCHAR(36)    NOT NULL,
    subject_dn         VARCHAR(500)   NOT NULL,
    issuer_dn          VARCHAR(500)   NOT NULL,
    serial_number      VARCHAR(64)    NOT NULL,
    sha256_fingerprint VARCHAR(64)    NOT NULL,
    not_before         TIMESTAMP      NOT NULL,
    not_after          TIMESTAMP      NOT NULL,
    key_algorithm      VARCHAR(16)    NOT NULL,
    pem                VARCHAR(16384) NOT NULL,
    attached_at        TIMESTAMP      NOT NULL,
    attached_by        VARCHAR(200)   NOT NULL,
    revoked_at         TIMESTAMP,
    revoked_by         VARCHAR(200),
    revocation_reason  VARCHAR(500),
    CONSTRAINT uq_agreement_certificate_id UNIQUE (certificate_id),
    CONSTRAINT uq_agreement_certificate UNIQUE (agreement_id, institution, sha256_fingerprint)
);
CREATE INDEX ix_agreement_certificate_fingerprint ON agreement_certificate (sha256_fingerprint);

CREATE TABLE agreement_endpoint (
    id           BIGINT       NOT NULL PRIMARY KEY,
    agreement_id BIGINT       NOT NULL REFERENCES agreement (id),
    institution  VARCHAR(36)  NOT NULL,
    transport    VARCHAR(8)   NOT NULL,
    url          VARCHAR(500) NOT NULL,
    updated_at   TIMESTAMP    NOT NULL,
    updated_by   VARCHAR(200) NOT NULL,
    CONSTRAINT uq_agreement_endpoint UNIQUE (agreement_id, institution, transport)
);
