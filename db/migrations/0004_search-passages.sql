CREATE TABLE "article_passages" (
	"article_id" integer NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, text)) STORED,
	CONSTRAINT "article_passages_article_id_position_pk" PRIMARY KEY("article_id","position")
);
--> statement-breakpoint
ALTER TABLE "article_passages" ADD CONSTRAINT "article_passages_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- An article's blocks as plain text: the standfirst (position 0), then every paragraph, heading,
-- list item, quote and caption of the sanitized body HTML, tags stripped, empty blocks dropped.
CREATE FUNCTION article_passage_texts(standfirst text, body text)
RETURNS TABLE ("position" integer, "text" text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (row_number() OVER (ORDER BY ord) - 1)::integer, txt
  FROM (
    SELECT 0::bigint AS ord, btrim(coalesce(standfirst, ''), E' \n\r\t') AS txt
    UNION ALL
    -- Whitespace is left as it is: the results page collapses it when it renders the snippet.
    SELECT ord, btrim(regexp_replace(chunk, '<[^>]*>', ' ', 'g'), E' \n\r\t')
    FROM regexp_split_to_table(coalesce(body, ''), '</(p|h2|h3|h4|li|blockquote|figcaption)>', 'i') WITH ORDINALITY AS s(chunk, ord)
  ) parts
  WHERE txt <> ''
$$;
--> statement-breakpoint
CREATE FUNCTION article_passages_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM article_passages WHERE article_id = NEW.id;
  INSERT INTO article_passages (article_id, "position", "text")
  SELECT NEW.id, p."position", p."text" FROM article_passage_texts(NEW.standfirst, NEW.body) p;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- New articles: one set-based insert per statement, so bulk loads (restore, bench fixtures) stay fast.
CREATE FUNCTION article_passages_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO article_passages (article_id, "position", "text")
  SELECT n.id, p."position", p."text" FROM new_articles n CROSS JOIN LATERAL article_passage_texts(n.standfirst, n.body) p;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER articles_passages_on_insert AFTER INSERT ON articles
REFERENCING NEW TABLE AS new_articles
FOR EACH STATEMENT EXECUTE FUNCTION article_passages_insert();
--> statement-breakpoint
CREATE TRIGGER articles_passages_on_update AFTER UPDATE OF standfirst, body ON articles
FOR EACH ROW WHEN (OLD.standfirst IS DISTINCT FROM NEW.standfirst OR OLD.body IS DISTINCT FROM NEW.body)
EXECUTE FUNCTION article_passages_refresh();
--> statement-breakpoint
INSERT INTO article_passages (article_id, "position", "text")
SELECT a.id, p."position", p."text" FROM articles a CROSS JOIN LATERAL article_passage_texts(a.standfirst, a.body) p;
