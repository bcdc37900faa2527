/*
 * validate_int: what the validator's modules share and nothing else
 * includes: the per-file context, the tree helpers used on expanded
 * subtrees, and the entry points of the format modules. The tables that
 * describe the vocabularies, and their walker step, are validate_vocab.h.
 */
#ifndef FEEDWRIGHT_VALIDATE_INT_H
#define FEEDWRIGHT_VALIDATE_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlversion.h>
#include <libxml/xmlreader.h>

#include "idkeys.h"
#include "util.h"
#include "validate_report.h"
#include "xml_pull.h"

#define NS_ATOM		"http://www.w3.org/2005/Atom"
#define NS_ATOM03	"http://purl.org/atom/ns#"
#define NS_XHTML	"http://www.w3.org/1999/xhtml"
#define NS_XML		"http://www.w3.org/XML/1998/namespace"
#define NS_RDF		"http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_RSS10	"http://purl.org/rss/1.0/"
#define NS_APP		"http://www.w3.org/2007/app"

struct vschema;
struct vctx;
struct where;

/* A line and column of the input (columns count characters). */
struct place {
	unsigned long	 line, col;
};

/* A set of 64-bit hashes, for uniqueness checks across a whole feed. */
struct hashset {
	uint64_t	*slot;		/* 0 = empty */
	size_t		 n, cap;
	bool		 full;		/* refused a new value */
};

void	 hashset_free(struct hashset *h);
/* Adds h; returns true if it was already there. */
bool	 hashset_add(struct hashset *h, uint64_t v);
bool	 hashset_has(const struct hashset *h, uint64_t v);

/*
 * T's table from libxml2's allocator, which validate_mem.c counts: a
 * feed of 500,000 entries (16 MiB of table) then meets validate's memory
 * limit with the rest of what it holds, not on top of it.
 */
void	 ids_in_limit(struct idkeys *t);
/*
 * Adds KEY (LEN bytes) to c->ids; true if it was there. The first key
 * refused (the set is full) is warned about, at N.
 */
bool	 id_seen(struct vctx *c, xmlNodePtr n, const char *key, size_t len);

#define NS_FH		"http://purl.org/syndication/history/1.0"
#define NS_THR		"http://purl.org/syndication/thread/1.0"

/* What RFC 5005 asks about, seen in the feed's head (validate_history.c). */
struct history_seen {
	struct place	 archive, complete;	/* line 0: absent */
	struct place	 paging, current;	/* the first such link's */
	const char	*paging_rel;		/* static */
	bool		 self;
	/* Of the hrefs resolved and normalised (history_link). */
	uint64_t	 self_hash, current_hash;
	bool		 self_abs, current_abs;	/* an xml:base made it absolute */
};

/* The state of one file's validation. */
struct stray;
struct decl_at;

/* Bytes a file's declared encoding cannot read (validate_badbytes.c). */
struct bad_bytes {
	unsigned long	 line, col;	/* where the first of them is */
	unsigned char	 bytes[4];	/* they, as far as the file goes */
	size_t		 n;
};

struct vctx {
	struct xml_pull	*pull;
	struct report	*rep;
	bool		 own_output;	/* validator_trust_own_output */
	struct vschema	*entry_schema;	/* entry or item subtrees */
	struct vschema	*full_schema;	/* the header document */
	xmlDocPtr	 header;	/* copy of the feed minus entries */
	xmlNodePtr	 header_parent;	/* where header children go */
	size_t		 header_kids;
	size_t		 header_foreign;
	bool		 header_over;	/* past SCHEMA_MAX_KIDS: not checked */
	struct idkeys	 ids;		/* ids and guids seen */
	struct history_seen hist;	/* RFC 5005, for history_end */
	bool		 broken;	/* fatal XML error: stop judging */
	bool		 too_large;	/* stopped at a limit: said once */
	struct {
		bool	 seen;		/* bytes its encoding cannot read */
		unsigned long line, col;	/* where the parser was then */
		char	 what[64];	/* libxml2's "0x93 0x78 ..." */
		struct bad_bytes cut;	/* ASCII's, found first; line 0: none */
		const char *ascii_path;	/* declared ASCII, not looked in yet */
	} bad;
	bool		 ids_full_said;	/* the warning about ids.full */
	bool		 mrss_said;	/* the Media RSS namespace error */
	bool		 itunes_said;	/* the miscased iTunes namespace's */
	uint32_t	 prefix_said;	/* ext_prefixes' warnings, a bit each */
	char		 encoding[32];	/* the file's when not UTF-8, else "" */
	bool		 lang_everywhere;	/* check_markup checks xml:lang */
	struct where	*where;		/* the input's start tags' places */
	const unsigned long *input_bytes;	/* read so far */
	size_t		 entity_bytes;	/* copies of entities' text made */
	size_t		 entity_here;	/* of them, in check_markup's subtree */
	bool		 entity_used_said;
	bool		 default_said;	/* an attribute from the DTD */
	xmlNodePtr	 attrs_done;	/* entity_attrs' last, still alive */
	size_t		 attrs_kept;	/* its references left in attributes */
	/*
	 * Entities met in attribute values that libxml2 did not expand (an
	 * RSS 0.91 DTD one, or one declared nowhere validate reads), by name:
	 * libxml2 leaves them out and hangs a reference on the parent
	 * element, which is no text of the file. At most STRAYS_MAX names.
	 */
	struct stray	*strays;
	size_t		 nstrays;
	/* The subset's attribute defaults, by address, with their order. */
	struct decl_at	*decls;
	size_t		 ndecls;
	bool		 decls_read;
	char		 last_xml[128];	/* parsers repeat */
};

/* Reports a problem breaking RULE at NODE's line. */
void	 vreport(struct vctx *c, xmlNodePtr node, enum rule rule,
	    const char *fmt, ...)
	    __attribute__((format(printf, 4, 5)));

/* buf_init, but data is an empty string at once, never NULL. */
void	 vbuf_init(struct buf *b);

/* Tree helpers; names are compared as UTF-8 strings. */
bool	 node_in(xmlNodePtr n, const char *ns);	/* NULL ns = none */
bool	 node_is(xmlNodePtr n, const char *ns, const char *name);
const char *node_name(xmlNodePtr n);
/* "atom:name" for Atom, else "prefix:name" or "name": for messages. */
const char *node_qname(xmlNodePtr n, char *out, size_t size);
/*
 * The text of N's direct text and CDATA children, into B (cleared). Returns
 * the number of child elements met (check_markup has expanded entities).
 */
size_t	 node_text(xmlNodePtr n, struct buf *b);
/* What node_text returns and whether B would be blank, without a copy. */
size_t	 node_elements(xmlNodePtr n);
bool	 node_text_blank(xmlNodePtr n);
/* node_text of N trimmed as trim_into does, into OUT. */
void	 node_trimmed(xmlNodePtr n, struct buf *out);
/*
 * NAME is WANT. Names are compared for every element and attribute, and
 * most differ in their first letter: that is looked at before strcmp.
 */
static inline bool
name_is(const char *name, const char *want)
{
	return name[0] == want[0] && strcmp(name, want) == 0;
}
bool	 is_blank(const char *s);
/* XML's white space (2.3 S): space, tab, line feed, carriage return. */
bool	 is_xml_space(char ch);
bool	 has_space(const char *s);
/* s without leading and trailing XML white space, into b. */
void	 trim_into(const char *s, struct buf *b);
/* An attribute in no namespace (ns NULL) or in NS; into B; false if absent. */
bool	 attr_get(xmlNodePtr n, const char *ns, const char *name,
	    struct buf *b);
/*
 * Expands the internal entities referenced in N's subtree, reporting the
 * references it leaves, and supplies the attributes the internal subset
 * gives default values (validate_entity.c); when lang_everywhere is
 * set, reports each xml:lang that is no language tag (XML 1.0 2.12);
 * returns how many references are left.
 */
size_t	 check_markup(struct vctx *c, xmlNodePtr n);
/* Netscape's RSS 0.91 DTD: its public id, and where it was served. */
#define RSS091_PUBLIC_ID	"-//Netscape Communications//DTD RSS 0.91//EN"
#define RSS091_NETSCAPE	"http://my.netscape.com/publish/formats/rss-0.91.dtd"
#define RSS091_RSSBOARD	"http://www.rssboard.org/rss-0.91.dtd"
/*
 * The character the RSS 0.91 DTD declares entity NAME to be, if DOC's
 * DOCTYPE names that DTD; else 0.
 */
int	 rss091_entity(xmlDocPtr doc, const char *name);
/*
 * check_markup's work on N's attributes alone, for an element whose
 * children are walked one at a time (the root, an RSS channel).
 */
void	 entity_attrs(struct vctx *c, xmlNodePtr n);
/*
 * The most attribute defaults the internal subset gives one element:
 * libxml2 adds them to each such element in time quadratic in their
 * number, so past DTD_DEFAULTS_MAX validate reads no further.
 */
#define DTD_DEFAULTS_MAX	32	/* "32" in validate.c's message */
size_t	 dtd_defaults_most(xmlDocPtr doc);
/*
 * An entity NAME in an attribute value that libxml2 left out, hanging a
 * stray reference on PARENT, the parent of the element: that reference
 * is dropped when met, as no text of the file. False when STRAYS_MAX are
 * pending: then it is met as any other reference, and said there.
 * entity_strays_free frees the list.
 */
#define STRAYS_MAX	1024
bool	 entity_stray(struct vctx *c, xmlNodePtr parent, const char *name);
void	 entity_strays_free(struct vctx *c);
/* Frees the index of attribute defaults default_attrs made. */
void	 entity_decls_free(struct vctx *c);
/* A reference REF among PARENT's child elements (validate_entity.c). */
void	 entity_between(struct vctx *c, xmlNodePtr parent, xmlNodePtr ref);
/* N's xml:lang, if any and not empty, is a language tag, or is reported. */
void	 check_xml_lang(struct vctx *c, xmlNodePtr n);
/* The same of N's attribute NAME in namespace NS (NULL: none), as RULE. */
void	 check_lang_attr(struct vctx *c, xmlNodePtr n, const char *ns,
	    const char *name, enum rule rule);

/*
 * N, the name of a textInput (RSS 0.91 to 2.0) or textinput (RSS 1.0), holds
 * V: an HTML form field name (a NAME token), or it is reported.
 */
void	 check_form_name(struct vctx *c, xmlNodePtr n, const char *v);

/* Value syntax checks shared by the formats. */
bool	 is_mime_type(const char *s);
bool	 is_language_tag(const char *s);
bool	 is_nonneg_integer(const char *s);
bool	 is_base64(const char *s);
/* s starts with "tag:" / "urn:": the rest follows RFC 4151 / RFC 2141. */
bool	 is_tag_uri(const char *s);
bool	 is_urn(const char *s);
/* scheme "://" authority..., ASCII only: a URL a reader can fetch. */
bool	 is_full_url(const char *s);
/* is_full_url, and its scheme http or https (in any case). */
bool	 is_http_url(const char *s);
/*
 * Why V is not an absolute URL, as words to follow it in a message, or
 * NULL if it is one: RSS 2.0's and RSS 1.0's links, alike.
 */
const char *url_problem(const char *v);

/*
 * Checks a date element's text; kind is 'a' (RFC 3339, Atom), 'r' (RFC
 * 822, RSS), 'w' (W3CDTF) or 'e' (W3CDTF, the zone optional).
 */
void	 check_date(struct vctx *c, xmlNodePtr n, const char *text,
	    int kind);

/* Header document: the feed without its entries, for the full schema. */
void	 header_add(struct vctx *c, xmlNodePtr child, bool foreign);

/* Schema checks of one subtree; errors become "schema" problems. */
/*
 * libxml2's RELAX NG takes time quadratic in the children of one element:
 * past this many element children (not counting what hide_free takes out:
 * the content of extension elements and the like, and the extension
 * elements past the first SCHEMA_FOREIGN_KEPT where any number pass), a
 * subtree is refused, too-large, rather than checked; the feed head too.
 * Real feeds have tens.
 */
#define SCHEMA_MAX_KIDS		1000
#define SCHEMA_MAX_KIDS_TEXT	"1,000"
#define SCHEMA_FOREIGN_KEPT	100
/* HOME: the grammar's own namespace (NULL: none), see hide_free. */
struct vschema *vschema_new(const char *rng, size_t len, const char *start,
	    const char *home);
void	 vschema_free(struct vschema *s);
void	 vschema_check(struct vctx *c, struct vschema *s, xmlNodePtr node);
/*
 * The subtree N, free of errors by the hand rules, surely matches the
 * define START ("atomEntry", "item") too (validate_schema_implied.c).
 */
bool	 schema_implied(const char *start, xmlNodePtr n);
/*
 * N is an atom:content that atom.rng's atomInlineOtherContent accepts
 * whatever its children are: its attributes match it, and it has no src.
 */
bool	 atom_content_any(xmlNodePtr n);

/* Where an atom:link stands, for the few rules that depend on it. */
enum link_place { LINK_ATOM, LINK_RSS_CHANNEL, LINK_RSS_ITEM };
/* The links of one feed, entry, source, channel or item. */
struct link_seen {
	bool		 self, alternate, hub;
	unsigned long	 hub_line;	/* the first hub link's */
	struct buf	*alts;		/* Atom: "type\1hreflang" */
	size_t		 nalts;
};
void	 link_seen_free(struct link_seen *s);
/*
 * Checks the atom:link N of WHAT ("feed", "entry", ...; for messages),
 * recording in SEEN (may be NULL) its self, alternate and hub relations.
 */
void	 atom_link_check(struct vctx *c, xmlNodePtr n, enum link_place where,
	    const char *what, struct link_seen *seen);

/* Known extension modules (Dublin Core, syndication, ...), for RSS. */
void	 ext_check(struct vctx *c, xmlNodePtr n, const char *parent);
/* The same for the Media RSS and GeoRSS children of an Atom feed or entry. */
void	 ext_check_atom(struct vctx *c, xmlNodePtr n, const char *parent);
/*
 * N's namespace declarations: a prefix feeds give a vocabulary validate
 * knows, bound to another namespace (ext-prefix). Each element once.
 */
void	 ext_prefixes(struct vctx *c, xmlNodePtr n);
/* Whether N is a podcast:liveItem, which holds what an item holds. */
bool	 ext_is_live_item(xmlNodePtr n);

/*
 * The walker: hands each child element of the reader's current element
 * to FN as an expanded subtree (freed after), unless DESCEND (may be NULL)
 * takes it, in which case DESCEND walks it itself. Text that is not white
 * space is reported as unexpected.
 */
typedef void (*child_fn)(struct vctx *, xmlNodePtr, void *);
typedef bool (*descend_fn)(struct vctx *, xmlNodePtr, void *);
int	 walk_children(struct vctx *c, child_fn fn, descend_fn descend,
	    void *st);

/*
 * Memory of libxml2: vmem_count starts counting (false if this system
 * cannot); vmem_live is the bytes held, to compare with an earlier value.
 */
bool	 vmem_count(void);
long long vmem_live(void);
/* Whether it has grown by more than LIMIT (0: none) since it was BASE. */
bool	 vmem_past(long long base, size_t limit);

/* The too-large messages, also feed_keys.c's: one refusal, one wording. */
#define TOO_LARGE_ATTRS_MSG "an element with more than 10,000 attributes, " \
	"more than validate reads"
#define TOO_LARGE_DECLS_MSG "a DOCTYPE with more than 10,000 declarations, " \
	"comments, processing instructions and parameter-entity references, " \
	"more than validate reads"
#define TOO_LARGE_PE_MSG "a DOCTYPE that refers to a parameter entity " \
	"while one it declares refers to another, which validate does not read"
#define TOO_LARGE_MEM_FMT "validate stops here: checking the document " \
	"would take more than %zu MiB of memory at once (an entry, an item " \
	"or another element this large)"

/*
 * Reports what the first N bytes B of a file show it to be, if that is
 * not XML (WHOLE: they are the whole file) or, if FEED, not an XML feed
 * (an HTML page); true if it did.
 */
bool	 sniff_not_xml(const unsigned char *b, size_t n, bool whole,
	    bool feed, struct report *rep);
/*
 * The first bytes start a JSON value (after a byte order mark and white
 * space): see sniff_json_value, for bytes past the white space.
 */
bool	 sniff_json(const unsigned char *b, size_t n);
bool	 sniff_json_value(const unsigned char *b, size_t n);
/* How many of the N bytes at B are white space (RFC 8259 2: ws). */
size_t	 sniff_json_space(const unsigned char *b, size_t n);

/* Whether a file beginning with HEAD (ASCII-compatible, NUL-ended) is UTF-8. */
bool	 sniff_utf8(const char *head);
/*
 * Whether the file whose first N bytes are B is not in UTF-8: UTF-16 (by
 * its byte order mark or first "<"), or another encoding its declaration
 * names, whose name goes into ENC (else "").
 */
bool	 sniff_not_utf8(const unsigned char *b, size_t n, char *enc,
	    size_t size);
/* The encoding the XML declaration at HEAD names, into ENC; false if none. */
bool	 sniff_declared_encoding(const char *head, char *enc, size_t size);

/* The first bytes of a file its encoding cannot read (validate_badbytes.c). */
/* Finds them in the file PATH, read as ENC; false if none or no way to. */
bool	 bad_bytes_find(const char *path, const char *enc, struct bad_bytes *w);

/*
 * Where each start tag of the input begins (validate_where.c): its line
 * and column, found by the scan below, given to the element libxml2
 * makes of it (in its _private), for vreport. libxml2 itself keeps only
 * the line where a start tag ends.
 */
struct tag_where {
	unsigned long	 line, col;
	uint32_t	 name;		/* hash of its local name's ASCII */
};
struct where {
	bool		 on;		/* off: no element is given a place */
	bool		 utf8;		/* count characters, not bytes */
	bool		 lost;		/* tags and elements out of step */
	bool		 cr;		/* the last unit seen was a CR */
	unsigned long	 line;		/* where the bytes seen end */
	long		 col;		/* characters on it (-1: a BOM) */
	struct tag_where tag;		/* the start tag being read */
	struct tag_where *q;		/* a ring: not yet made elements */
	size_t		 head, n, cap;
	xmlDocPtr	 doc;		/* the document libxml2 makes */
	xmlRegisterNodeFunc old;	/* the thread's callback before */
};
/* ON: places are kept; UTF8 and BOM as the input's first bytes say. */
void	 where_init(struct where *w, bool on, bool utf8, bool bom);
/* Until where_stop, the elements libxml2 makes in this thread get places. */
void	 where_start(struct where *w);
void	 where_stop(struct where *w);
/* PAUSE: the elements made until where_pause(W, false) are not the input's. */
void	 where_pause(struct where *w, bool pause);
/* The bytes [P, END) were seen (one byte a character unit). */
void	 where_seen(struct where *w, const unsigned char *p,
	    const unsigned char *end);
/* One UTF-16 code unit C was seen. */
void	 where_unit(struct where *w, unsigned c);
/* A start tag begins here (its "<" not yet seen), and its name is done. */
void	 where_tag(struct where *w);
void	 where_tag_named(struct where *w);
/*
 * Where node N is reported: its start tag's line and column, else
 * libxml2's line and column 1; line 0 (column 1) for no node or no line.
 */
struct place node_place(xmlNodePtr n);
/* TO, a copy of FROM (and its subtree, if copied), is given FROM's places. */
void	 where_copy(xmlNodePtr from, xmlNodePtr to);
/* FNV-1a over the ASCII characters of a name, one at a time. */
#define WHERE_HASH_INIT	2166136261u
#define WHERE_HASH(h, c) ((c) < 0x80 ? ((h) ^ (uint32_t)(c)) * 16777619u : (h))

/*
 * The attributes of start tags, and the declarations of the internal
 * subset (comments, processing instructions and parameter-entity
 * references too), counted in the input (validate_scan.c).
 */
#define SCAN_MAX_ATTRS	10000	/* "10,000" in TOO_LARGE_ATTRS_MSG */
#define SCAN_MAX_DECLS	10000	/* "10,000" in TOO_LARGE_DECLS_MSG */
struct markup_scan {
	int		 state, unit;	/* unit: 1 byte, or 2 (UTF-16) */
	bool		 le;		/* UTF-16LE */
	int		 pending;	/* first byte of a UTF-16 unit, or -1 */
	unsigned	 quote, run;
	unsigned long	 attrs;
	unsigned long	 decls;		/* of the internal subset */
	/* The declaration being read: its tokens, the last one's hash. */
	unsigned	 tok;
	bool		 in_tok, pe;	/* pe: "<!ENTITY %" */
	uint32_t	 h, kw;
	/*
	 * Parameter entities with a value: the most items ("<") one holds,
	 * each reference counted as that many; whether a value refers to
	 * another ("%", "&#37;", "&#x25;"), read in PE_VALUE's literal.
	 */
	bool		 pe_value, pe_nested;
	unsigned long	 pe_items, pe_most;
	int		 cref;		/* in "&#...;": 1 "&", 2 "&#", 3, 4 */
	unsigned long	 cval;
	const char	*over;		/* the limit passed: a message */
	struct where	 where;		/* where each start tag begins */
};
/* WHERE_ON: start tags' places are kept (where_init's arguments). */
void	 scan_init(struct markup_scan *s, int unit, bool le, bool where_on,
	    bool utf8, bool bom);
/*
 * scan_init for a file whose first N bytes are HEAD (NUL-terminated, for
 * sniff_utf8): UTF-16 by its byte order mark or its first "<"; else bytes.
 */
void	 scan_init_head(struct markup_scan *s, const char *head, size_t n,
	    bool where_on);
void	 scan_free(struct markup_scan *s);
/*
 * Scans N more bytes; false once past a limit, S->over saying which: a
 * start tag with too many attributes, an internal subset with too many
 * declarations (a reference to a parameter entity counts as the most a
 * value declared holds: libxml2 parses the text again at each reference,
 * in one call), or one that refers to a parameter entity while a value
 * declared refers to another (nested: 10^6 comments from 500 bytes took
 * more than 60 s).
 */
bool	 scan_bytes(struct markup_scan *s, const unsigned char *b, size_t n);

/*
 * RFC 5005 (validate_history.c): an fh: element N, whose PARENT is "feed",
 * "entry", "channel" or "item"; a link of the feed's head with REL; and,
 * at the head's end, the conflicts between what was seen.
 */
void	 history_element(struct vctx *c, xmlNodePtr n, const char *parent);
void	 history_link(struct vctx *c, xmlNodePtr n, const char *rel);
void	 history_end(struct vctx *c);
/* A relation that describes the feed: archive, paging or hub. */
bool	 is_feed_rel(const char *rel);

/* Format modules: called with the reader on the root element. */
void	 atom_validate(struct vctx *c, xmlNodePtr root);
void	 rss_validate(struct vctx *c, xmlNodePtr root);
/* RSS 1.0, and RSS 0.90 refused (validate_rdf.c). */
void	 rdf_validate(struct vctx *c, xmlNodePtr root);

#endif
