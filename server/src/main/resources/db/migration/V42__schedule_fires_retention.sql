-- The retention purge deletes schedule fires by age, with the runs they started.
CREATE INDEX ix_schedule_fires_fired ON schedule_fires (fired_at);
