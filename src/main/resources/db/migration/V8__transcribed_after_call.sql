-- A call that arrived when calls.max_live calls were transcribed live: recorded and stored as it
-- happened, its words recognised once it had ended.
ALTER TABLE calls ADD COLUMN transcribed_after_call BOOLEAN DEFAULT FALSE NOT NULL;
