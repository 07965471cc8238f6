-- Files uploaded in chunks for file sources. The bytes live in <data-dir>/uploads/<id>/; the file
-- on disk is the truth about how much arrived, this row says what it is and whether it is whole.
CREATE TABLE uploads (
  id            UUID           NOT NULL PRIMARY KEY,
  file_name     VARCHAR(255)   NOT NULL,
  declared_size BIGINT,
  status        VARCHAR(20)    NOT NULL,
  path          VARCHAR(4000)  NOT NULL,
  created_by    VARCHAR(100)   NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  completed_at  TIMESTAMP WITH TIME ZONE
);
