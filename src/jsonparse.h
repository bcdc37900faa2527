/*
 * jsonparse: a strict RFC 8259 JSON reader, for the validator. It reads
 * a whole document from memory into a tree, refusing what the RFC does
 * not allow (bytes that are not UTF-8, a byte order mark, comments,
 * trailing commas, bad escapes, lone surrogates, numbers outside the
 * grammar) and stopping at the first such fault with its line and column.
 * Nesting deeper than JSON_MAX_DEPTH and a tree larger than a caller's
 * budget stop it too, so a hostile file cannot exhaust the stack or
 * memory. jsonout.c is the writer; the two share nothing.
 */
#ifndef FEEDWRIGHT_JSONPARSE_H
#define FEEDWRIGHT_JSONPARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define JSON_MAX_DEPTH	256	/* "256 levels" in the man page */

enum jtype {
	J_NULL,
	J_FALSE,
	J_TRUE,
	J_NUMBER,
	J_STRING,
	J_ARRAY,
	J_OBJECT
};

struct jnode {
	enum jtype	 type;
	unsigned long	 line, col;	/* where the value starts, 1-based */
	char		*str;		/* J_STRING: decoded, NUL-terminated;
					   J_NUMBER: its text */
	size_t		 len;		/* of str (a string may hold NULs) */
	char		*key;		/* member of an object: its name */
	size_t		 keylen;
	unsigned long	 key_line, key_col;
	struct jnode	*kids, *next;	/* arrays and objects, in order */
};

enum jerr {
	JERR_NONE,
	JERR_SYNTAX,		/* not RFC 8259 JSON */
	JERR_LIMIT		/* too deep, or past the memory budget */
};

/* A duplicate name in one object: reported, parsing goes on. */
typedef void (*jdup_fn)(void *arg, const struct jnode *first,
    const struct jnode *again);

struct jparse {
	/* Set by the caller. */
	size_t		 budget;	/* bytes the tree may take; 0: none */
	jdup_fn		 on_duplicate;	/* may be NULL */
	void		*arg;
	/* Set by json_parse on failure. */
	enum jerr	 err;
	unsigned long	 line, col;
	char		 msg[160];
	/* Internal. */
	const unsigned char *p, *end, *line_start;
	unsigned long	 cur_line;
	size_t		 used;
	uint64_t	 seed;		/* of the duplicate names' table */
};

/*
 * Parses the N bytes at S. Returns the root value, or NULL with P->err,
 * line, col and msg set. The caller frees the tree with json_free.
 */
struct jnode *json_parse(struct jparse *p, const char *s, size_t n);
void	 json_free(struct jnode *n);

/* The member of object O named NAME (the last, if repeated), or NULL. */
const struct jnode *json_get(const struct jnode *o, const char *name);
/* "string", "number", "an object"... for messages. */
const char *json_type_name(enum jtype t);

#endif
