-- The identity key's check value: the AES-256-GCM sealing of a fixed label under
-- cloakroom.enrollment.identity-key, written at the first start with this table and opened at every
-- start, so that a kiosk given another key refuses to start instead of losing its phones' IRKs.
-- It is not the key and does not reveal it.
CREATE TABLE identity_key_check (
    id INT PRIMARY KEY CHECK (id = 1),
    check_value VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
