-- Pipelines and every version of their YAML. A change never edits a version: it adds one and moves
-- current_version, so who changed what and when stays readable.
CREATE TABLE pipelines (
  id              UUID          NOT NULL PRIMARY KEY,
  name            VARCHAR(200)  NOT NULL,
  description     VARCHAR(2000),
  current_version INT           NOT NULL,
  created_by      VARCHAR(100)  NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  deleted_at      TIMESTAMP WITH TIME ZONE,
  CONSTRAINT uq_pipelines_name UNIQUE (name)
);

CREATE TABLE pipeline_versions (
  pipeline_id UUID            NOT NULL REFERENCES pipelines (id),
  version     INT             NOT NULL,
  yaml        VARCHAR(1000000) NOT NULL,
  comment     VARCHAR(2000),
  created_by  VARCHAR(100)    NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (pipeline_id, version)
);
