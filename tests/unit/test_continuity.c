/*
 * test_continuity.c -- whether a record new to the ledger may be a deleted
 * record renamed (continuity_needs_whole): the rows found by a search of
 * the rows by date, which keeps its last answer and takes a date before
 * every row at once, are those a scan of every row finds, whatever order
 * the dates are asked in.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "articles.h"
#include "continuity.h"
#include "util.h"

#define NROWS	40

/* Four rows a date, the dates in pairs a second apart: 100, 101, 103, 104... */
static int64_t
row_date(size_t i)
{
	return 100 + (int64_t)(i / 4 + i / 8);
}

/*
 * Rows 1 (of the first date), 5, 9, 13, 22 and 39 (of the last) have no
 * record file; row 13, the only one of its date, is claimed.
 */
static bool
row_gone(size_t i)
{
	return i == 1 || i == 5 || i == 9 || i == 13 || i == 22 || i == 39;
}

/* The plain answer: a scan of every row for one unclaimed and gone. */
static bool
plain(const struct continuity *c, int64_t t)
{
	char	*path;
	size_t	 i;
	bool	 gone;

	for (i = 0; i < c->ledger.n; i++) {
		if (c->ledger.v[i]->published.t != t || c->ledger.v[i]->claimed)
			continue;
		path = articles_record_path(c->articles_dir,
		    c->ledger.v[i]->slug);
		gone = access(path, F_OK) == -1;
		free(path);
		if (gone)
			return true;
	}
	return false;
}

static void
expect(struct continuity *c, int64_t t)
{
	struct record	 r;

	memset(&r, 0, sizeof(r));
	r.published = t;
	if (continuity_needs_whole(c, "new-record", &r) != plain(c, t))
		fail_msg("published %lld: %d, a scan of the rows says %d",
		    (long long)t, !plain(c, t), plain(c, t));
}

static void
test_needs_whole(void **state)
{
	struct continuity	 c;
	struct ledger_row	*row;
	char			 dir[] = "/tmp/test_continuity.XXXXXX", slug[16];
	char			*path;
	unsigned long		 x = 1;
	size_t			 i, k;
	int64_t			 t;
	FILE			*fp;

	(void)state;
	assert_non_null(mkdtemp(dir));
	memset(&c, 0, sizeof(c));
	ledger_init(&c.ledger);
	entry_scratch_init(&c.scratch);
	c.articles_dir = dir;
	/* Added out of date order: the search sorts them. */
	for (k = 0; k < NROWS; k++) {
		i = (k * 17) % NROWS;
		snprintf(slug, sizeof(slug), "row-%02zu", i);
		row = ledger_add(&c.ledger, slug);
		row->published.t = row_date(i);
		row->claimed = i == 13;
		if (row_gone(i))
			continue;
		path = articles_record_path(dir, slug);
		assert_non_null(fp = fopen(path, "w"));
		fclose(fp);
		free(path);
	}
	/* Each date from before the first row to after the last, twice. */
	for (t = 90; t < 240; t++) {
		expect(&c, t);
		expect(&c, t);
	}
	for (t = 240; t > 90; t--)
		expect(&c, t);
	for (i = 0; i < 2000; i++) {
		x = x * 1103515245 + 12345;
		expect(&c, 95 + (int64_t)((x >> 16) % 140));
	}
	for (i = 0; i < NROWS; i++) {
		snprintf(slug, sizeof(slug), "row-%02zu", i);
		path = articles_record_path(dir, slug);
		unlink(path);
		free(path);
	}
	rmdir(dir);
	continuity_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_needs_whole),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
