/*
 * test_tsv_field.c -- the numbers of the record cache: tsv_decimal, which
 * reads eight bytes at a time, says of every field what the plain reader
 * (tsv_decimal_plain, the cache's before) says, byte for byte, wherever
 * the field ends before LIM; and both say what a table of fields holds.
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

#include "tsv_field.h"

/*
 * Field F (N bytes, then its NUL) read by both readers, with EXTRA bytes
 * more before LIM; the buffer is exactly that long, so that a read past
 * LIM is one under valgrind or AddressSanitizer.
 */
static void
expect_same(const char *f, size_t n, size_t extra)
{
	char		*b, *c, *eb, *ec;
	long long	 vb, vc;
	bool		 okb, okc;
	size_t		 len = n + 1 + extra;

	b = calloc(1, len);
	c = calloc(1, len);
	assert_non_null(b);
	assert_non_null(c);
	memcpy(b, f, n);
	memcpy(c, f, n);
	eb = tsv_decimal(b, b + len, &vb, &okb);
	ec = tsv_decimal_plain(c, &vc, &okc);
	if (eb - b != ec - c || okb != okc || vb != vc)
		fail_msg("\"%.*s\" (%zu more): tsv_decimal %td %d %lld, "
		    "tsv_decimal_plain %td %d %lld", (int)n, f, extra,
		    eb - b, okb, vb, ec - c, okc, vc);
	free(b);
	free(c);
}

static void
expect_all_extras(const char *f, size_t n)
{
	size_t	 extra;

	for (extra = 0; extra <= 17; extra++)
		expect_same(f, n, extra);
}

/* What the cache writes, and what it must refuse. */
static void
test_values(void **state)
{
	static const struct {
		const char	*in;
		long long	 v;
		bool		 ok;
		size_t		 end;
	} cases[] = {
		{ "1796030878\t112779268", 1796030878, true, 10 },
		{ "-14400\t5", -14400, true, 6 },
		{ "0", 0, true, 1 },
		{ "7\t", 7, true, 1 },
		{ "007", 7, true, 3 },
		{ "123456789012345678", 123456789012345678, true, 18 },
		{ "-999999999999999999\t", -999999999999999999, true, 19 },
		{ "1234567890123456789", 0, false, 19 },
		{ "12345678", 12345678, true, 8 },
		{ "1234567890123456\t", 1234567890123456, true, 16 },
		{ "", 0, false, 0 },
		{ "-", 0, false, 1 },
		{ "--1", 0, false, 1 },
		{ "\t1", 0, false, 0 },
		{ "12x\t", 12, false, 2 },
		{ "1 ", 1, false, 1 },
		{ "+1", 0, false, 0 },
		{ "12345678:", 12345678, false, 8 },
	};
	char		 buf[64];
	long long	 v;
	bool		 ok;
	size_t		 i, n;
	char		*e;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		memset(buf, 0, sizeof(buf));
		n = strlen(cases[i].in);
		memcpy(buf, cases[i].in, n);
		e = tsv_decimal(buf, buf + sizeof(buf), &v, &ok);
		if (ok != cases[i].ok || (size_t)(e - buf) != cases[i].end ||
		    (ok && v != cases[i].v))
			fail_msg("\"%s\": %d %lld at %td", cases[i].in, ok, v,
			    e - buf);
		/* The plain reader, which the others are compared with, too. */
		e = tsv_decimal_plain(buf, &v, &ok);
		if (ok != cases[i].ok || (size_t)(e - buf) != cases[i].end ||
		    (ok && v != cases[i].v))
			fail_msg("\"%s\": plain: %d %lld at %td", cases[i].in,
			    ok, v, e - buf);
		expect_all_extras(cases[i].in, n);
	}
}

/*
 * Runs of 0 to 20 digits, each kind of run, with and without '-', then
 * each byte value, then a tab and more: every length the fast path cuts
 * into eight-byte blocks, and every byte at the end of the run.
 */
static void
test_every_end(void **state)
{
	static const char *const runs[] = {
		"99999999999999999999", "00000000000000000000",
		"12345678901234567890", "90817263549081726354",
	};
	char		 f[32];
	size_t		 r, len, n, sign;
	unsigned	 c;

	(void)state;
	for (r = 0; r < sizeof(runs) / sizeof(runs[0]); r++)
		for (len = 0; len <= 20; len++)
			for (sign = 0; sign < 2; sign++)
				for (c = 0; c < 0x100; c++) {
					n = 0;
					if (sign)
						f[n++] = '-';
					memcpy(f + n, runs[r], len);
					n += len;
					f[n++] = (char)c;
					if (c == 0) {
						expect_all_extras(f, n - 1);
						continue;
					}
					f[n++] = '\t';
					f[n++] = '5';
					expect_all_extras(f, n);
				}
}

/* Each byte value at each place of a run of 19 digits. */
static void
test_every_place(void **state)
{
	char		 f[24];
	size_t		 pos;
	unsigned	 c;

	(void)state;
	for (pos = 0; pos < 19; pos++)
		for (c = 1; c < 0x100; c++) {
			memcpy(f, "1111111111111111111\t2", 21);
			f[pos] = (char)c;
			expect_all_extras(f, 21);
		}
}

/* Random fields of the bytes that matter, around the edges of '0' and '9'. */
static void
test_random(void **state)
{
	static const char	 bytes[] =
	    "0123456789-\t/:\x80\xb0\xb9\xfa\xff ";
	char			 f[40];
	unsigned long		 x = 1;
	size_t			 i, n, k;

	(void)state;
	for (i = 0; i < 200000; i++) {
		x = x * 1103515245 + 12345;
		n = (x >> 16) % 30;
		for (k = 0; k < n; k++) {
			x = x * 1103515245 + 12345;
			/* Mostly digits: blocks are taken of long runs. */
			if ((x >> 16) % 4 != 0)
				f[k] = (char)('0' + (x >> 20) % 10);
			else
				f[k] = bytes[(x >> 20) % (sizeof(bytes) - 1)];
		}
		expect_same(f, n, (x >> 24) % 20);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_values),
		cmocka_unit_test(test_every_end),
		cmocka_unit_test(test_every_place),
		cmocka_unit_test(test_random),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
