-- Optional counts keep "not reported" (NULL) apart from "none" (0), so the indicators of the annual
-- summaries can tell the two apart. Rows stored before this migration hold 0 where nothing was given;
-- they cannot be told apart any more and stay 0.
ALTER TABLE navigation_project MODIFY smes_reached INT NULL DEFAULT NULL;
ALTER TABLE trusteeship_contract MODIFY patents_managed INT NULL DEFAULT NULL;
