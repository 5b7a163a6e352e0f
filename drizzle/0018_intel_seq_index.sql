-- The push stream reads visible versions by sequence number (`seq > $cursor ORDER BY seq`): an
-- index on seq keeps each page a range read instead of a scan of every version, so a partner that
-- receives pushes catches up in time proportional to what it missed.
CREATE INDEX IF NOT EXISTS "intel_objects_seq_idx" ON "intel_objects" USING btree ("seq");
