# records.awk: writes N article records into DIR, one minute apart from
# 2024-01-01 00:00 on, so that tests can make a feed as large as they need
# with one process:  awk -v n=20000 -v dir=DIR -f records.awk
BEGIN {
	for (i = 0; i < n; i++) {
		f = sprintf("%s/rec-%05d.txt", dir, i)
		printf "Record number %d\n\nReporter %d\n\n", i, i % 7 > f
		printf "desk@example.com | 2024-%02d-%02d %02d:%02d:00\n\n",
		    1 + int(i / 40320), 1 + int(i % 40320 / 1440),
		    int(i % 1440 / 60), i % 60 > f
		printf "First paragraph of record %d, with some text to make the feed a little larger than it would be otherwise.\n\n", i > f
		printf "Second paragraph of record %d.\n", i > f
		close(f)
	}
}
