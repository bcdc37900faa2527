/*
 * fuzz_settings: settings_parse on arbitrary bytes. Checks: 0 or -1; an
 * error has a non-empty UTF-8 message and a line in the input (0 only for
 * a missing key); parsed settings hold what build relies on: the required
 * keys, folders that never go through "..", a count in range, a valid
 * zone name, and templates that stay absolute IRIs whatever the slug.
 */
#include "config.h"

#include <string.h>

#include "fuzz.h"
#include "settings.h"
#include "tz.h"
#include "uri.h"
#include "utf8.h"

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
no_dotdot(const char *p)
{
	const char	*s = p;

	for (;;) {
		size_t n = strcspn(s, "/");

		if (n == 2 && s[0] == '.' && s[1] == '.')
			return false;
		if (s[n] == '\0')
			return true;
		s += n + 1;
	}
}

/* A slug a hostile file name could give: spaces, '%', '{', UTF-8. */
static void
check_template(const char *tmpl)
{
	char	*u;

	if (tmpl == NULL || strlen(tmpl) > 4096)
		return;
	u = settings_expand(tmpl, "a b%{slug}\xc3\xa9/?#");
	FUZZ_CHECK(uri_is_absolute_iri(u, strlen(u)));
	free(u);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char		*buf = (const char *)data;
	struct settings		 s;
	struct parse_error	 err;
	unsigned long		 lines;
	int			 rc;

	memset(&err, 0, sizeof(err));
	rc = settings_parse(buf, size, &s, &err);
	FUZZ_CHECK(rc == 0 || rc == -1);
	if (rc == -1) {
		lines = fuzz_lines(buf, size);
		FUZZ_CHECK(err.line <= lines);
		FUZZ_CHECK(err.line > 0 || strstr(err.msg, "is missing"));
		FUZZ_CHECK(err.msg[0] != '\0');
		FUZZ_CHECK(utf8_ok(err.msg, strlen(err.msg)));
		return 0;
	}
	FUZZ_CHECK(s.title != NULL && s.link != NULL && s.feed_url != NULL &&
	    s.id != NULL && s.timezone != NULL && s.entry_link != NULL);
	FUZZ_CHECK(s.articles != NULL && no_dotdot(s.articles));
	FUZZ_CHECK(s.output != NULL && no_dotdot(s.output));
	FUZZ_CHECK(s.max_entries >= 1 && s.max_entries <= 1000000);
	FUZZ_CHECK(tz_name_valid(s.timezone));
	FUZZ_CHECK(uri_is_absolute_iri(s.link, strlen(s.link)));
	FUZZ_CHECK(s.page == NULL || strchr(s.page, '/') == NULL);
	FUZZ_CHECK(s.discovery == NULL || strchr(s.discovery, '/') == NULL);
	check_template(s.entry_link);
	check_template(s.entry_id);
	settings_free(&s);
	return 0;
}
