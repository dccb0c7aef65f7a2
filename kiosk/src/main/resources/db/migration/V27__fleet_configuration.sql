-- Fleet (issue 17): the configuration central sends its kiosks, and a kiosk's record of the one it
-- applied. Portable SQL (H2 and PostgreSQL); each home uses its own tables and leaves the others empty.

-- Central: the configuration version, a number that only grows. Every transaction that changes
-- what kiosks are sent takes this row's lock first and bumps it once, so versions commit in order.
-- delta_floor: the oldest version a delta can still answer from (older: a snapshot).
CREATE TABLE fleet_configuration_version (
    id INT PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL,
    delta_floor BIGINT NOT NULL
);

INSERT INTO fleet_configuration_version (id, version, delta_floor) VALUES (1, 0, 0);

-- Central: each thing of the configuration (kind: employee, phone, identity, flagged-app, policy,
-- exemption; item_key: its id or setting) with the version that last changed it and the SHA-256 of
-- its value as sent (an IRK by its fingerprint, never the key); digest NULL: removed at that version,
-- remembered for cloakroom.fleet.configuration-history.
CREATE TABLE fleet_configuration_item (
    kind VARCHAR(20) NOT NULL,
    item_key VARCHAR(80) NOT NULL,
    version BIGINT NOT NULL,
    digest CHAR(64) NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, item_key)
);

CREATE INDEX fleet_configuration_item_version_idx ON fleet_configuration_item (version);

-- Kiosk: the configuration it applied last (its tables hold the copy), when it last heard
-- central's version (the configuration age), and from which central.
CREATE TABLE fleet_configuration (
    id INT PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL,
    applied_at TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    central VARCHAR(300) NOT NULL
);
