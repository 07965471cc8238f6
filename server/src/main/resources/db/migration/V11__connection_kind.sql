-- What a connection is for when its connector is both a source and a destination (csv, postgres):
-- 'source', 'destination', or NULL for whatever its settings fit.
ALTER TABLE connections ADD COLUMN kind VARCHAR(20);
