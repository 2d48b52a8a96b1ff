-- Free text with filters at county scale (hazard-service/README.md, "Reading at county scale"). A word that is
-- rare only together with a filter (粉尘 among gas hazards of one county) had its matches found by the bigram
-- index, ANDed with a B-tree bitmap of the whole county, and every match fetched to test the filters. Now the
-- index holds, beside the bigrams, one facet element per scope column and per filterable code (@c county,
-- @t township, @s status, @l level, @i industry, @o source, @r risk colour): one GIN intersection of posting lists
-- yields exactly the rows that match words, scope and filters, and only those are fetched.
CREATE OR REPLACE FUNCTION hazard_search_terms(title text, description text, enterprise_name text, county_code text,
                                    township_code text, status text, level text, industry text, source text,
                                    risk_colour text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT hazard_bigrams(hazard_text(title, description, enterprise_name))
        || ARRAY['@c' || county_code, '@t' || township_code, '@s' || status, '@l' || level, '@i' || industry,
                 '@o' || source, '@r' || coalesce(risk_colour, '')]
$$;
-- words: the search's words, space-separated; facets: the facet elements asked for, space-separated
CREATE OR REPLACE FUNCTION hazard_search_matches(title text, description text, enterprise_name text, county_code text,
                                      township_code text, status text, level text, industry text, source text,
                                      risk_colour text, words text, facets text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT hazard_search_terms(title, description, enterprise_name, county_code, township_code, status, level,
                               industry, source, risk_colour)
        @> (hazard_bigrams(words) || string_to_array(facets, ' '))
$$;
CREATE INDEX IF NOT EXISTS hazard_search_idx ON hazard USING gin (hazard_search_terms(title, description,
    enterprise_name, county_code, township_code, status, level, industry, source, risk_colour));
DROP INDEX IF EXISTS hazard_text_bigrams_idx;
