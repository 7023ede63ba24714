-- Indexes for the two orders a record list is most often read in over all of a city's years (issue 11):
--
-- * newest first without a year (the portal's and the API's default): (city_id, year, id) serves a year's
--   list in id order, but over all years MariaDB had to read and sort every row of the city to find the
--   first twenty; (city_id, id) hands them over in order;
-- * by the kind's main amount (a navigation project's budget, a pledge's amount, a trusteeship's fee, a
--   voucher's face value — the figure the dashboards sum), largest or smallest first: InnoDB appends the
--   primary key to every secondary index, so (city_id, amount) is (city_id, amount, id), the list's order
--   with its tie-break, read forwards or backwards.
--
-- Other sorts and filters still read the city's rows (or the year's, through (city_id, year, id)); an index
-- per sortable column would slow every write and import for orders seldom asked for.
ALTER TABLE navigation_project
    ADD INDEX navigation_project_city_id_ix (city_id, id),
    ADD INDEX navigation_project_city_budget_ix (city_id, budget);
ALTER TABLE pledge_financing
    ADD INDEX pledge_financing_city_id_ix (city_id, id),
    ADD INDEX pledge_financing_city_amount_ix (city_id, amount);
ALTER TABLE trusteeship_contract
    ADD INDEX trusteeship_contract_city_id_ix (city_id, id),
    ADD INDEX trusteeship_contract_city_fee_ix (city_id, fee);
ALTER TABLE voucher
    ADD INDEX voucher_city_id_ix (city_id, id),
    ADD INDEX voucher_city_face_value_ix (city_id, face_value);
ALTER TABLE training_session ADD INDEX training_session_city_id_ix (city_id, id);
ALTER TABLE free_filing ADD INDEX free_filing_city_id_ix (city_id, id);
ALTER TABLE protection_centre ADD INDEX protection_centre_city_id_ix (city_id, id);
