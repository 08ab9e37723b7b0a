-- Conduct Ledger schema v9: indexes for the global search (issue 9, Ctrl+K). Portable SQL only (ADR 0003):
-- plain column indexes, no expression or partial indexes.
-- Names and identifiers are matched anywhere in the text (LIKE '%…%'), which no B-tree index serves; the
-- search relies on one bounded query per kind instead (bench/SearchBench.java). What an index does serve:
-- a filing number looked up exactly (the search's first rank, 变更备案 versions, the duplicate check), and a
-- full ID number (member_id_number_ix, V1).
CREATE INDEX IF NOT EXISTS register_record_filing_no_ix ON register_record (filing_no);
