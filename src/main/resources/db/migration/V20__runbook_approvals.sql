-- Four-eyes runbook runs: a confirmed run may wait for another person's approval (AWAITING_APPROVAL, DENIED,
-- APPROVAL_EXPIRED need a wider status), who is recorded with the time and, for a denial, the reason.
ALTER TABLE runbook_run ALTER COLUMN status SET DATA TYPE VARCHAR(32);
ALTER TABLE runbook_run ADD COLUMN decided_by_platform VARCHAR(16);
ALTER TABLE runbook_run ADD COLUMN decided_by_user_id  VARCHAR(64);
ALTER TABLE runbook_run ADD COLUMN decided_by_name     VARCHAR(200);
ALTER TABLE runbook_run ADD COLUMN decided_at          TIMESTAMP WITH TIME ZONE;
ALTER TABLE runbook_run ADD COLUMN denial_reason       VARCHAR(500);
