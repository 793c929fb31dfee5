-- Accounts of the admin console and APIs. roles is a comma-separated list of role names
-- (ADMIN, INTEGRATOR); the password is only ever stored as a bcrypt hash.
CREATE TABLE platform_user (
    username      VARCHAR(64)              NOT NULL PRIMARY KEY,
    password_hash VARCHAR(200)             NOT NULL,
    roles         VARCHAR(200)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
