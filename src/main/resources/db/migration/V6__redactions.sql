-- Where payment or identity data was said in a call and redacted (replaced by a placeholder in
-- the words, silenced in the recordings): what it was and when, never the digits. One row per
-- stretch; a party's stretches never start at the same time.
CREATE TABLE redactions (
    call_id  VARCHAR(64) NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    speaker  VARCHAR(16) NOT NULL,
    start_s  DOUBLE PRECISION NOT NULL,
    end_s    DOUBLE PRECISION NOT NULL,
    category VARCHAR(32) NOT NULL,
    PRIMARY KEY (call_id, speaker, start_s)
);
