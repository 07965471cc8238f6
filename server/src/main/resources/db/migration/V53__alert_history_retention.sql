-- The retention purge deletes the run history of anomaly rules by age.
CREATE INDEX ix_alert_run_history_finished ON alert_run_history (finished_at);
