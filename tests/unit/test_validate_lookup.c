/*
 * test_validate_lookup.c -- the shortcuts the validator's rule walk
 * takes must find and say exactly what the long way did: a vocabulary
 * row found by its name's hash is the first such row of the table, an
 * element's qualified name is cut where snprintf cut it, and an empty
 * buffer that holds no memory behaves as one that does.
 */

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "uri.h"
#include "util.h"
#include "validate_vocab.h"

/* Names repeated, far apart, and more names than buckets. */
static const char *const names[] = {
	"title", "link", "description", "title", "a", "b", "c", "d", "e",
	"f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s",
	"t", "u", "v", "w", "x", "y", "z", "aa", "ab", "ac", "ad", "ae",
	"af", "ag", "ah", "ai", "aj", "ak", "al", "am", "an", "ao", "ap",
	"aq", "ar", "as", "at", "au", "av", "aw", "ax", "ay", "az", "ba",
	"bb", "bc", "bd", "be", "bf", "bg", "bh", "bi", "bj", "bk", "bl",
	"link", "bm", "bn", "title", "updated", "pubDate", "guid",
};
#define NNAMES	(sizeof(names) / sizeof(names[0]))

static struct vrow rows[NNAMES];
static struct vindex index_of_rows;
static struct vtable table;

static int
setup(void **state)
{
	size_t	 i;

	(void)state;
	for (i = 0; i < NNAMES; i++) {
		rows[i].name = names[i];
		rows[i].parents = 1u;
	}
	table.rows = rows;
	table.n = NNAMES;
	table.index = &index_of_rows;
	return 0;
}

/* Every row named NAME, in table order, as a scan finds them. */
static void
test_named_in_table_order(void **state)
{
	const struct vrow *r;
	size_t		 i, j, want;

	(void)state;
	for (i = 0; i < NNAMES; i++) {
		j = SIZE_MAX;
		want = 0;
		while ((r = vocab_named(&table, names[i], &j)) != NULL) {
			while (strcmp(names[want], names[i]) != 0)
				want++;
			assert_int_equal(j, want);
			assert_ptr_equal(r, &rows[want]);
			want++;
		}
		for (; want < NNAMES; want++)
			assert_int_not_equal(strcmp(names[want], names[i]), 0);
	}
}

static void
test_named_absent(void **state)
{
	size_t	 j = SIZE_MAX;

	(void)state;
	assert_null(vocab_named(&table, "category", &j));
	j = SIZE_MAX;
	assert_null(vocab_named(&table, "", &j));
	j = SIZE_MAX;
	assert_null(vocab_named(&table, "titl", &j));
}

/* node_qname's cut, at every size, is snprintf's. */
static void
test_qname_cut_as_snprintf(void **state)
{
	xmlDocPtr	 doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr	 plain, prefixed, atom;
	char		 got[40], want[40];
	size_t		 size;

	(void)state;
	plain = xmlNewDocNode(doc, NULL, BAD_CAST "enclosure", NULL);
	xmlDocSetRootElement(doc, plain);
	prefixed = xmlNewChild(plain, NULL, BAD_CAST "encoded", NULL);
	xmlSetNs(prefixed, xmlNewNs(plain,
	    BAD_CAST "http://purl.org/rss/1.0/modules/content/",
	    BAD_CAST "content"));
	atom = xmlNewChild(plain, NULL, BAD_CAST "link", NULL);
	xmlSetNs(atom, xmlNewNs(plain, BAD_CAST NS_ATOM, BAD_CAST "a"));
	for (size = 1; size <= sizeof(got); size++) {
		snprintf(want, size, "%s", "enclosure");
		assert_string_equal(node_qname(plain, got, size), want);
		snprintf(want, size, "%s:%s", "content", "encoded");
		assert_string_equal(node_qname(prefixed, got, size), want);
		snprintf(want, size, "atom:%s", "link");
		assert_string_equal(node_qname(atom, got, size), want);
	}
	xmlFreeDoc(doc);
}

/* Empty, it owns nothing; added to, it is a buffer like any other. */
static void
test_empty_buffer(void **state)
{
	struct buf	 b;
	char		*s;

	(void)state;
	buf_init_empty(&b);
	assert_non_null(b.data);
	assert_string_equal(b.data, "");
	assert_int_equal(b.cap, 0);
	buf_add(&b, "", 0);
	buf_clear(&b);
	assert_int_equal(b.cap, 0);
	buf_adds(&b, "abc");
	assert_string_equal(b.data, "abc");
	assert_true(b.cap > 3);
	buf_free(&b);

	buf_init_empty(&b);
	s = buf_steal(&b);
	assert_string_equal(s, "");
	free(s);
	assert_string_equal(b.data, "");
	buf_free(&b);

	buf_init_empty(&b);
	uri_percent_encode(&b, "a b", 3, "");
	assert_string_equal(b.data, "a%20b");
	buf_free(&b);

	buf_init_empty(&b);
	buf_free(&b);
	assert_null(b.data);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_named_in_table_order),
		cmocka_unit_test(test_named_absent),
		cmocka_unit_test(test_qname_cut_as_snprintf),
		cmocka_unit_test(test_empty_buffer),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
