/*
 * jsonparse: a strict RFC 8259 JSON reader, for the validator. It reads
 * a document into a tree (json_parse: a whole document in memory;
 * json_parse_stream: from a reader, one element of the root object's
 * "items" array at a time, so memory stays flat), refusing what the RFC does
 * not allow (bytes that are not UTF-8, a byte order mark, comments,
 * trailing commas, bad escapes, numbers outside the grammar) and
 * stopping at the first such fault with its line and column. An escaped
 * lone surrogate ("\ud83d") the grammar allows (RFC 8259 8.2): it is a
 * fault too, unless the caller takes it (on_surrogate).
 * Nesting deeper than JSON_MAX_DEPTH and a tree larger than a caller's
 * budget stop it too, so a hostile file cannot exhaust the stack or
 * memory. jsonout.c is the writer; the two share nothing.
 */
#ifndef FEEDWRIGHT_JSONPARSE_H
#define FEEDWRIGHT_JSONPARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

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
	JERR_LIMIT,		/* too deep, too large, or past the budget */
	JERR_READ		/* the reader failed: read_errno */
};

/* As read(2) on a regular file: LEN bytes unless the end comes first. */
typedef ssize_t (*json_read_fn)(void *ctx, void *buf, size_t len);

/* A duplicate name in one object: reported, parsing goes on. */
typedef void (*jdup_fn)(void *arg, const struct jnode *first,
    const struct jnode *again);
/*
 * An escaped lone surrogate, code unit U, at LINE and COL: reported,
 * parsing goes on with the code point's three bytes in the string
 * (WTF-8: not UTF-8, but two such strings stay distinct).
 */
typedef void (*jsurrogate_fn)(void *arg, unsigned long line,
    unsigned long col, unsigned u);

/*
 * json_parse_stream: a root member named "items" whose value is an array
 * begins (each such member: the last is the one readers keep), and each
 * of its elements, parsed whole; the element is freed once this returns.
 */
typedef void (*jitems_fn)(void *arg);
typedef void (*jitem_fn)(void *arg, const struct jnode *item);

struct jparse {
	/* Set by the caller. */
	size_t		 budget;	/* bytes the tree may take; 0: none */
	jdup_fn		 on_duplicate;	/* may be NULL */
	jsurrogate_fn	 on_surrogate;	/* NULL: a lone surrogate is a fault */
	/*
	 * A byte order mark at the start: reported, and read past (RFC 8259
	 * 8.1 lets a parser ignore it); NULL: a fault that stops the parse.
	 */
	void		(*on_bom)(void *arg);
	void		*arg;
	/* For json_parse_stream only. */
	json_read_fn	 read;
	void		*read_ctx;
	size_t		 value_max;	/* bytes of one value held; 0: none */
	jitems_fn	 on_items;	/* may be NULL */
	jitem_fn	 on_item;	/* may be NULL */
	/* Set by json_parse on failure. */
	enum jerr	 err;
	unsigned long	 line, col;
	char		 msg[160];
	int		 read_errno;	/* JERR_READ */
	/* Internal. */
	const unsigned char *p, *end, *buf;	/* buf: where p counts from */
	unsigned long long base;	/* offset in the document of buf */
	unsigned long long line_off;	/* of the current line's start */
	unsigned long	 cur_line;
	size_t		 used;
	uint64_t	 seed;		/* of the duplicate names' table */
	unsigned char	*win;		/* json_parse_stream's window */
	size_t		 win_cap;
	bool		 eof;
};

/*
 * Parses the N bytes at S. Returns the root value, or NULL with P->err,
 * line, col and msg set. The caller frees the tree with json_free.
 */
struct jnode *json_parse(struct jparse *p, const char *s, size_t n);
void	 json_free(struct jnode *n);

/*
 * Reads a document from P->read. The root object's members are kept
 * whole, except an "items" array: its elements are handed to P->on_item
 * one by one and freed, so what is held at once is the root's other
 * members, one element, and P->value_max bytes of the document at most
 * (a root that is not an object, a member or an element larger is a
 * JERR_LIMIT fault; the root's with line and column 0). Messages and
 * places are json_parse's for the same bytes. Returns the root, its
 * "items" arrays without elements, or NULL with P->err set.
 */
struct jnode *json_parse_stream(struct jparse *p);

/*
 * Counts N bytes more that the caller holds for this document against
 * P->budget (the items' ids, which outlive their elements); false (a
 * JERR_LIMIT fault) past it. json_release gives them back.
 */
bool	 json_charge(struct jparse *p, size_t n);
void	 json_release(struct jparse *p, size_t n);

/* The member of object O named NAME (the last, if repeated), or NULL. */
const struct jnode *json_get(const struct jnode *o, const char *name);
/* "string", "number", "an object"... for messages. */
const char *json_type_name(enum jtype t);

#endif
