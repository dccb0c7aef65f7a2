-- Issue 13: what admins change at run time on the admin console, laid over the configuration's
-- starting values. A row is one setting the console set; no row means the configuration's value
-- (README "Area policy and run-time settings"). Portable SQL: H2 and PostgreSQL.

-- setting: the area policy's key (mode, inventory-max-age, ...: cloakroom.policy.<setting>)
CREATE TABLE area_policy_setting (
    setting VARCHAR(60) PRIMARY KEY,
    setting_value VARCHAR(200) NOT NULL,
    changed_by VARCHAR(200) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- setting: the configuration property it overrides (cloakroom.checkin.timeout, ...)
CREATE TABLE run_time_setting (
    setting VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(200) NOT NULL,
    changed_by VARCHAR(200) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
