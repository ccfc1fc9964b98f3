-- A call Parley stopped while its words were still being decoded (a stop under overload): what was
-- decoded is stored, and its words are whole up to this call time (seconds); the rest is
-- transcribed from its recordings at the next start, which then clears it. NULL: transcribed whole.
ALTER TABLE calls ADD COLUMN transcribed_up_to DOUBLE PRECISION;
