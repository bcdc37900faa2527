# 500,001 items, each with its own guid: the ids past the first 500,000
# are not checked for uniqueness, and a warning says so (exit 0).
awk 'BEGIN {
	print "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
	print "<rss version=\"2.0\"><channel><title>Example</title>"
	print "<link>https://example.org/</link><description>Example feed</description>"
	for (i = 0; i < 500001; i++)
		printf "<item><title>t</title><guid isPermaLink=\"false\">g%d</guid></item>\n", i
	print "</channel></rss>"
}' | "$FEEDWRIGHT" validate -
