-- The coaching rules' history (docs/rules-console.md): every published rules file, kept.
-- version counts from 1; the highest is the one in force. restored_from names the version whose
-- text a rollback published again. publish_id makes a publish that is run twice (a lost
-- connection after the commit) store it once.
CREATE TABLE rule_versions (
    version       INTEGER PRIMARY KEY,
    rules_yaml    VARCHAR NOT NULL,
    author        VARCHAR(200) NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    note          VARCHAR(1000) NOT NULL,
    rule_count    INTEGER NOT NULL,
    restored_from INTEGER,
    publish_id    VARCHAR(36) NOT NULL UNIQUE
);

-- The site's one shared draft (id is always 1): saved even when invalid, so work is not lost.
-- based_on is the version in force when it was saved.
CREATE TABLE rule_draft (
    id         INTEGER PRIMARY KEY,
    rules_yaml VARCHAR NOT NULL,
    saved_by   VARCHAR(200) NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    valid      BOOLEAN NOT NULL,
    based_on   INTEGER
);
