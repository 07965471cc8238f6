-- API keys for machines. The key is shown once at creation; only its SHA-256 hash is kept, with a
-- short prefix so people can tell their keys apart.
CREATE TABLE api_keys (
  id           UUID         NOT NULL PRIMARY KEY,
  user_id      UUID         NOT NULL REFERENCES users (id),
  name         VARCHAR(100) NOT NULL,
  key_prefix   VARCHAR(16)  NOT NULL,
  key_hash     VARCHAR(64)  NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  last_used_at TIMESTAMP WITH TIME ZONE,
  revoked_at   TIMESTAMP WITH TIME ZONE,
  CONSTRAINT uq_api_keys_hash UNIQUE (key_hash)
);

CREATE INDEX ix_api_keys_user ON api_keys (user_id);
