-- Refresh tokens are single use: each refresh marks the presented one used and issues the next in
-- the same family. Presenting a used one again revokes the whole family. Only SHA-256 hashes are
-- stored.
CREATE TABLE refresh_tokens (
  id         UUID        NOT NULL PRIMARY KEY,
  family_id  UUID        NOT NULL,
  user_id    UUID        NOT NULL REFERENCES users (id),
  token_hash VARCHAR(64) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at    TIMESTAMP WITH TIME ZONE,
  revoked_at TIMESTAMP WITH TIME ZONE,
  CONSTRAINT uq_refresh_tokens_hash UNIQUE (token_hash)
);

CREATE INDEX ix_refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX ix_refresh_tokens_user ON refresh_tokens (user_id);
