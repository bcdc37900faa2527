/*
 * tsv_field: the fields of the tab-separated text files feedwright
 * keeps (ledger.tsv, .feedwright-cache): lines split at tabs, and a
 * backslash, tab or newline inside a field written as \\, \t or \n.
 */
#ifndef TSV_FIELD_H
#define TSV_FIELD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A carriage return is written \r too (the cache; the ledger keeps it). */
#define TSV_CR	0x1

/* The escape that stands for C in a field, or NULL: C stands as it is. */
const char	*tsv_escape_of(char c, int flags);
/* The length of S's first part that stands as it is (no escape). */
size_t		 tsv_plain_span(const char *s, int flags);
/* Undoes the escapes of S in place; false on one that is never written. */
bool		 tsv_unescape(char *s, int flags);
/* Splits LINE at tabs into f[0..max); returns the number of fields. */
size_t		 tsv_split(char *line, char **f, size_t max);

/*
 * Reads the decimal integer that begins field S, an optional '-' then
 * digits, into *V. Returns where the digits end; *OK says whether there
 * are 1 to 18 of them (more wrap *V harmlessly) and a tab or the end of
 * S after them. tsv_decimal is the same, faster; it may read any byte
 * before LIM, which is past S's terminating NUL.
 */
char		*tsv_decimal_plain(char *s, long long *v, bool *ok);
static inline char *tsv_decimal(char *s, const char *lim, long long *v,
		    bool *ok);

/*
 * The record cache has 16 numbers a line, a line per record: they are
 * read eight bytes at a time, inline. Any other case (16 digits or
 * more, too few bytes before LIM, no digit, not a tab or the end after
 * them) is tsv_decimal_plain's.
 */

/* Eight bytes from S less '0' each, the first lowest on any machine. */
static inline uint64_t
tsv_load_digits(const char *s)
{
	const unsigned char	*u = (const unsigned char *)s;

	return ((uint64_t)u[0] | (uint64_t)u[1] << 8 | (uint64_t)u[2] << 16 |
	    (uint64_t)u[3] << 24 | (uint64_t)u[4] << 32 |
	    (uint64_t)u[5] << 40 | (uint64_t)u[6] << 48 |
	    (uint64_t)u[7] << 56) - 0x3030303030303030ull;
}

/*
 * How many of X's first bytes (from tsv_load_digits) were digits, 8 if
 * all. A byte below '0' is left with its top bit set, one above '9'
 * gets it once 0x76 is added; a borrow or a carry moves only to later
 * bytes, past the first that is not a digit.
 */
static inline int
tsv_digits_len(uint64_t x)
{
	uint64_t	 bad;

	bad = (x | (x + 0x7676767676767676ull)) & 0x8080808080808080ull;
	if (bad == 0)
		return 8;
#if defined(__GNUC__) || defined(__clang__)
	return __builtin_ctzll(bad) / 8;
#else
	{
		int	 k = 0;

		for (; (bad & 0x80) == 0; bad >>= 8)
			k++;
		return k;
	}
#endif
}

/* The number the first K (1 to 8) digits of X spell. */
static inline uint64_t
tsv_digits_value(uint64_t x, int k)
{
	/* The digits last, after zeros; then summed in pairs, fours, eights. */
	x <<= 64 - 8 * k;
	x = (x * 2561) >> 8 & 0x00ff00ff00ff00ffull;
	x = (x * 6553601) >> 16 & 0x0000ffff0000ffffull;
	return (x * 42949672960001ull) >> 32;
}

static inline char *
tsv_decimal(char *s, const char *lim, long long *v, bool *ok)
{
	static const uint64_t	 scale[] = { 1, 10, 100, 1000, 10000,
	    100000, 1000000, 10000000 };
	uint64_t		 x, y, n;
	char			*d = s + (*s == '-');
	int			 k, j;

	if (lim - d < 16)
		return tsv_decimal_plain(s, v, ok);
	x = tsv_load_digits(d);
	if ((k = tsv_digits_len(x)) == 0)
		return tsv_decimal_plain(s, v, ok);
	if (k == 1)
		n = x & 0xff;
	else if (k < 8)
		n = tsv_digits_value(x, k);
	else {
		y = tsv_load_digits(d + 8);
		if ((j = tsv_digits_len(y)) == 8)
			return tsv_decimal_plain(s, v, ok);
		n = tsv_digits_value(x, 8);
		if (j > 0)
			n = n * scale[j] + tsv_digits_value(y, j);
		k += j;
	}
	if (d[k] != '\t' && d[k] != '\0')
		return tsv_decimal_plain(s, v, ok);
	*ok = true;
	*v = d > s ? -(long long)n : (long long)n;
	return d + k;
}

#endif
