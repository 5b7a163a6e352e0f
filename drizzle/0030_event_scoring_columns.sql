-- What scoring reads of a container event's document, kept beside it by the engine: the time as
-- sent (with the sender's offset) and the seals as JSON text. One statement, one table rewrite.
ALTER TABLE "container_events"
  ADD COLUMN "sent_at" text GENERATED ALWAYS AS ((document ->> 'eventAt')) STORED,
  ADD COLUMN "seals" text GENERATED ALWAYS AS (((document -> 'seals')::text)) STORED;
