-- System settings changed through the API (a known set, see the Setting enum); absent rows mean
-- the default.
CREATE TABLE system_settings (
  name          VARCHAR(100)  NOT NULL PRIMARY KEY,
  setting_value VARCHAR(2000) NOT NULL,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by    UUID
);

-- Per-user preferences of the console.
CREATE TABLE user_preferences (
  user_id    UUID        NOT NULL PRIMARY KEY REFERENCES users (id),
  theme      VARCHAR(16) NOT NULL,
  timezone   VARCHAR(64),
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
