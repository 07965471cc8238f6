-- Stored connections: a connector id and its config. Secret settings inside config_json are kept
-- encrypted (see connection/SecretCipher); the rest is plain JSON.
CREATE TABLE connections (
  id          UUID           NOT NULL PRIMARY KEY,
  name        VARCHAR(200)   NOT NULL,
  connector   VARCHAR(100)   NOT NULL,
  config_json VARCHAR(1000000) NOT NULL,
  description VARCHAR(2000),
  created_by  VARCHAR(100)   NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by  VARCHAR(100)   NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_connections_name UNIQUE (name)
);
