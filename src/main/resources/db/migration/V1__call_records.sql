-- Call records as they happen: a call, the party streams that joined it, and what each said.
-- Utterances are upserted by (call, stream, seq): a partial row is written while a party is
-- speaking and replaced by the final one, so a crash mid-call loses at most the last second.
CREATE TABLE calls (
    id            VARCHAR(64) PRIMARY KEY,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    caller_number VARCHAR(64),
    agent         VARCHAR(128),
    duration_s    DOUBLE PRECISION,
    ended_at      TIMESTAMP WITH TIME ZONE
);

CREATE INDEX calls_by_start ON calls (started_at DESC);

CREATE TABLE parties (
    call_id    VARCHAR(64) NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    stream_id  VARCHAR(64) NOT NULL,
    speaker    VARCHAR(16) NOT NULL,
    joined_s   DOUBLE PRECISION NOT NULL,
    left_s     DOUBLE PRECISION,
    end_reason VARCHAR(400),
    PRIMARY KEY (call_id, stream_id)
);

CREATE TABLE utterances (
    call_id   VARCHAR(64) NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    stream_id VARCHAR(64) NOT NULL,
    seq       INTEGER NOT NULL,
    speaker   VARCHAR(16) NOT NULL,
    start_s   DOUBLE PRECISION NOT NULL,
    end_s     DOUBLE PRECISION NOT NULL,
    text      VARCHAR NOT NULL,
    words     VARCHAR NOT NULL,
    is_final  BOOLEAN NOT NULL,
    PRIMARY KEY (call_id, stream_id, seq)
);
