-- The identity provider's accounts an organisation's current suspension disabled; a reinstatement
-- enables exactly these again, and not an account disabled for its own reasons.
CREATE TABLE organisation_suspended_account (
    organisation_id BIGINT      NOT NULL REFERENCES organisation (id),
    account_id      VARCHAR(64) NOT NULL,
    PRIMARY KEY (organisation_id, account_id)
);
