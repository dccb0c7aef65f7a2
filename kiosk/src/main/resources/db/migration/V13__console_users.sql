-- Console users (issue 11): who may sign in to the officer and admin consoles and the JSON API,
-- with which role. The password is stored only as a delegating encoder's hash ({bcrypt}...).
CREATE TABLE console_user (
    username              VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash         VARCHAR(500) NOT NULL,
    role                  VARCHAR(16)  NOT NULL,
    enabled               BOOLEAN      NOT NULL DEFAULT TRUE,
    -- a password someone else chose (the first admin's one-time password, a reset): the user
    -- may do nothing but change it
    must_change_password  BOOLEAN      NOT NULL DEFAULT FALSE,
    -- failed sign-ins since first_failure_at, within the lock-out window; locked_until is set
    -- when there were too many
    failed_attempts       INT          NOT NULL DEFAULT 0,
    first_failure_at      TIMESTAMP WITH TIME ZONE,
    locked_until          TIMESTAMP WITH TIME ZONE,
    created_by            VARCHAR(64)  NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by            VARCHAR(64)  NOT NULL,
    changed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT console_user_role CHECK (role IN ('AUDITOR', 'OFFICER', 'ADMIN')),
    CONSTRAINT console_user_failures CHECK (failed_attempts >= 0)
);
