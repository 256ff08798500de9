-- A returnee's skills profile (docs/case-management.md): occupations by ISCO-08 unit group with years of
-- experience, certificates, and recognition of prior learning, as a JSON document. One immutable row per
-- version, written by the case worker (or an operator's registrar) with the reason; the latest is current, the
-- earlier ones are its history. Data category SKILLS: others read it only through the consent decision point.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 16. Ids from entity_seq (V1).

CREATE TABLE skills_profile_version (
    id                 BIGINT          NOT NULL PRIMARY KEY,
    registry_number    VARCHAR(14)     NOT NULL,
    profile_version    INTEGER         NOT NULL,
    case_id            VARCHAR(36)     NOT NULL,
    document           VARCHAR(65535)  NOT NULL,
    recorded_at        TIMESTAMP       NOT NULL,
    actor              VARCHAR(200)    NOT NULL,
    actor_subject      VARCHAR(200),
    actor_organisation VARCHAR(200),
    actor_client       VARCHAR(200),
    reason             VARCHAR(1000)   NOT NULL,
    CONSTRAINT uq_skills_profile_version UNIQUE (registry_number, profile_version)
);
