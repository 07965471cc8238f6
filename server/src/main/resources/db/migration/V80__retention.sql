-- Retention purges (retention/RetentionPurger): one row per kind of thing purged, with the instant
-- its next round is due. An instance claims a round by moving next_due_at on with a conditional
-- update, so several instances never purge the same thing at once; the rest says how the last
-- round went.
CREATE TABLE retention_purges (
  name         VARCHAR(100) NOT NULL PRIMARY KEY,
  next_due_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  instance     VARCHAR(200),
  started_at   TIMESTAMP WITH TIME ZONE,
  finished_at  TIMESTAMP WITH TIME ZONE,
  rows_deleted BIGINT       NOT NULL
);
