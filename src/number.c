/*
 * number: digits, and a sign and a fraction where allowed. strtod and
 * strtoul are not the grammar: they take white space, "0x", exponents
 * and "inf", and wrap or saturate; they only compute a value that this
 * grammar has already accepted.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "number.h"

bool
number_valid(const char *s, size_t n, unsigned flags)
{
	size_t	 i = 0, a, b = 0, j;
	bool	 minus = false;

	if (flags & NUMBER_SPACE) {
		for (; n > 0 && memchr(" \t\r\n", s[0], 4) != NULL; s++, n--)
			;
		for (; n > 0 && memchr(" \t\r\n", s[n - 1], 4) != NULL; n--)
			;
	}
	if ((flags & (NUMBER_SIGN | NUMBER_PLUS)) && n > 0 &&
	    (s[0] == '+' || s[0] == '-')) {
		minus = s[0] == '-' && !(flags & NUMBER_SIGN);
		i++;
	}
	for (a = 0; i < n && s[i] >= '0' && s[i] <= '9'; i++)
		a++;
	if ((flags & NUMBER_FRACTION) && i < n && s[i] == '.')
		for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			b++;
	/* NUMBER_PLUS's "-": only zero may have it ("-0", "-0.00"). */
	for (j = 1; minus && j < n; j++)
		if (s[j] != '0' && s[j] != '.')
			return false;
	return i == n && a + b > 0;
}

bool
number_decimal(const char *s, double *out)
{
	if (!number_valid(s, strlen(s), NUMBER_SIGN | NUMBER_FRACTION))
		return false;
	*out = strtod(s, NULL);
	return true;
}

bool
number_unsigned(const char *s, size_t n, unsigned long max,
    unsigned long *out)
{
	unsigned long	 v = 0, d;
	size_t		 i;

	if (!number_valid(s, n, 0))
		return false;
	for (i = 0; i < n; i++) {
		d = (unsigned long)(s[i] - '0');
		if (d > max || v > (max - d) / 10)
			return false;
		v = v * 10 + d;
	}
	*out = v;
	return true;
}
