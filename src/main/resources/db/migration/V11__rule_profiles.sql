-- Per-team rollout of the coaching rules (docs/rules-console.md#rollout-to-one-team).
-- rule_versions.team: the team a version was published to (null: everyone, the floor).
ALTER TABLE rule_versions ADD COLUMN team VARCHAR(64);

-- A team's profile: the version its agents' calls are coached with, instead of the floor's.
-- No row: the team follows the floor's rules.
CREATE TABLE team_profiles (
    team       VARCHAR(64) PRIMARY KEY,
    version    INTEGER NOT NULL REFERENCES rule_versions (version),
    set_by     VARCHAR(200) NOT NULL,
    set_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Which rules coached a call: the version, and the team whose profile it was (null: the
-- floor's). Calls stored before this have neither.
ALTER TABLE calls ADD COLUMN rules_version INTEGER;
ALTER TABLE calls ADD COLUMN rules_team VARCHAR(64);
