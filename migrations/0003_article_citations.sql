-- IF NOT EXISTS: a database may hold these tables from this file under an earlier name.
-- Each article's citations with the object and field they support (Article.citations): item `idx`
-- of article `article`'s list, in the order the embedded store lists them; list_sizes holds each
-- list's length as `citations:<article slug>`. meta's `summary` row holds the dataset's counts.
CREATE TABLE IF NOT EXISTS article_citations (article TEXT NOT NULL, idx INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (article, idx)) WITHOUT ROWID;
