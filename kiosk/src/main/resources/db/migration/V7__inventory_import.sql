-- Inventory import: phones' device identifiers (to match MDM exports), the MDM that reported an
-- inventory, and entries that are display names rather than package or bundle ids.
-- Portable SQL (H2 and PostgreSQL); one column per statement.

ALTER TABLE phone ADD COLUMN serial_number VARCHAR(100) NULL;
ALTER TABLE phone ADD COLUMN imei VARCHAR(100) NULL;
ALTER TABLE phone ADD COLUMN udid VARCHAR(100) NULL;
ALTER TABLE phone ADD COLUMN mdm_id VARCHAR(100) NULL;

-- Several NULLs are allowed by both databases; a value names one phone only.
ALTER TABLE phone ADD CONSTRAINT phone_serial_number_unique UNIQUE (serial_number);
ALTER TABLE phone ADD CONSTRAINT phone_imei_unique UNIQUE (imei);
ALTER TABLE phone ADD CONSTRAINT phone_udid_unique UNIQUE (udid);
ALTER TABLE phone ADD CONSTRAINT phone_mdm_id_unique UNIQUE (mdm_id);

-- mdm: which device-management system reported an MDM inventory (intune, jamf, or the name given).
ALTER TABLE app_inventory ADD COLUMN mdm VARCHAR(64) NULL;

-- display_name: the entry is an app's display name (Intune), weaker evidence than a package or bundle id.
ALTER TABLE app_inventory_item ADD COLUMN display_name BOOLEAN DEFAULT FALSE NOT NULL;

CREATE INDEX app_inventory_attested_idx ON app_inventory (phone_id, attested_at);
