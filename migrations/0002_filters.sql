-- The facts round and model filters test row by row (src/data/d1/queries.ts), written by the seed
-- (src/data/d1/rows.ts). NULL where no source states the fact, so no condition on it matches.

-- type: the FundingType; announced_on: ISO 8601 date, which sorts as text; valuation_key and
-- valuation_currency: the valuation as amount_key and currency are the amount.
ALTER TABLE rounds ADD COLUMN type TEXT;
ALTER TABLE rounds ADD COLUMN announced_on TEXT;
ALTER TABLE rounds ADD COLUMN valuation_key TEXT;
ALTER TABLE rounds ADD COLUMN valuation_currency TEXT;

-- kind: the ModelKind; license: its SPDX id; open_source: 1 when that license is OSI-approved, 0
-- when it is not.
ALTER TABLE models ADD COLUMN kind TEXT;
ALTER TABLE models ADD COLUMN license TEXT;
ALTER TABLE models ADD COLUMN open_source INTEGER;
CREATE INDEX models_by_kind ON models (kind, pos);
CREATE INDEX models_by_license ON models (license, pos);
