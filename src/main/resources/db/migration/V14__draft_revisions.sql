-- Two admins editing the shared draft (docs/rules-console.md#two-admins-at-once). Each save gives
-- the draft a new revision (random, never reused), and a save, publish or discard based on a
-- revision that is no longer the draft's is refused. A draft that ends keeps its row: ended_by and
-- ended_at say who discarded or published it and when, published_as the version it became (null:
-- discarded), so that an admin still editing it can be told what became of it.
ALTER TABLE rule_draft ADD COLUMN revision VARCHAR(36);
-- A draft saved before revisions existed gets one of its own.
UPDATE rule_draft SET revision = 'before-v14';
ALTER TABLE rule_draft ALTER COLUMN revision SET NOT NULL;
ALTER TABLE rule_draft ADD COLUMN ended_by VARCHAR(200);
ALTER TABLE rule_draft ADD COLUMN ended_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE rule_draft ADD COLUMN published_as INTEGER;
