-- Each container event row names the filing version whose message reported it, so a container's
-- history can show which sender reported a move in which message and when it was received (a
-- terminal's CODECO and a carrier's DCSA event for one gate-in are two rows). Rows stored before
-- this migration have no filing (null).
ALTER TABLE "container_events" ADD COLUMN "filing_id" uuid;
