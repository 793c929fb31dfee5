-- User names are unique whatever their case ('Admin' cannot join 'admin'): two accounts a person tells
-- apart only by case invite mistakes and impersonation. H2 has no index on an expression and refuses
-- PostgreSQL's STORED generated columns, so the lower-case name is a plain column that every insert
-- fills (UserRowRepository.insertUnlessTaken) and a CHECK keeps honest; the unique index is on it.
-- Names are ASCII (User), so LOWER means the same on both databases. An existing database with two
-- names differing only in case stops here: delete one of them, then start again.
ALTER TABLE platform_user ADD COLUMN username_key VARCHAR(64);
UPDATE platform_user SET username_key = LOWER(username);
ALTER TABLE platform_user ALTER COLUMN username_key SET NOT NULL;
ALTER TABLE platform_user ADD CONSTRAINT platform_user_username_key_is_lower CHECK (username_key = LOWER(username));
CREATE UNIQUE INDEX platform_user_username_key ON platform_user (username_key);
