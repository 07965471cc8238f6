-- Deleting a pipeline is soft (deleted_at), yet its name must become free for a new pipeline. The
-- unique name moves to live_name: the name while the pipeline lives, NULL once deleted (a UNIQUE
-- constraint allows many NULLs on H2 and PostgreSQL alike; partial indexes are not portable).
ALTER TABLE pipelines ADD COLUMN live_name VARCHAR(200);
UPDATE pipelines SET live_name = name WHERE deleted_at IS NULL;
ALTER TABLE pipelines DROP CONSTRAINT uq_pipelines_name;
ALTER TABLE pipelines ADD CONSTRAINT uq_pipelines_live_name UNIQUE (live_name);
