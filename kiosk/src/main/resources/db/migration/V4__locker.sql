-- The locker bank's state machine. One row per wired locker; a transition is committed here
-- before the lock output is driven, so a restart resumes from this table.
CREATE TABLE locker (
    id INT NOT NULL PRIMARY KEY,
    label VARCHAR(40) NOT NULL,
    bank_row INT NOT NULL,
    bank_column INT NOT NULL,
    state VARCHAR(20) NOT NULL,
    -- the storage session the locker serves; NULL while FREE
    session_id BIGINT,
    -- when the current reservation or release times out; NULL otherwise
    deadline TIMESTAMP WITH TIME ZONE,
    -- whether the door opened during the current reservation or release
    door_opened BOOLEAN NOT NULL,
    version BIGINT NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
