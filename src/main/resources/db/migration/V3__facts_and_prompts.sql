-- What the agent was shown during a call: the caller's account facts as looked up when the call
-- connected, the coaching prompts in the order they were raised, and what the agent said of
-- each prompt (helpful, dismissed), for QA and for tuning the rules.
ALTER TABLE calls ADD COLUMN facts VARCHAR;

CREATE TABLE prompts (
    call_id  VARCHAR(64) NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    idx      INTEGER NOT NULL,
    kind     VARCHAR(64) NOT NULL,
    at_s     DOUBLE PRECISION NOT NULL,
    prompt   VARCHAR NOT NULL,
    PRIMARY KEY (call_id, idx)
);

CREATE TABLE prompt_feedback (
    call_id  VARCHAR(64) NOT NULL,
    idx      INTEGER NOT NULL,
    verdict  VARCHAR(16) NOT NULL,
    agent    VARCHAR(128),
    given_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (call_id, idx, verdict),
    FOREIGN KEY (call_id, idx) REFERENCES prompts (call_id, idx) ON DELETE CASCADE
);
