-- Lists are newest first within a region scope. The region index serves a scope that holds few hazards; for
-- a scope that holds most of them (a township's own list), walking hazards newest first and keeping those in
-- scope finds a page at once, where the region index would sort every hazard of the scope. The planner picks.
CREATE INDEX hazard_newest_idx ON hazard (reported_at DESC, id DESC);
