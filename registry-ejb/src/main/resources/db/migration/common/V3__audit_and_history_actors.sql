-- Who made each change of a returnee, as the token named them: subject, organisation, client.
-- Rows written before tokens were required keep only the readable actor.
ALTER TABLE returnee_history ADD COLUMN actor_subject VARCHAR(200);
ALTER TABLE returnee_history ADD COLUMN actor_organisation VARCHAR(200);
ALTER TABLE returnee_history ADD COLUMN actor_client VARCHAR(200);

-- One row per business call into the application services. Appended only.
CREATE SEQUENCE audit_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    recorded_at  TIMESTAMP     NOT NULL,
    subject      VARCHAR(200),
    username     VARCHAR(200),
    organisation VARCHAR(200),
    client       VARCHAR(200),
    channel      VARCHAR(16)   NOT NULL,
    operation    VARCHAR(100)  NOT NULL,
    outcome      VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_audit_organisation_time ON audit_entry (organisation, recorded_at);
CREATE INDEX ix_audit_subject_time ON audit_entry (subject, recorded_at);
CREATE INDEX ix_audit_time ON audit_entry (recorded_at);
