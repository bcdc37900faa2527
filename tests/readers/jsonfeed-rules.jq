# JSON Feed 1.1 (https://jsonfeed.org/version/1.1) as jq: prints one line
# per rule the document breaks, nothing when it keeps them all.
# Run as: jq -r -f jsonfeed-rules.jq feed.json
def str: type == "string";
def rfc3339: str and test("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$");
def opt(k; p): if has(k) then (.[k] | p) else true end;
def author_ok: type == "object" and (has("name") or has("url") or has("avatar"))
	and opt("name"; str) and opt("url"; str) and opt("avatar"; str);
def authors_ok: opt("authors"; type == "array" and length > 0 and all(.[]; author_ok));

def item_rules:
	[ (if (.id | str) and (.id | length) > 0 then empty else "id must be a non-empty string" end),
	  (if has("content_html") or has("content_text") then empty else "content_html or content_text is required" end),
	  (if opt("content_html"; str) and opt("content_text"; str) then empty else "content must be strings" end),
	  (if opt("url"; str) and opt("external_url"; str) then empty else "url must be a string" end),
	  (if opt("title"; str) and opt("summary"; str) then empty else "title and summary must be strings" end),
	  (if opt("date_published"; rfc3339) and opt("date_modified"; rfc3339) then empty else "dates must be RFC 3339" end),
	  (if authors_ok then empty else "authors must be a non-empty array of author objects" end),
	  (if has("author") then "author is JSON Feed 1.0; 1.1 has authors" else empty end),
	  (if opt("tags"; type == "array" and all(.[]; str)) then empty else "tags must be an array of strings" end) ]
	| .[];

if type != "object" then "the top level must be an object" else
	(if .version == "https://jsonfeed.org/version/1.1" then empty else "version must be https://jsonfeed.org/version/1.1" end),
	(if (.title | str) then empty else "title must be a string" end),
	(if (.items | type) == "array" then empty else "items must be an array" end),
	(if opt("home_page_url"; str) and opt("feed_url"; str) and opt("description"; str) and opt("language"; str) then empty else "feed fields must be strings" end),
	(if authors_ok then empty else "feed authors must be a non-empty array of author objects" end),
	(if has("author") then "author is JSON Feed 1.0; 1.1 has authors" else empty end),
	(if ([.items[]?.id] | length) == ([.items[]?.id] | unique | length) then empty else "item ids must be unique" end),
	(.items[]? | . as $i | item_rules | "item \($i.id): \(.)")
end
