/*
 * tsv_field: the fields of the tab-separated text files feedwright
 * keeps (ledger.tsv, .feedwright-cache): lines split at tabs, and a
 * backslash, tab or newline inside a field written as \\, \t or \n.
 */
#ifndef TSV_FIELD_H
#define TSV_FIELD_H

#include <stdbool.h>
#include <stddef.h>

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

#endif
