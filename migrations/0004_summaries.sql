-- IF NOT EXISTS: a database may hold these tables from this file under an earlier name.
-- Funding summaries aggregated where the data lives (src/data/d1/summaries.ts), written by the seed
-- (src/data/d1/summary-rows.ts), and co-investors paged by position.

-- Each stated round amount as three integers SQLite sums exactly: the whole part's billions (hi)
-- and remainder (lo), and the fraction in billionths (frac) (src/data/d1/amount-key.ts).
CREATE TABLE IF NOT EXISTS round_amounts (id TEXT PRIMARY KEY, hi INTEGER NOT NULL, lo INTEGER NOT NULL, frac INTEGER NOT NULL) WITHOUT ROWID;

-- The summary of the rounds under each round key (round_keys.key) as JSON; running = 1 when the
-- key also has running summaries in key_running.
CREATE TABLE IF NOT EXISTS key_summaries (key TEXT PRIMARY KEY, running INTEGER NOT NULL, summary TEXT NOT NULL) WITHOUT ROWID;

-- For currency lists with many rounds (a currency's key, or another key's rounds in one currency,
-- keyed "<key>|currency:<code>"): at each distinct stated amount (amount_key, as in rounds), the
-- summary of the list's rounds whose amount is at least that. A `minAmount` is one index lookup:
-- the row with the smallest amount_key at or above it.
CREATE TABLE IF NOT EXISTS key_running (key TEXT NOT NULL, amount_key TEXT NOT NULL, summary TEXT NOT NULL, PRIMARY KEY (key, amount_key)) WITHOUT ROWID;

-- Each company's co-investors in the order the API lists them (pos from 0), with the ids of the
-- rounds both invested in as JSON: a page is a range of pos, however many a prolific investor has.
-- Their count is list_sizes' "co-investors:<slug>".
CREATE TABLE IF NOT EXISTS co_investors (company TEXT NOT NULL, pos INTEGER NOT NULL, co_investor TEXT NOT NULL, shared_rounds TEXT NOT NULL, PRIMARY KEY (company, pos)) WITHOUT ROWID;
