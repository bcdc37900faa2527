/*
 * test_idkeys.c -- unit tests for idkeys.c, the set of ids a checker has
 * seen: each id is found again by its bytes, never by a fast hash; a set
 * made large at once (build's) behaves as one grown by doubling; and a
 * budget is charged for each growth, never for an id already there.
 */

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "idkeys.h"
#include "util.h"

static size_t
id(char *b, size_t cap, size_t i)
{
	return (size_t)snprintf(b, cap, "https://e.example/news/%06zu", i);
}

/* Adds N ids, then each again: every one new once, then every one seen. */
static void
each_once(struct idkeys *t, size_t n)
{
	char	 b[64];
	size_t	 i, len;

	for (i = 0; i < n; i++) {
		len = id(b, sizeof(b), i);
		if (idkeys_add(t, b, len))
			fail_msg("id %zu taken for one seen", i);
	}
	assert_int_equal(t->n, n);
	for (i = 0; i < n; i++) {
		len = id(b, sizeof(b), i);
		if (!idkeys_add(t, b, len))
			fail_msg("id %zu not found again", i);
	}
	assert_int_equal(t->n, n);
}

static void
test_grown_and_expected(void **state)
{
	struct idkeys	 g, r;

	(void)state;
	memset(&g, 0, sizeof(g));
	memset(&r, 0, sizeof(r));
	each_once(&g, 5000);
	r.expect = 5000;
	assert_int_equal(idkeys_bytes(&r), 0);
	each_once(&r, 5000);
	/* Made large enough with the first id: it never grew. */
	assert_int_equal(idkeys_bytes(&r), 16384 * IDKEY_SIZE);
	assert_int_equal(idkeys_bytes(&g), 16384 * IDKEY_SIZE);
	/* Emptied, it keeps what it expects. */
	idkeys_free(&r);
	assert_int_equal(r.expect, 5000);
	assert_int_equal(idkeys_bytes(&r), 0);
	idkeys_free(&g);
}

/* Bytes, not text: a NUL inside, a prefix, and the empty id all differ. */
static void
test_bytes_decide(void **state)
{
	struct idkeys	 t;

	(void)state;
	memset(&t, 0, sizeof(t));
	assert_false(idkeys_add(&t, "a\0b", 3));
	assert_false(idkeys_add(&t, "a\0c", 3));
	assert_false(idkeys_add(&t, "a", 1));
	assert_false(idkeys_add(&t, "", 0));
	assert_true(idkeys_add(&t, "", 0));
	assert_true(idkeys_add(&t, "a\0b", 3));
	/*
	 * Two ids with the same hash_bytes(id, n, 0), the fast hash the
	 * checkers once kept alone (t1230's pair).
	 */
	assert_false(idkeys_add(&t, "tag:a.b,2025:aaaaaaaaaaa", 24));
	assert_false(idkeys_add(&t, "tag:a.b,2025:11faqqraqqr", 24));
	assert_int_equal(t.n, 6);
	idkeys_free(&t);
}

struct budget {
	size_t	 charged, left;
};

static bool
charge(void *arg, size_t bytes)
{
	struct budget	*b = arg;

	if (bytes > b->left)
		return false;
	b->left -= bytes;
	b->charged += bytes;
	return true;
}

/*
 * Each growth is charged, the table's bytes in all; an id already there
 * is charged nothing, however full the table; past the budget an id is
 * refused, not added, and the set is not full.
 */
static void
test_charged(void **state)
{
	struct idkeys	 t;
	struct budget	 b = { 0, 8192 * IDKEY_SIZE };
	char		 c[64];
	size_t		 i, n;

	(void)state;
	memset(&t, 0, sizeof(t));
	t.charge = charge;
	t.charge_arg = &b;
	for (i = 0; i < 4096; i++)
		assert_false(idkeys_add(&t, c, id(c, sizeof(c), i)));
	assert_int_equal(b.charged, idkeys_bytes(&t));
	assert_int_equal(idkeys_bytes(&t), 8192 * IDKEY_SIZE);
	/* The table is half full: the same ids again cost nothing. */
	for (i = 0; i < 4096; i++)
		assert_true(idkeys_add(&t, c, id(c, sizeof(c), i)));
	assert_int_equal(b.charged, 8192 * IDKEY_SIZE);
	/* A new one would double it: refused. */
	n = id(c, sizeof(c), 4096);
	assert_false(idkeys_add(&t, c, n));
	assert_false(idkeys_add(&t, c, n));
	assert_false(t.full);
	assert_int_equal(t.n, 4096);
	assert_int_equal(b.charged, 8192 * IDKEY_SIZE);
	idkeys_free(&t);
	assert_true(t.charge == charge);
}

/* Past IDKEYS_MAX, an id is refused and the set says it is full. */
static void
test_full(void **state)
{
	struct idkeys	 t;
	char		 b[64];
	size_t		 i;

	(void)state;
	memset(&t, 0, sizeof(t));
	t.expect = IDKEYS_MAX + 10;
	for (i = 0; i < IDKEYS_MAX; i++)
		assert_false(idkeys_add(&t, b, id(b, sizeof(b), i)));
	assert_false(t.full);
	assert_int_equal(idkeys_bytes(&t), 1048576 * IDKEY_SIZE);
	assert_false(idkeys_add(&t, b, id(b, sizeof(b), i)));
	assert_true(t.full);
	/* One already there is still found. */
	assert_true(idkeys_add(&t, b, id(b, sizeof(b), 7)));
	assert_int_equal(t.n, IDKEYS_MAX);
	idkeys_free(&t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_grown_and_expected),
		cmocka_unit_test(test_bytes_decide),
		cmocka_unit_test(test_charged),
		cmocka_unit_test(test_full),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
