-- A call whose node was lost while it was live (issue 16): the call time (seconds) at which it was
-- interrupted, that is the end of the last words that node had stored. The streams it had open are
-- closed there (parties.left_s, end_reason 'node lost'); when the PBX's next taps land on a live
-- node, the call continues in the same record on the same clock, and the time between is a gap.
-- NULL: never interrupted.
ALTER TABLE calls ADD COLUMN interrupted_s DOUBLE PRECISION;

-- The cluster node (its Vert.x node id) that carries each party stream; NULL: a single Parley.
-- When a node is lost, the others find its calls here rather than in anything it told them.
ALTER TABLE parties ADD COLUMN node_id VARCHAR(64);

CREATE INDEX parties_by_node ON parties (node_id);
