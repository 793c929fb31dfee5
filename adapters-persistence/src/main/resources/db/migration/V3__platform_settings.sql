-- Named values the platform generates once and keeps, such as the API token signing secret.
-- The column is not called "value": that is a keyword in H2.
CREATE TABLE platform_setting (
    name          VARCHAR(200) NOT NULL PRIMARY KEY,
    setting_value TEXT         NOT NULL
);
