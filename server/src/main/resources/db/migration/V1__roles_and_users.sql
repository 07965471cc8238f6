-- The six roles of DESIGN.md. What each may do lives in code (PermissionTable); this table only
-- keeps users.role honest.
CREATE TABLE roles (
  name        VARCHAR(32)  NOT NULL PRIMARY KEY,
  description VARCHAR(200) NOT NULL
);

INSERT INTO roles (name, description) VALUES ('ADMIN', 'Everything, users and system settings included');
INSERT INTO roles (name, description) VALUES ('DEVELOPER', 'Everything but changing admins');
INSERT INTO roles (name, description) VALUES ('DESIGNER', 'Connections, pipelines, transformations, preview');
INSERT INTO roles (name, description) VALUES ('EXECUTOR', 'Run, cancel and schedule pipelines; runs, logs, monitoring');
INSERT INTO roles (name, description) VALUES ('VIEWER', 'Read dashboards, pipelines and runs');
INSERT INTO roles (name, description) VALUES ('EXECUTIVE', 'Analytics, reports and dashboards');

CREATE TABLE users (
  id                   UUID         NOT NULL PRIMARY KEY,
  username             VARCHAR(64)  NOT NULL,
  email                VARCHAR(254) NOT NULL,
  password_hash        VARCHAR(255) NOT NULL,
  role                 VARCHAR(32)  NOT NULL REFERENCES roles (name),
  enabled              BOOLEAN      NOT NULL,
  -- TOTP: the active base32 secret, one offered but not confirmed yet, and the last time step used
  -- (a code is accepted once).
  totp_secret          VARCHAR(64),
  totp_pending_secret  VARCHAR(64),
  totp_last_step       BIGINT,
  totp_required        BOOLEAN      NOT NULL,
  failed_logins        INT          NOT NULL,
  locked_until         TIMESTAMP WITH TIME ZONE,
  -- Access tokens issued before this instant are refused (password reset, disable).
  sessions_valid_after TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_users_username UNIQUE (username)
);
