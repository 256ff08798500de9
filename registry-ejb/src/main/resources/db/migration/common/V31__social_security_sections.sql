-- An agreement's social security section: its totalisation rules as a JSON document (docs/social-security.md),
-- one immutable row per version of the section, written by a registry administrator; the latest applies.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 16. Ids from entity_seq (V1).

CREATE TABLE social_security_section (
    id                 BIGINT          NOT NULL PRIMARY KEY,
    agreement_id       VARCHAR(36)     NOT NULL,
    section_version    INTEGER         NOT NULL,
    -- the agreement's version current when the section was set
    agreement_version  INTEGER         NOT NULL,
    document           VARCHAR(65535)  NOT NULL,
    set_at             TIMESTAMP       NOT NULL,
    actor              VARCHAR(200)    NOT NULL,
    actor_subject      VARCHAR(200),
    actor_organisation VARCHAR(200),
    actor_client       VARCHAR(200),
    reason             VARCHAR(1000),
    CONSTRAINT uq_social_security_section UNIQUE (agreement_id, section_version)
);
