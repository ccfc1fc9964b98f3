-- What quality teams search and review. The caller's account is copied out of the facts so
-- calls can be found by it; call_terms holds each distinct word said in a call (normalised:
-- lower case, letters and digits), the portable full-text index that both H2 and PostgreSQL
-- answer from an index; loudness_tracks keeps each party's loudness for the replay page;
-- scorecard_overrides keeps every reviewer's override of a scorecard row, newest last.
ALTER TABLE calls ADD COLUMN account_id VARCHAR(64);

-- Newest first, in the order search pages through calls (started_at, then id).
CREATE INDEX calls_newest ON calls (started_at DESC, id DESC);

CREATE INDEX calls_by_account ON calls (account_id, started_at DESC);

CREATE INDEX calls_by_agent ON calls (agent, started_at DESC);

CREATE INDEX calls_by_caller ON calls (caller_number, started_at DESC);

CREATE INDEX prompts_by_kind ON prompts (kind, call_id);

-- An utterance's words as search normalises them, with a space at each end, for phrases.
ALTER TABLE utterances ADD COLUMN search_text VARCHAR;

CREATE TABLE call_terms (
    term    VARCHAR(64) NOT NULL,
    call_id VARCHAR(64) NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    PRIMARY KEY (term, call_id)
);

CREATE INDEX call_terms_by_call ON call_terms (call_id);

-- Levels in dBFS, one per step_s seconds from start_s, as a JSON array.
CREATE TABLE loudness_tracks (
    call_id VARCHAR(64) NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    speaker VARCHAR(16) NOT NULL,
    start_s DOUBLE PRECISION NOT NULL,
    step_s  DOUBLE PRECISION NOT NULL,
    levels  VARCHAR NOT NULL,
    PRIMARY KEY (call_id, speaker)
);

CREATE TABLE scorecard_overrides (
    call_id  VARCHAR(64) NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    element  VARCHAR(32) NOT NULL,
    seq      INTEGER NOT NULL,
    verdict  VARCHAR(16) NOT NULL,
    comment  VARCHAR(2000) NOT NULL,
    reviewer VARCHAR(128) NOT NULL,
    given_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (call_id, element, seq)
);
