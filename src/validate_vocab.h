/*
 * validate_vocab: one way to describe a vocabulary, and the one walker
 * step that judges an element by it. A table's rows say, for each element
 * (namespace and local name): the parents it may appear in, in which of
 * them at most once and in which it is required, its value type (the
 * format's own enumeration, read by the shared grammars) and the
 * attributes it defines. The table carries the rule ids and phrasing of
 * its format's messages, so that Atom 1.0, RSS 2.0, RSS 1.0 and the
 * extension modules keep theirs while counting is done one way.
 */
#ifndef FEEDWRIGHT_VALIDATE_VOCAB_H
#define FEEDWRIGHT_VALIDATE_VOCAB_H

#include "validate_int.h"
#include "validate_vocab_index.h"

/* The rows of one table, at most (a count is kept for each). */
#define VOCAB_MAX	160

/* How an attribute's value is read: by the shared grammars. */
enum vattr_type {
	VA_ANY,		/* not judged here */
	VA_URL,		/* an absolute URI, ASCII only (uri.c) */
	VA_HTTP_URL,	/* http:// or https:// and a host (is_full_url) */
	VA_COUNT,	/* a non-negative integer (number.c) */
	VA_PORT,	/* 0 to 65535 (number.c) */
	VA_MIME,	/* a MIME type (mimetype.c) */
	VA_WORD,	/* one of WORDS */
	VA_WORD_ANY_CASE /* one of WORDS, in any case */
};

/*
 * An attribute (in no namespace) a row defines: whether it is required
 * (if absent: "E has no NAME attribute", breaking MISSING) and how its
 * value is read (if wrong: "E NAME \"value\" WRONG_TEXT", breaking
 * WRONG). A row's list ends with a NULL name.
 */
struct vattr {
	const char	*name;
	bool		 required;
	enum vattr_type	 type;
	enum rule	 missing, wrong;
	const char	*wrong_text;
	const char	*words;		/* VA_WORD*: " a b c " */
};

/*
 * An element: ONCE and REQUIRED are its maximum (1, else unbounded) and
 * minimum (1, else 0) occurrences, as the parents' bits they hold in.
 */
struct vrow {
	const char	*ns;		/* NULL: no namespace */
	const char	*name;
	unsigned	 parents;	/* the table's parent bits */
	unsigned	 once;		/* parents that hold it once at most */
	unsigned	 required;	/* parents that require it */
	int		 value;		/* the format's value type */
	const struct vattr *attrs;	/* the attributes it defines */
};

struct vtable {
	const struct vrow *rows;
	size_t		 n;
	struct vindex	*index;		/* the rows by name: its own, zeroed */
	/*
	 * Messages: parents and required elements are named PREFIX + name
	 * ("atom:title"); a met element by its qualified name if QUALIFIED,
	 * else PREFIX + its local name. FORMAT ends the unknown element's
	 * message ("RSS 2.0", after "in"; NULL: unknown elements are
	 * extensions, not reported), NEED the missing one's (", which is
	 * required"), DUP_TAIL the one too many's (", which may occur once").
	 */
	const char	*prefix;
	bool		 qualified;
	const char	*format;
	const char	*need;
	const char	*dup_tail;
	enum rule	 unknown, duplicate, missing;
	bool		 each_extra;	/* report each one too many, not one */
	/* Whether N is the row R's element; NULL: namespace and name. */
	bool		(*is)(xmlNodePtr n, const struct vrow *r);
	/*
	 * vocab_element's: ATTRS_FIRST, if set, checks the attributes of
	 * N (row R, NULL if none) before it is counted, whatever its count
	 * (Atom's, with xml:base and xml:lang); else an attribute in no
	 * namespace that N's row does not define breaks UNKNOWN_ATTR, its
	 * message ending in ATTR_FORMAT (NULL: not checked), then HINT for
	 * the rows of value HINTED. Then the row's attribute columns are
	 * checked, and CHECK judges N's value by its row R and what a row
	 * cannot say (ARG is the walker's).
	 */
	void		(*attrs_first)(struct vctx *c, const struct vrow *r,
			    xmlNodePtr n);
	const char	*attr_format;
	enum rule	 unknown_attr;
	int		 hinted;
	const char	*hint;
	void		(*check)(struct vctx *c, const struct vrow *r,
			    xmlNodePtr n, void *arg);
};

/* What one parent element holds, counted against a table. */
struct vcount {
	const struct vtable *t;
	const char	*parent;	/* in messages, without the prefix */
	unsigned	 bit;		/* the parent's bit in the rows */
	unsigned char	 seen[VOCAB_MAX];	/* saturates at 255 */
};

void	 vocab_init(struct vcount *k, const struct vtable *t, unsigned bit,
	    const char *parent);
/* N's row under K's parent, its index into *I; NULL if it has none. */
const struct vrow *vocab_find(const struct vcount *k, xmlNodePtr n,
	    size_t *i);
/*
 * Counts N under K's parent: its row, or NULL if it has none (reported
 * as unknown if the table says so) or is one too many (reported).
 */
const struct vrow *vocab_count(struct vctx *c, struct vcount *k,
	    xmlNodePtr n);
/* The same, for the row R (NULL: none) and index I vocab_find gave. */
const struct vrow *vocab_add(struct vctx *c, struct vcount *k,
	    xmlNodePtr n, const struct vrow *r, size_t i);
/*
 * The walker step: counts N as vocab_count does and, if it has a row and
 * is not one too many, checks its attributes and hands it to the table's
 * CHECK. Returns its row, or NULL.
 */
const struct vrow *vocab_element(struct vctx *c, struct vcount *k,
	    xmlNodePtr n, void *arg);
/* N's attributes in no namespace, by its row R (may be NULL: none). */
void	 vocab_attrs(struct vctx *c, const struct vtable *t,
	    const struct vrow *r, xmlNodePtr n);
/* At the parent AT's end: each required row not seen is reported. */
void	 vocab_require(struct vctx *c, const struct vcount *k, xmlNodePtr at);
/* How often the row I was seen. */
unsigned vocab_seen(const struct vcount *k, size_t i);
/* The row R (may be NULL: none) defines the attribute NAME. */
bool	 vocab_attr_defined(const struct vrow *r, const char *name);
/*
 * The trimmed text of the simple element N into OUT (NULL: not wanted);
 * a child element is reported as breaking RULE.
 */
void	 vocab_text(struct vctx *c, xmlNodePtr n, enum rule rule,
	    struct buf *out);

/*
 * Per-parent record of the known extension elements seen, zeroed before
 * the first ext_count (validate_ext.c).
 */
struct ext_counts {
	struct vcount	 k;
	bool		 self, hub;	/* atom:link rel="self", "hub" */
	bool		 itunes;	/* an itunes: element of the table */
	/* The format's own language (RSS <language>), set by its walker. */
	bool		 language;
	unsigned long	 hub_line;
	/* The RSS description: its bytes, trimmed, and place. */
	size_t		 description_bytes;
	struct place	 description_at;
	/* A channel's itunes:type serial; its items without itunes:episode. */
	bool		 serial;
	unsigned long	 unnumbered, unnumbered_line;
};
/* Records N; reports a second of an element that may occur once. */
void	 ext_count(struct vctx *c, xmlNodePtr n, struct ext_counts *k,
	    const char *parent);
/* At the item ITEM's end: its enclosures, if an episode for Apple. */
void	 ext_enclosures(struct vctx *c, xmlNodePtr item,
	    const struct ext_counts *k);
/* Notes the channel's RSS description N in K, for ext_require. */
void	 ext_note_description(xmlNodePtr n, struct ext_counts *k);
/* At the item ITEM's end (K): its description, if an episode for Apple. */
void	 ext_description(struct vctx *c, xmlNodePtr item,
	    struct ext_counts *k);
/* At the item ITEM's end (K): counted in CHANNEL if it has no number. */
void	 ext_episode(xmlNodePtr item, const struct ext_counts *k,
	    struct ext_counts *channel);
/* At the channel N's end: the elements its vocabularies require. */
void	 ext_require(struct vctx *c, xmlNodePtr n,
	    const struct ext_counts *k);

#endif
