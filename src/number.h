/*
 * number: the one grammar of the numbers feeds, records and settings
 * carry as text: ASCII digits, with a sign and a fraction only where the
 * caller allows them (XML Schema's xs:integer and xs:decimal); never
 * an exponent, hex, "inf" or "nan", nor white space but around a value
 * XML Schema types (NUMBER_SPACE).
 */
#ifndef FEEDWRIGHT_NUMBER_H
#define FEEDWRIGHT_NUMBER_H

#include <stdbool.h>
#include <stddef.h>

#define NUMBER_SIGN	0x1	/* a leading "+" or "-" */
#define NUMBER_FRACTION	0x2	/* "." and digits, either side may be empty */
/*
 * A leading "+", or "-" before a zero: XML Schema's lexical space for the
 * non-negative integers (nonNegativeInteger and the types derived from
 * it), and for an xs:integer or xs:decimal whose meaning is not negative.
 * Only where the spec's grammar is XML Schema's: a number a spec gives
 * only in prose and digits is digits.
 */
#define NUMBER_PLUS	0x4
/*
 * White space before and after: XML Schema's whiteSpace "collapse", fixed
 * for xs:decimal and xs:integer, removes it before the value is read.
 * Only where the spec types the value so (podcast.xsd's attributes).
 */
#define NUMBER_SPACE	0x8

/* s[0..n) is digits, with what FLAGS allow; at least one digit. */
bool	number_valid(const char *s, size_t n, unsigned flags);

/* A signed xs:decimal (s a C string); its value into *out. */
bool	number_decimal(const char *s, double *out);

/*
 * s[0..n) is digits only (no sign), whose value is at most MAX; the value
 * into *out. A longer run of digits is refused, never wrapped.
 */
bool	number_unsigned(const char *s, size_t n, unsigned long max,
	    unsigned long *out);

#endif
