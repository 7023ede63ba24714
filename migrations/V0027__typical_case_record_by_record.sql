-- The typical cases that link a record, found by the record (issue 21 §9): deleting a record asks which
-- submitted or selected cases hold it, with a shared lock. By the primary key (case_id, kind, record_id)
-- that read would scan, and so lock, every link of every case.
CREATE INDEX typical_case_record_by_record ON typical_case_record (kind, record_id);
