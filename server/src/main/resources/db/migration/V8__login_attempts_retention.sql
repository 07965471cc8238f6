-- The login attempts purge (auth/LoginAttemptPurge) selects the oldest attempts first.
CREATE INDEX ix_login_attempts_attempted ON login_attempts (attempted_at);
