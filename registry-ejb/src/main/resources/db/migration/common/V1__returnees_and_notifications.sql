-- Returnees and return notifications. Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15+.
-- Ids come from sequences (allocation 50, matching the JPA sequence generators). EclipseLink reads
-- each value as the last id of a block of 50, so the first value is 50 (block 1..50).

CREATE SEQUENCE returnee_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE entity_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE returnee (
    id              BIGINT       NOT NULL PRIMARY KEY,
    registry_number VARCHAR(14)  NOT NULL,
    version         BIGINT       NOT NULL,
    given_name      VARCHAR(200) NOT NULL,
    family_name     VARCHAR(200),
    date_of_birth   DATE         NOT NULL,
    sex             VARCHAR(1)   NOT NULL,
    gender_identity VARCHAR(64),
    phone           VARCHAR(16),
    email           VARCHAR(254),
    address         VARCHAR(200),
    home_district   VARCHAR(64),
    registered_at   TIMESTAMP    NOT NULL,
    updated_at      TIMESTAMP    NOT NULL,
    CONSTRAINT uq_returnee_registry_number UNIQUE (registry_number)
);
CREATE INDEX ix_returnee_name_dob ON returnee (date_of_birth, family_name);

CREATE TABLE returnee_transliteration (
    returnee_id BIGINT       NOT NULL REFERENCES returnee (id),
    position    INTEGER      NOT NULL,
    script      VARCHAR(4)   NOT NULL,
    full_name   VARCHAR(200) NOT NULL,
    PRIMARY KEY (returnee_id, position)
);

CREATE TABLE returnee_identity (
    id              BIGINT      NOT NULL PRIMARY KEY,
    returnee_id     BIGINT      NOT NULL REFERENCES returnee (id),
    id_type         VARCHAR(16) NOT NULL,
    id_number       VARCHAR(20) NOT NULL,
    issuing_country VARCHAR(3)  NOT NULL,
    CONSTRAINT uq_identity UNIQUE (id_type, id_number, issuing_country)
);
CREATE INDEX ix_identity_returnee ON returnee_identity (returnee_id);

CREATE TABLE migration_episode (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    returnee_id         BIGINT       NOT NULL REFERENCES returnee (id),
    destination_country VARCHAR(3)   NOT NULL,
    employer            VARCHAR(200),
    occupation          VARCHAR(4),
    sector              VARCHAR(1),
    recruitment_agency  VARCHAR(200),
    channel             VARCHAR(16),
    departure_date      DATE,
    end_date            DATE
);
CREATE INDEX ix_episode_returnee ON migration_episode (returnee_id);

CREATE TABLE return_event (
    id                BIGINT        NOT NULL PRIMARY KEY,
    returnee_id       BIGINT        NOT NULL REFERENCES returnee (id),
    return_date       DATE          NOT NULL,
    modality          VARCHAR(32)   NOT NULL,
    reason            VARCHAR(1000),
    port_of_entry     VARCHAR(64),
    notifying_mission VARCHAR(40),
    notification_id   VARCHAR(64)
);
CREATE INDEX ix_return_event_returnee ON return_event (returnee_id);

CREATE TABLE returnee_history (
    id          BIGINT        NOT NULL PRIMARY KEY,
    returnee_id BIGINT        NOT NULL REFERENCES returnee (id),
    seq         INTEGER       NOT NULL,
    recorded_at TIMESTAMP     NOT NULL,
    actor       VARCHAR(200)  NOT NULL,
    action      VARCHAR(32)   NOT NULL,
    reason      VARCHAR(1000),
    CONSTRAINT uq_history_seq UNIQUE (returnee_id, seq)
);

CREATE TABLE returnee_history_change (
    history_id BIGINT        NOT NULL REFERENCES returnee_history (id),
    position   INTEGER       NOT NULL,
    field      VARCHAR(64)   NOT NULL,
    old_value  VARCHAR(1000),
    new_value  VARCHAR(1000),
    PRIMARY KEY (history_id, position)
);

CREATE TABLE return_notification (
    id               BIGINT         NOT NULL PRIMARY KEY,
    mission_code     VARCHAR(40)    NOT NULL,
    notification_id  VARCHAR(64)    NOT NULL,
    version          BIGINT         NOT NULL,
    content_hash     VARCHAR(64)    NOT NULL,
    content          VARCHAR(65535) NOT NULL,
    registry_number  VARCHAR(14)    NOT NULL,
    match_outcome    VARCHAR(16)    NOT NULL,
    status           VARCHAR(16)    NOT NULL,
    received_at      TIMESTAMP      NOT NULL,
    received_by      VARCHAR(200)   NOT NULL,
    return_modality  VARCHAR(32)    NOT NULL,
    expected_arrival DATE           NOT NULL,
    port_of_entry    VARCHAR(64),
    CONSTRAINT uq_notification_key UNIQUE (mission_code, notification_id)
);
CREATE INDEX ix_notification_registry_number ON return_notification (registry_number);

CREATE TABLE notification_urgent_need (
    notification_id BIGINT        NOT NULL REFERENCES return_notification (id),
    position        INTEGER       NOT NULL,
    need            VARCHAR(32)   NOT NULL,
    note            VARCHAR(1000),
    PRIMARY KEY (notification_id, position)
);

CREATE TABLE notification_pending_claim (
    notification_id BIGINT         NOT NULL REFERENCES return_notification (id),
    position        INTEGER        NOT NULL,
    claim_type      VARCHAR(32)    NOT NULL,
    amount          DECIMAL(14, 2),
    currency        VARCHAR(3),
    description     VARCHAR(1000),
    PRIMARY KEY (notification_id, position)
);
