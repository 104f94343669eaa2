-- The dataset the D1 store (src/data/d1/store.ts) reads. Rows are written by `npm run db:seed` from the
-- same article files the embedded store reads (src/data/d1/rows.ts): entities as JSON in `data`,
-- with every order and list the embedded store computes stored as positions, so both answer alike.

-- `version` (the dataset version in ETags and /health) and anything else about the dataset as a whole.
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE articles (slug TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE licenses (spdx_id TEXT PRIMARY KEY, data TEXT NOT NULL);
-- investors, total_raised, co_investors: the company's derived lists, as JSON (slugs, money, [slug, round ids]).
CREATE TABLE companies (
  slug TEXT PRIMARY KEY,
  data TEXT NOT NULL,
  investors TEXT NOT NULL,
  total_raised TEXT NOT NULL,
  co_investors TEXT NOT NULL
);
-- amount_key: the amount as text that sorts as the number does (src/data/d1/amount-key.ts).
-- investors: JSON slugs of every investor, tranche investors included.
CREATE TABLE rounds (
  id TEXT PRIMARY KEY,
  company TEXT NOT NULL,
  amount_key TEXT,
  currency TEXT,
  investors TEXT NOT NULL,
  data TEXT NOT NULL
);
CREATE TABLE investments (
  id TEXT PRIMARY KEY,
  round TEXT NOT NULL,
  round_seq INTEGER NOT NULL,
  investor TEXT NOT NULL,
  investor_seq INTEGER NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX investments_by_round ON investments (round, round_seq);
CREATE INDEX investments_by_investor ON investments (investor, investor_seq);
CREATE TABLE models (slug TEXT PRIMARY KEY, developer TEXT NOT NULL, pos INTEGER NOT NULL, data TEXT NOT NULL);
CREATE INDEX models_by_developer ON models (developer, pos);
-- ancestors: JSON slugs, nearest first; funding: the summary of rounds raised in the region, as JSON.
CREATE TABLE regions (
  slug TEXT PRIMARY KEY,
  parent TEXT,
  pos INTEGER NOT NULL,
  ancestors TEXT NOT NULL,
  funding TEXT NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX regions_by_parent ON regions (parent, pos);

-- Ordered lists (companies by filter, articles, models, regions by kind): item `idx` of list `list`
-- is entity `id`. A page is a range of idx, whatever its depth; list_sizes holds each list's length.
CREATE TABLE list_items (list TEXT NOT NULL, idx INTEGER NOT NULL, id TEXT NOT NULL, PRIMARY KEY (list, idx)) WITHOUT ROWID;
CREATE TABLE list_sizes (list TEXT PRIMARY KEY, size INTEGER NOT NULL) WITHOUT ROWID;

-- Round filters: a round is in `all` and under each key it matches (company:, investor:, lead:,
-- instrument:, currency:, region:), with its position in each order the API offers.
CREATE TABLE round_keys (
  key TEXT NOT NULL,
  id TEXT NOT NULL,
  label_pos INTEGER NOT NULL,
  amount_asc INTEGER NOT NULL,
  amount_desc INTEGER NOT NULL,
  date_asc INTEGER NOT NULL,
  date_desc INTEGER NOT NULL,
  PRIMARY KEY (key, label_pos)
) WITHOUT ROWID;
CREATE INDEX round_keys_amount_asc ON round_keys (key, amount_asc);
CREATE INDEX round_keys_amount_desc ON round_keys (key, amount_desc);
CREATE INDEX round_keys_date_asc ON round_keys (key, date_asc);
CREATE INDEX round_keys_date_desc ON round_keys (key, date_desc);
CREATE INDEX round_keys_by_id ON round_keys (id, key);

-- search: one row per searchable entity in tie-break order (ord), lower-cased as search compares;
-- keys are the slug and aliases, each between newlines. search_fts finds candidates by trigram.
CREATE TABLE search (
  ord INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  keys TEXT NOT NULL,
  description TEXT NOT NULL
);
CREATE VIRTUAL TABLE search_fts USING fts5(name, keys, description, content = 'search', content_rowid = 'ord', tokenize = 'trigram');
