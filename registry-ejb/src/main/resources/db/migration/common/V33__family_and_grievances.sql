-- Family records, then grievances.
--
-- A returnee's family members and dependants (docs/case-management.md), for welfare enrolment: relationship,
-- name, date of birth, sex, whether a dependant, whether in school, as a JSON document. One immutable row per
-- version, written by the case worker (or an operator's registrar) with the reason; the latest is current, the
-- earlier ones are its history. Data category FAMILY: others read it only through the consent decision point.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 16. Ids from entity_seq (V1).

CREATE TABLE family_record_version (
    id                 BIGINT          NOT NULL PRIMARY KEY,
    registry_number    VARCHAR(14)     NOT NULL,
    record_version     INTEGER         NOT NULL,
    case_id            VARCHAR(36)     NOT NULL,
    document           VARCHAR(65535)  NOT NULL,
    recorded_at        TIMESTAMP       NOT NULL,
    actor              VARCHAR(200)    NOT NULL,
    actor_subject      VARCHAR(200),
    actor_organisation VARCHAR(200),
    actor_client       VARCHAR(200),
    reason             VARCHAR(1000)   NOT NULL,
    CONSTRAINT uq_family_record_version UNIQUE (registry_number, record_version)
);

-- Feedback and grievances of returnees, recorded by a registrar on the returnee's behalf: against a case, or
-- anonymously (then no case, no registry number: nothing links it back to a person). Status RECEIVED ->
-- UNDER_REVIEW -> RESPONDED -> CLOSED; every change is a grievance_event with who, when and why.
CREATE TABLE grievance (
    id                  BIGINT          NOT NULL PRIMARY KEY,
    grievance_id        VARCHAR(36)     NOT NULL,
    anonymous           BOOLEAN         NOT NULL,
    case_id             VARCHAR(36),
    registry_number     VARCHAR(14),
    received_at_org     VARCHAR(200)    NOT NULL,
    category            VARCHAR(40)     NOT NULL,
    description         VARCHAR(2000)   NOT NULL,
    status              VARCHAR(20)     NOT NULL,
    response            VARCHAR(2000),
    created_at          TIMESTAMP       NOT NULL,
    updated_at          TIMESTAMP       NOT NULL,
    idempotency_owner   VARCHAR(200),
    idempotency_key     VARCHAR(64),
    request_hash        VARCHAR(64),
    version             BIGINT          NOT NULL,
    CONSTRAINT uq_grievance_id UNIQUE (grievance_id),
    CONSTRAINT uq_grievance_idempotency UNIQUE (idempotency_owner, idempotency_key),
    CONSTRAINT ck_grievance_anonymous CHECK (anonymous = FALSE OR (case_id IS NULL AND registry_number IS NULL))
);

CREATE TABLE grievance_event (
    id                 BIGINT          NOT NULL PRIMARY KEY,
    grievance_ref      BIGINT          NOT NULL REFERENCES grievance (id),
    seq                INTEGER         NOT NULL,
    status             VARCHAR(20)     NOT NULL,
    recorded_at        TIMESTAMP       NOT NULL,
    actor              VARCHAR(200)    NOT NULL,
    actor_subject      VARCHAR(200),
    actor_organisation VARCHAR(200),
    actor_client       VARCHAR(200),
    note               VARCHAR(2000),
    CONSTRAINT uq_grievance_event UNIQUE (grievance_ref, seq)
);

CREATE INDEX ix_grievance_org ON grievance (received_at_org, created_at);
