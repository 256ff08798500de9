-- The mission node's own store (not the registry's schema).
create table officer (
    username      varchar(64)  not null primary key,
    password_hash varchar(512) not null,
    created_at    timestamp with time zone not null
);

-- What the node keeps about itself, e.g. the mission system's client secret (inside the encrypted file only).
create table node_setting (
    name  varchar(64)   not null primary key,
    setting_value varchar(2000) not null
);

-- A code list as the node last had it: from the registry (source REGISTRY) or the contract bundled with the node.
create table code_list (
    name       varchar(64)  not null primary key,
    version    varchar(64)  not null,
    source     varchar(16)  not null,
    fetched_at timestamp with time zone not null,
    content    clob         not null
);

-- A captured return notification. payload is the exact JSON sent to the registry (so a resend is a replay);
-- payload, display_name and the consent's recipient are personal data and are purged after acknowledgement.
create table notification (
    notification_id  varchar(64)  not null primary key,
    captured_by      varchar(64)  not null,
    captured_at      timestamp with time zone not null,
    display_name     varchar(401),
    payload          clob,
    status           varchar(16)  not null,
    attempts         integer      default 0 not null,
    last_attempt_at  timestamp with time zone,
    registry_status  varchar(32),
    registry_number  varchar(32),
    match_outcome    varchar(32),
    acknowledged_at  timestamp with time zone,
    problem_code     varchar(64),
    problem          clob,
    corrects         varchar(64),
    corrected_by     varchar(64),
    consent_hash     char(64),
    purged_at        timestamp with time zone,
    constraint notification_status check (status in ('WAITING', 'ACKNOWLEDGED', 'HELD', 'CONFLICT', 'REFUSED'))
);
create index notification_by_status on notification (status, captured_at);
