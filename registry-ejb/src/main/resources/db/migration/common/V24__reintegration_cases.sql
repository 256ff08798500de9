-- Reintegration cases: migrant resource centres (the district an organisation serves), the case with
-- its history, assessments and their answers, the plan's goals and actions, linked referrals and the
-- follow-up schedule. Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 16. Case ids from
-- reintegration_case_seq (allocation 50); every other row's id from entity_seq (V1).

ALTER TABLE organisation ADD COLUMN district VARCHAR(64);
CREATE INDEX ix_organisation_type_district ON organisation (org_type, district);

CREATE SEQUENCE reintegration_case_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE reintegration_case (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    case_id              VARCHAR(36)   NOT NULL,
    version              BIGINT        NOT NULL,
    registry_number      VARCHAR(14)   NOT NULL,
    -- the registry number while the case is open, null once closed: one open case per returnee
    open_registry_number VARCHAR(14),
    status               VARCHAR(16)   NOT NULL,
    opened_by            VARCHAR(16)   NOT NULL,
    source_notification  VARCHAR(110),
    centre               VARCHAR(36),
    worker               VARCHAR(200),
    -- kept as they were when the case opened, for the statistics' disaggregation
    sex                  VARCHAR(1),
    birth_date           DATE,
    home_district        VARCHAR(64),
    destination_country  VARCHAR(3),
    return_modality      VARCHAR(40),
    return_date          DATE,
    opened_on            DATE          NOT NULL,
    opened_at            TIMESTAMP     NOT NULL,
    updated_at           TIMESTAMP     NOT NULL,
    closed_at            TIMESTAMP,
    outcome              VARCHAR(32),
    close_reason         VARCHAR(1000),
    CONSTRAINT uq_reintegration_case_id UNIQUE (case_id),
    CONSTRAINT uq_reintegration_case_open UNIQUE (open_registry_number)
);
CREATE INDEX ix_reintegration_case_registry_number ON reintegration_case (registry_number);
CREATE INDEX ix_reintegration_case_centre ON reintegration_case (centre, status, worker);

CREATE TABLE case_event (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    case_ref           BIGINT        NOT NULL REFERENCES reintegration_case (id),
    seq                INTEGER       NOT NULL,
    event_type         VARCHAR(24)   NOT NULL,
    recorded_at        TIMESTAMP     NOT NULL,
    actor              VARCHAR(200)  NOT NULL,
    actor_subject      VARCHAR(200),
    actor_organisation VARCHAR(200),
    actor_client       VARCHAR(200),
    note               VARCHAR(1200),
    CONSTRAINT uq_case_event_seq UNIQUE (case_ref, seq)
);

CREATE TABLE case_assessment (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    case_ref              BIGINT       NOT NULL REFERENCES reintegration_case (id),
    seq                   INTEGER      NOT NULL,
    questionnaire         VARCHAR(64)  NOT NULL,
    questionnaire_version INTEGER      NOT NULL,
    dimension             VARCHAR(16)  NOT NULL,
    assessed_on           DATE         NOT NULL,
    points                INTEGER      NOT NULL,
    max_points            INTEGER      NOT NULL,
    score                 INTEGER      NOT NULL,
    positive              BOOLEAN      NOT NULL,
    recorded_at           TIMESTAMP    NOT NULL,
    recorded_by           VARCHAR(200) NOT NULL,
    idempotency_owner     VARCHAR(36),
    idempotency_key       VARCHAR(64),
    request_hash          VARCHAR(64),
    CONSTRAINT uq_case_assessment_seq UNIQUE (case_ref, seq),
    -- one assessment per client-chosen key of an organisation, in a case
    CONSTRAINT uq_case_assessment_idempotency UNIQUE (case_ref, idempotency_owner, idempotency_key)
);

CREATE TABLE case_assessment_answer (
    assessment_ref BIGINT        NOT NULL REFERENCES case_assessment (id),
    pos            INTEGER       NOT NULL,
    question       VARCHAR(64)   NOT NULL,
    answer_value   VARCHAR(1000) NOT NULL,
    -- special-category data (trafficking, GBV screening): read only by the case worker
    sensitive      BOOLEAN       NOT NULL,
    PRIMARY KEY (assessment_ref, pos)
);

CREATE TABLE case_goal (
    id          BIGINT        NOT NULL PRIMARY KEY,
    case_ref    BIGINT        NOT NULL REFERENCES reintegration_case (id),
    seq         INTEGER       NOT NULL,
    dimension   VARCHAR(16)   NOT NULL,
    goal_level  VARCHAR(16)   NOT NULL,
    description VARCHAR(1000) NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    CONSTRAINT uq_case_goal_seq UNIQUE (case_ref, seq)
);

CREATE TABLE case_action (
    id           BIGINT        NOT NULL PRIMARY KEY,
    case_ref     BIGINT        NOT NULL REFERENCES reintegration_case (id),
    seq          INTEGER       NOT NULL,
    goal_number  INTEGER       NOT NULL,
    description  VARCHAR(1000) NOT NULL,
    responsible  VARCHAR(36)   NOT NULL,
    due_on       DATE          NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    closed_at    TIMESTAMP,
    closing_note VARCHAR(1000),
    CONSTRAINT uq_case_action_seq UNIQUE (case_ref, seq)
);

CREATE TABLE case_referral (
    case_ref    BIGINT      NOT NULL REFERENCES reintegration_case (id),
    pos         INTEGER     NOT NULL,
    referral_id VARCHAR(36) NOT NULL,
    PRIMARY KEY (case_ref, pos)
);

CREATE TABLE case_follow_up (
    id           BIGINT        NOT NULL PRIMARY KEY,
    case_ref     BIGINT        NOT NULL REFERENCES reintegration_case (id),
    seq          INTEGER       NOT NULL,
    due_on       DATE,
    contacted_on DATE,
    outcome      VARCHAR(16),
    note         VARCHAR(1000),
    recorded_at  TIMESTAMP,
    CONSTRAINT uq_case_follow_up_seq UNIQUE (case_ref, seq)
);
CREATE INDEX ix_case_follow_up_due ON case_follow_up (due_on, outcome);
