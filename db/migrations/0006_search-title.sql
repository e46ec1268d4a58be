ALTER TABLE "articles" ADD COLUMN "search_title" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(title, ''))) STORED;--> statement-breakpoint
CREATE INDEX "articles_search_title_idx" ON "articles" USING gin ("search_title");--> statement-breakpoint
-- A new column has no statistics until the next ANALYZE; without them the planner guesses 500
-- matches for every word and picks the wrong plan for common ones.
ANALYZE "articles";
