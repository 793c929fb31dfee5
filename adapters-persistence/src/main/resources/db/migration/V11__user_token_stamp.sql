-- The mark every API token of an account carries (TokenStamp); a new one on each password reset makes
-- the tokens issued before it fail. Rows from before this column get a fixed stamp: the tokens of those
-- days carry none at all, so none of them is accepted either way.
ALTER TABLE platform_user ADD COLUMN token_stamp VARCHAR(32) DEFAULT '00000000000000000000000000000000' NOT NULL;
