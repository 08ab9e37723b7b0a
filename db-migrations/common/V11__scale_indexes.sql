-- Conduct Ledger schema v11: indexes for a ledger of 100,000 members and more (issue 12, ADR 0021). Portable SQL
-- only (ADR 0003): plain column indexes. Each holds every column one family of grouped counts reads, so the counts
-- come from the index alone in one pass (H2 "group sorted"), not from the rows organisation by organisation.

-- The annual review's register figures: opened, active, closed, late, by organisation, kind and platform.
CREATE INDEX IF NOT EXISTS register_record_review_ix ON register_record
    (org_id, kind, platform_id, latest, version_no, opened_on, first_reported_on, status, status_on);
-- Whether a member holds an active record (members with records); it also serves every lookup by member, which
-- the narrower index of V3 did.
CREATE INDEX IF NOT EXISTS register_record_member_active_ix ON register_record (member_id, latest, opened_on, status, status_on);
DROP INDEX IF EXISTS register_record_member_ix;
-- A case's moves in order (the stage figures, the stage on a day, a case's history).
CREATE INDEX IF NOT EXISTS case_transition_moves_ix ON case_transition (case_id, moved_on, to_stage);
DROP INDEX IF EXISTS case_transition_case_ix;
-- Members on the books per organisation (the review's first figures, the tree's member counts).
CREATE INDEX IF NOT EXISTS member_books_ix ON member (org_id, status, joined_on, is_cadre);
DROP INDEX IF EXISTS member_org_ix;
-- The year's items: the appraisal list and the figures bounded by a date read one year, not every year.
-- (covering: the appraisal list reads its items from the index alone)
CREATE INDEX IF NOT EXISTS register_record_reported_ix ON register_record
    (first_reported_on, version_no, member_id, kind, platform_id, name);
CREATE INDEX IF NOT EXISTS case_file_received_ix ON case_file (received_on, org_id, source);
CREATE INDEX IF NOT EXISTS outcome_decided_ix ON outcome (decided_on, status);
CREATE INDEX IF NOT EXISTS commendation_awarded_ix ON commendation (awarded_on);
CREATE INDEX IF NOT EXISTS clarification_clarified_ix ON clarification (clarified_on);
