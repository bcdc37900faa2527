/*
 * fuzz_record: record_parse on arbitrary bytes, in a zone with
 * daylight-saving gaps and overlaps (America/New_York) and the showcase's
 * trailer. Checks: 0 or -1; an error has a line and a non-empty UTF-8
 * message; a parsed record's spans lie in the buffer, its address passes
 * email_valid and its dates round-trip through RFC 3339.
 */
#include "config.h"

#include <string.h>

#include "civil.h"
#include "date.h"
#include "email.h"
#include "fuzz.h"
#include "record.h"
#include "tz.h"
#include "utf8.h"

static struct tz	*zone;
static char		*trailers[] = { "WEEKLY HOT", "---" };

static bool
utf8_ok(const char *s, size_t n)
{
	uint32_t	 cp;
	size_t		 k;

	while (n > 0) {
		if ((k = utf8_decode((const unsigned char *)s, n, &cp)) == 0)
			return false;
		s += k;
		n -= k;
	}
	return true;
}

static bool
span_in(struct span sp, const char *buf, size_t len)
{
	return sp.p >= buf && sp.n <= len && sp.p + sp.n <= buf + len;
}

static void
check_instant(int64_t t, int32_t offset)
{
	char			 s[TIMEFMT_RFC3339_MAX];
	struct date_value	 v;
	size_t			 n;

	FUZZ_CHECK(offset >= -89999 && offset <= 93599);
	FUZZ_CHECK(tz_offset_at(zone, t) == offset);
	n = timefmt_rfc3339(s, t, offset);
	FUZZ_CHECK(n > 0 && n < sizeof(s));
	FUZZ_CHECK(dateparse_rfc3339(s, n, &v) == DATE_OK);
	FUZZ_CHECK(civil_to_seconds(&v.c) - (int64_t)v.offset_min * 60 == t);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char		*buf = (const char *)data;
	struct record_opts	 o;
	struct record		 r;
	struct parse_error	 err;
	size_t			 i;
	unsigned long		 lines;
	int			 rc;

	if (zone == NULL) {
		char	 msg[256];

		if (tz_load(ZONEINFO_DIR, "America/New_York", &zone, msg,
		    sizeof(msg)) == -1) {
			fprintf(stderr, "%s\n", msg);
			abort();
		}
	}
	memset(&o, 0, sizeof(o));
	o.tz = zone;
	o.tz_name = "America/New_York";
	o.trailers = trailers;
	o.ntrailers = 1;
	memset(&err, 0, sizeof(err));
	rc = record_parse(buf, size, &o, &r, &err);
	FUZZ_CHECK(rc == 0 || rc == -1);
	if (rc == -1) {
		lines = fuzz_lines(buf, size);
		FUZZ_CHECK(err.line >= 1 && err.line <= lines);
		FUZZ_CHECK(err.msg[0] != '\0');
		FUZZ_CHECK(utf8_ok(err.msg, strlen(err.msg)));
		return 0;
	}
	FUZZ_CHECK(r.title.n > 0 && span_in(r.title, buf, size));
	FUZZ_CHECK(r.author.n > 0 && span_in(r.author, buf, size));
	FUZZ_CHECK(r.email.n > 0 && span_in(r.email, buf, size));
	FUZZ_CHECK(email_valid(r.email.p, r.email.n));
	FUZZ_CHECK(r.nparagraphs > 0);
	for (i = 0; i < r.nparagraphs; i++)
		FUZZ_CHECK(r.paragraphs[i].n > 0 &&
		    span_in(r.paragraphs[i], buf, size));
	for (i = 0; i < r.ncategories; i++)
		FUZZ_CHECK(r.categories[i].n > 0 &&
		    span_in(r.categories[i], buf, size));
	FUZZ_CHECK(r.link.n == 0 || span_in(r.link, buf, size));
	FUZZ_CHECK(r.id.n == 0 || span_in(r.id, buf, size));
	FUZZ_CHECK(r.summary.n == 0 || span_in(r.summary, buf, size));
	check_instant(r.published, r.published_offset);
	if (r.has_updated) {
		FUZZ_CHECK(r.updated >= r.published);
		check_instant(r.updated, r.updated_offset);
	}
	record_free(&r);
	return 0;
}
