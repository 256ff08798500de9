-- Organisations: missions abroad, ministries, partner institutions and the registry's operator.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15+. Ids from sequences with allocation 50
-- (the first value is 50, the last id of the block 1..50); event ids come from entity_seq (V1).

CREATE SEQUENCE organisation_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE organisation (
    id            BIGINT       NOT NULL PRIMARY KEY,
    code          VARCHAR(36)  NOT NULL,
    version       BIGINT       NOT NULL,
    name          VARCHAR(200) NOT NULL,
    org_type      VARCHAR(32)  NOT NULL,
    country       VARCHAR(3)   NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    client_id     VARCHAR(36),
    registered_at TIMESTAMP    NOT NULL,
    updated_at    TIMESTAMP    NOT NULL,
    CONSTRAINT uq_organisation_code UNIQUE (code),
    CONSTRAINT uq_organisation_client_id UNIQUE (client_id)
);
CREATE INDEX ix_organisation_type_status ON organisation (org_type, status);

CREATE TABLE organisation_role (
    organisation_id BIGINT      NOT NULL REFERENCES organisation (id),
    role_name       VARCHAR(32) NOT NULL,
    PRIMARY KEY (organisation_id, role_name)
);

CREATE TABLE organisation_event (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    organisation_id    BIGINT       NOT NULL REFERENCES organisation (id),
    seq                INTEGER      NOT NULL,
    event_type         VARCHAR(16)  NOT NULL,
    recorded_at        TIMESTAMP    NOT NULL,
    actor              VARCHAR(200) NOT NULL,
    actor_subject      VARCHAR(200),
    actor_organisation VARCHAR(200),
    actor_client       VARCHAR(200),
    reason             VARCHAR(500),
    CONSTRAINT uq_organisation_event_seq UNIQUE (organisation_id, seq)
);
