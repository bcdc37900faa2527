/*
 * test_articles.c -- unit tests for articles.c: keeping the newest records
 * in the bounded heap, listing a record folder, and slugs.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "articles.h"
#include "util.h"

static void
offer(struct picks *p, const char *name, int64_t published)
{
	struct when	 u;

	u.t = published + 60;
	u.offset = 32400;
	picks_offer(p, name, published, &u);
}

static void
assert_pick(const struct picks *p, size_t i, const char *name,
    int64_t published)
{
	assert_true(i < p->n);
	assert_string_equal(p->v[i].name, name);
	assert_int_equal(p->v[i].published, published);
	assert_int_equal(p->v[i].updated.t, published + 60);
	assert_int_equal(p->v[i].updated.offset, 32400);
}

/* A record gone before pass two: dropped, the others stay in order. */
static void
test_remove_keeps_order(void **state)
{
	struct picks	 p;

	(void)state;
	picks_init(&p, 10);
	offer(&p, "a.txt", 100);
	offer(&p, "b.txt", 300);
	offer(&p, "c.txt", 200);
	offer(&p, "d.txt", 400);
	picks_sort(&p);
	picks_remove(&p, 1);		/* b.txt */
	assert_int_equal(p.n, 3);
	assert_pick(&p, 0, "d.txt", 400);
	assert_pick(&p, 1, "c.txt", 200);
	assert_pick(&p, 2, "a.txt", 100);
	picks_remove(&p, 2);		/* the last */
	picks_remove(&p, 5);		/* past the end: nothing */
	assert_int_equal(p.n, 2);
	assert_pick(&p, 1, "c.txt", 200);
	picks_remove(&p, 0);
	picks_remove(&p, 0);
	assert_int_equal(p.n, 0);
	picks_free(&p);
}

static void
test_keeps_newest(void **state)
{
	static const int order[10] = { 5, 2, 9, 0, 7, 3, 8, 1, 6, 4 };
	struct picks	 p;
	char		 name[32];
	size_t		 i;

	(void)state;
	picks_init(&p, 3);
	for (i = 0; i < 10; i++) {
		snprintf(name, sizeof(name), "r%d.txt", order[i]);
		offer(&p, name, 1738791177 + order[i] * 3600);
	}
	picks_sort(&p);
	assert_int_equal(p.n, 3);
	assert_pick(&p, 0, "r9.txt", 1738791177 + 9 * 3600);
	assert_pick(&p, 1, "r8.txt", 1738791177 + 8 * 3600);
	assert_pick(&p, 2, "r7.txt", 1738791177 + 7 * 3600);
	picks_free(&p);
}

/* The name offered is copied: the caller's buffer may change. */
static void
test_name_copied(void **state)
{
	struct picks	 p;
	char		 name[16];

	(void)state;
	picks_init(&p, 1);
	strcpy(name, "a.txt");
	offer(&p, name, 1);
	strcpy(name, "b.txt");
	offer(&p, name, 2);	/* replaces a.txt */
	strcpy(name, "zzzzz");
	assert_int_equal(p.n, 1);
	assert_pick(&p, 0, "b.txt", 2);
	picks_free(&p);
}

static void
test_ties_by_name(void **state)
{
	struct picks	 p;

	(void)state;
	picks_init(&p, 10);
	offer(&p, "c.txt", 100);
	offer(&p, "a.txt", 100);
	offer(&p, "old.txt", 50);
	offer(&p, "b.txt", 100);
	offer(&p, "new.txt", 200);
	picks_sort(&p);
	assert_int_equal(p.n, 5);
	assert_pick(&p, 0, "new.txt", 200);
	assert_pick(&p, 1, "a.txt", 100);
	assert_pick(&p, 2, "b.txt", 100);
	assert_pick(&p, 3, "c.txt", 100);
	assert_pick(&p, 4, "old.txt", 50);
	picks_free(&p);
}

/* When a tie straddles the cut, the names first in order are kept. */
static void
test_ties_at_the_cut(void **state)
{
	struct picks	 p;

	(void)state;
	picks_init(&p, 2);
	offer(&p, "d.txt", 100);
	offer(&p, "c.txt", 100);
	offer(&p, "old.txt", 50);
	offer(&p, "a.txt", 100);
	offer(&p, "b.txt", 100);
	picks_sort(&p);
	assert_int_equal(p.n, 2);
	assert_pick(&p, 0, "a.txt", 100);
	assert_pick(&p, 1, "b.txt", 100);
	picks_free(&p);
}

static void
test_max_larger_than_count(void **state)
{
	struct picks	 p;

	(void)state;
	picks_init(&p, 50);
	offer(&p, "b.txt", 20);
	offer(&p, "a.txt", 10);
	offer(&p, "c.txt", 30);
	picks_sort(&p);
	assert_int_equal(p.n, 3);
	assert_pick(&p, 0, "c.txt", 30);
	assert_pick(&p, 1, "b.txt", 20);
	assert_pick(&p, 2, "a.txt", 10);
	picks_free(&p);

	/* Dates before the epoch sort as dates too. */
	picks_init(&p, 1000000);
	offer(&p, "x.txt", -86400);
	offer(&p, "y.txt", 0);
	picks_sort(&p);
	assert_pick(&p, 0, "y.txt", 0);
	assert_pick(&p, 1, "x.txt", -86400);
	picks_free(&p);
}

static void
test_max_zero(void **state)
{
	struct picks	 p;

	(void)state;
	picks_init(&p, 0);
	offer(&p, "a.txt", 1);
	assert_int_equal(p.n, 0);
	picks_free(&p);
}

/*
 * Sorting when nothing was kept (an empty folder, or max 0) must be
 * defined behaviour: qsort's array may not be NULL even for 0 elements
 * (C11 7.22.5), so UBSan flags picks_sort here.
 */
static void
test_sort_nothing_kept(void **state)
{
	struct picks	 p;

	(void)state;
	picks_init(&p, 50);
	picks_sort(&p);
	assert_int_equal(p.n, 0);
	picks_free(&p);

	picks_init(&p, 0);
	offer(&p, "a.txt", 1);
	picks_sort(&p);
	assert_int_equal(p.n, 0);
	picks_free(&p);
}

static int
cmp_newest_first(const void *a, const void *b)
{
	const struct pick	*pa = a, *pb = b;

	if (pa->published != pb->published)
		return pa->published > pb->published ? -1 : 1;
	return strcmp(pa->name, pb->name);
}

/* Many offers with many ties: the heap keeps what a full sort would. */
static void
test_heap_matches_sort(void **state)
{
	enum { N = 3000 };
	static const size_t maxes[] = { 1, 2, 3, 7, 50, 64, 65, 129, 2999,
	    3000, 5000 };
	struct pick	*all = xcalloc(N, sizeof(*all));
	struct picks	 p;
	uint32_t	 x = 2463534242u;
	char		 name[32];
	size_t		 i, m, want;

	(void)state;
	for (i = 0; i < N; i++) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		snprintf(name, sizeof(name), "%08x.txt", (unsigned)(x * 31u));
		all[i].name = xstrdup(name);
		all[i].published = (int64_t)(x % 200) * 86400;
		all[i].updated.t = all[i].published + 60;
		all[i].updated.offset = 32400;
	}
	for (m = 0; m < sizeof(maxes) / sizeof(maxes[0]); m++) {
		picks_init(&p, maxes[m]);
		for (i = 0; i < N; i++)
			offer(&p, all[i].name, all[i].published);
		picks_sort(&p);
		want = maxes[m] < N ? maxes[m] : N;
		if (m == 0)
			qsort(all, N, sizeof(*all), cmp_newest_first);
		assert_int_equal(p.n, want);
		for (i = 0; i < want; i++)
			assert_pick(&p, i, all[i].name, all[i].published);
		picks_free(&p);
	}
	for (i = 0; i < N; i++)
		free(all[i].name);
	free(all);
}

/* A scratch folder; the names created are listed for removal. */
struct folder {
	char	 path[64];
	char	*names[32];
	size_t	 n;
};

static void
folder_init(struct folder *f)
{
	strcpy(f->path, "/tmp/test_articles.XXXXXX");
	assert_non_null(mkdtemp(f->path));
	f->n = 0;
}

static void
folder_add(struct folder *f, const char *name, bool dir)
{
	char	*path = path_join(f->path, name);
	int	 fd;

	if (dir)
		assert_int_equal(mkdir(path, 0700), 0);
	else {
		fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
		assert_true(fd != -1);
		close(fd);
	}
	free(path);
	assert_true(f->n < sizeof(f->names) / sizeof(f->names[0]));
	f->names[f->n++] = xstrdup(name);
}

static void
folder_free(struct folder *f)
{
	char	*path;
	size_t	 i;

	for (i = 0; i < f->n; i++) {
		path = path_join(f->path, f->names[i]);
		if (unlink(path) == -1)
			rmdir(path);
		free(path);
		free(f->names[i]);
	}
	rmdir(f->path);
}

/* What articles_each passed to the callback, one name per line. */
struct seen {
	struct buf	 names;
	int		 calls;
	int		 stop_after;	/* 0: never stop */
};

static int
collect(void *ctx, const char *name)
{
	struct seen	*s = ctx;

	buf_adds(&s->names, name);
	buf_addc(&s->names, '\n');
	s->calls++;
	return s->stop_after != 0 && s->calls >= s->stop_after ? 7 : 0;
}

static void
test_each_lists_records(void **state)
{
	static const char *const files[] = { "b.txt", "a.txt", "A.txt",
	    "10.txt", "9.txt", "z .txt", "\xed\x95\x9c\xea\xb5\xad.txt",
	    ".hidden.txt", ".txt", "..txt", "x.txt.bak", "x.txt~", "notes.md",
	    "txt", "a.TXT", "a.tx", "atxt" };
	struct folder	 f;
	struct seen	 s;
	size_t		 i;

	(void)state;
	folder_init(&f);
	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++)
		folder_add(&f, files[i], false);
	folder_add(&f, "sub", true);
	buf_init(&s.names);
	s.calls = 0;
	s.stop_after = 0;
	assert_int_equal(articles_each(f.path, collect, &s), 0);
	assert_string_equal(s.names.data != NULL ? s.names.data : "",
	    "10.txt\n9.txt\nA.txt\na.txt\nb.txt\nz .txt\n"
	    "\xed\x95\x9c\xea\xb5\xad.txt\n");
	assert_int_equal(s.calls, 7);
	buf_free(&s.names);
	folder_free(&f);
}

/* articles_each_in's callback: the name, and whether it reads there. */
static int
collect_at(void *ctx, int dirfd, const char *name)
{
	struct stat	 st;

	if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) == -1)
		return 1;
	return collect(ctx, name);
}

/*
 * The build lists the records through the folder's descriptor, keeps it
 * and reads them through it: the callback gets that descriptor, the
 * descriptor stays open, and a second listing through it starts over.
 */
static void
test_each_in_twice(void **state)
{
	struct folder	 f;
	struct seen	 s;
	int		 dirfd, round;

	(void)state;
	folder_init(&f);
	folder_add(&f, "b.txt", false);
	folder_add(&f, "a.txt", false);
	folder_add(&f, "notes.md", false);
	assert_int_not_equal(dirfd = articles_open(f.path), -1);
	for (round = 0; round < 2; round++) {
		buf_init(&s.names);
		s.calls = 0;
		s.stop_after = 0;
		assert_int_equal(articles_each_in(dirfd, collect_at, &s), 0);
		assert_string_equal(s.names.data != NULL ? s.names.data : "",
		    "a.txt\nb.txt\n");
		buf_free(&s.names);
	}
	assert_int_equal(fcntl(dirfd, F_GETFD), FD_CLOEXEC);
	close(dirfd);
	folder_free(&f);
}

/* A folder with no records: the same qsort(NULL, 0, ...) as above. */
static void
test_each_no_records(void **state)
{
	struct folder	 f;
	struct seen	 s;

	(void)state;
	folder_init(&f);
	folder_add(&f, ".hidden.txt", false);
	folder_add(&f, "notes.md", false);
	buf_init(&s.names);
	s.calls = 0;
	s.stop_after = 0;
	assert_int_equal(articles_each(f.path, collect, &s), 0);
	assert_int_equal(s.calls, 0);
	buf_free(&s.names);
	folder_free(&f);
}

static void
test_each_missing(void **state)
{
	struct folder	 f;
	struct seen	 s;
	char		*missing;

	(void)state;
	folder_init(&f);
	buf_init(&s.names);
	s.calls = 0;
	s.stop_after = 0;
	missing = path_join(f.path, "no-such-folder");
	errno = 0;
	assert_int_equal(articles_each(missing, collect, &s), -1);
	assert_int_equal(errno, ENOENT);
	assert_int_equal(s.calls, 0);
	free(missing);
	buf_free(&s.names);
	folder_free(&f);
}

/* A callback that returns non-zero stops the walk, which then fails. */
static void
test_each_stops(void **state)
{
	struct folder	 f;
	struct seen	 s;

	(void)state;
	folder_init(&f);
	folder_add(&f, "c.txt", false);
	folder_add(&f, "a.txt", false);
	folder_add(&f, "b.txt", false);
	buf_init(&s.names);
	s.calls = 0;
	s.stop_after = 2;
	assert_int_not_equal(articles_each(f.path, collect, &s), 0);
	assert_int_equal(s.calls, 2);
	assert_string_equal(s.names.data, "a.txt\nb.txt\n");
	buf_free(&s.names);
	folder_free(&f);
}

static void
test_slug(void **state)
{
	static const struct {
		const char	*name, *slug;
	} cases[] = {
		{ "a.txt", "a" },
		{ "000_da7d4b23b93f851d.txt", "000_da7d4b23b93f851d" },
		{ "2025-03-09-after.txt", "2025-03-09-after" },
		{ "x.y.txt", "x.y" },
		{ "x.txt.txt", "x.txt" },
		{ "with space.txt", "with space" },
		{ "\xed\x95\x9c\xea\xb5\xad.txt", "\xed\x95\x9c\xea\xb5\xad" },
	};
	char	*slug;
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		slug = articles_slug(cases[i].name);
		assert_string_equal(slug, cases[i].slug);
		free(slug);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keeps_newest),
		cmocka_unit_test(test_remove_keeps_order),
		cmocka_unit_test(test_name_copied),
		cmocka_unit_test(test_ties_by_name),
		cmocka_unit_test(test_ties_at_the_cut),
		cmocka_unit_test(test_max_larger_than_count),
		cmocka_unit_test(test_max_zero),
		cmocka_unit_test(test_heap_matches_sort),
		cmocka_unit_test(test_each_lists_records),
		cmocka_unit_test(test_each_missing),
		cmocka_unit_test(test_each_stops),
		cmocka_unit_test(test_slug),
		/* Last: under UBSan these stop the program (src/articles.c bug). */
		cmocka_unit_test(test_sort_nothing_kept),
		cmocka_unit_test(test_each_no_records),
		cmocka_unit_test(test_each_in_twice),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
