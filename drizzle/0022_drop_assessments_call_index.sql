-- A vessel call's assessments are found through call_queue (the current assessment of each of
-- its containers), which the planner and the queue read; the index of assessments by call served
-- no query any more and cost about a sixth of writing a scored call's assessments.
DROP INDEX IF EXISTS "assessments_call_idx";
