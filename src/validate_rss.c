/*
 * validate_rss: the rules of the RSS 2.0 specification (rss-2.0.txt, the
 * RSS Advisory Board text) that the schema cannot express: required
 * channel elements, an item's title or description, elements that occur
 * once, URLs, RFC 822 dates, e-mail addresses, numeric ranges, guid
 * semantics and uniqueness. RSS 0.91 and 0.92 are checked with the same
 * rules, since RSS 2.0 is their compatible successor. Values are trimmed
 * of surrounding white space before they are judged; numbers are read by
 * number.c's grammar, which refuses a value past its maximum, never wraps.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "email.h"
#include "number.h"
#include "uri.h"
#include "validate_vocab.h"

struct rss_state {
	unsigned	 channels;
	unsigned long	 items;
	struct ext_counts *channel;	/* the channel's, while in it */
};

/*
 * The value of an element, by which shared grammar it is read; structured
 * elements name the check that walks their children and attributes.
 */
enum vtype {
	VT_TEXT,	/* text only */
	VT_URL,		/* an absolute URL */
	VT_DATE,	/* RFC 822 */
	VT_EMAIL,	/* an RFC 822 mailbox */
	VT_LANG,	/* a language tag */
	VT_MINUTES,	/* a positive integer */
	VT_WIDTH,	/* 0 to 144 */
	VT_HEIGHT,	/* 0 to 400 */
	VT_FORM_NAME,	/* an HTML form field name */
	VT_CLOUD, VT_IMAGE, VT_TEXTINPUT, VT_SKIPHOURS, VT_SKIPDAYS,
	VT_ITEM, VT_ENCLOSURE, VT_GUID, VT_SOURCE
};

/* The parents of RSS 2.0's elements: the rows' parent bits. */
#define P_CHANNEL	0x01u
#define P_ITEM		0x02u
#define P_IMAGE		0x04u
#define P_TEXTINPUT	0x08u
#define P_SKIPHOURS	0x10u
#define P_SKIPDAYS	0x20u

/* Once in the parent, required or not there, its value, its attributes. */
#define ONCE(p, req, v, a)	(p), (p), (req) ? (p) : 0u, (v), (a)
#define MANY(p, v, a)		(p), 0u, 0u, (v), (a)

/* The attributes RSS 2.0 defines; others must be in a namespace. */
static const struct vattr category_attrs[] = {
	{ "domain", false, VA_ANY, 0, 0, NULL, NULL }, { NULL, 0, 0, 0, 0, 0, 0 }
};

#define CLOUD(name, type, wrong, words) \
	{ (name), true, (type), RULE_RSS_CLOUD, RULE_RSS_CLOUD, (wrong), (words) }
static const struct vattr cloud_attrs[] = {
	CLOUD("domain", VA_ANY, NULL, NULL),
	CLOUD("port", VA_PORT, "is not a port number", NULL),
	CLOUD("path", VA_ANY, NULL, NULL),
	CLOUD("registerProcedure", VA_ANY, NULL, NULL),
	/*
	 * "can be implemented in HTTP-POST, XML-RPC or SOAP 1.1": those
	 * three, named as the examples name them (xml-rpc, soap), in any
	 * case, as the text itself writes XML-RPC.
	 */
	CLOUD("protocol", VA_WORD_ANY_CASE, "is not xml-rpc, soap or "
	    "http-post", " xml-rpc soap http-post "),
	{ NULL, 0, 0, 0, 0, 0, 0 }
};

static const struct vattr enclosure_attrs[] = {
	/* "The url must be an http url." (https is http over TLS.) */
	{ "url", true, VA_HTTP_URL, RULE_RSS_ENCLOSURE, RULE_RSS_URL,
	    "is not an http or https URL (ASCII only, RFC 3986; no user@, "
	    "RFC 9110 4.2.4)", NULL },
	{ "length", true, VA_COUNT, RULE_RSS_ENCLOSURE, RULE_RSS_ENCLOSURE,
	    "is not a non-negative integer (bytes)", NULL },
	{ "type", true, VA_MIME, RULE_RSS_ENCLOSURE, RULE_RSS_ENCLOSURE,
	    "is not a MIME type", NULL },
	{ NULL, 0, 0, 0, 0, 0, 0 }
};

static const struct vattr guid_attrs[] = {
	{ "isPermaLink", false, VA_WORD, 0, RULE_RSS_GUID_PERMALINK,
	    "is neither true nor false", " true false " },
	{ NULL, 0, 0, 0, 0, 0, 0 }
};

static const struct vattr source_attrs[] = {
	{ "url", true, VA_URL, RULE_RSS_SOURCE, RULE_RSS_URL, "is not an "
	    "absolute URL (a scheme such as https:, then ASCII only: RFC "
	    "3986)", NULL },
	{ NULL, 0, 0, 0, 0, 0, 0 }
};

static const struct vattr rss_attrs[] = {
	{ "version", false, VA_ANY, 0, 0, NULL, NULL },
	{ NULL, 0, 0, 0, 0, 0, 0 }
};

/*
 * The elements of RSS 2.0 (all in no namespace), row by row for each
 * parent: a parent's required rows are reported in the order they stand.
 */
static const struct vrow rss_rows[] = {
	{ NULL, "title", ONCE(P_CHANNEL, true, VT_TEXT, NULL) },
	{ NULL, "link", ONCE(P_CHANNEL, true, VT_URL, NULL) },
	{ NULL, "description", ONCE(P_CHANNEL, true, VT_TEXT, NULL) },
	{ NULL, "language", ONCE(P_CHANNEL, false, VT_LANG, NULL) },
	{ NULL, "copyright", ONCE(P_CHANNEL, false, VT_TEXT, NULL) },
	{ NULL, "managingEditor", ONCE(P_CHANNEL, false, VT_EMAIL, NULL) },
	{ NULL, "webMaster", ONCE(P_CHANNEL, false, VT_EMAIL, NULL) },
	{ NULL, "pubDate", ONCE(P_CHANNEL, false, VT_DATE, NULL) },
	{ NULL, "lastBuildDate", ONCE(P_CHANNEL, false, VT_DATE, NULL) },
	{ NULL, "category", MANY(P_CHANNEL | P_ITEM, VT_TEXT, category_attrs) },
	{ NULL, "generator", ONCE(P_CHANNEL, false, VT_TEXT, NULL) },
	{ NULL, "docs", ONCE(P_CHANNEL, false, VT_URL, NULL) },
	{ NULL, "cloud", ONCE(P_CHANNEL, false, VT_CLOUD,
	    cloud_attrs) },
	{ NULL, "ttl", ONCE(P_CHANNEL, false, VT_MINUTES, NULL) },
	{ NULL, "image", ONCE(P_CHANNEL, false, VT_IMAGE, NULL) },
	{ NULL, "rating", ONCE(P_CHANNEL, false, VT_TEXT, NULL) },
	{ NULL, "textInput", ONCE(P_CHANNEL, false, VT_TEXTINPUT, NULL) },
	{ NULL, "skipHours", ONCE(P_CHANNEL, false, VT_SKIPHOURS, NULL) },
	{ NULL, "skipDays", ONCE(P_CHANNEL, false, VT_SKIPDAYS, NULL) },
	{ NULL, "item", MANY(P_CHANNEL, VT_ITEM, NULL) },

	{ NULL, "title", ONCE(P_ITEM, false, VT_TEXT, NULL) },
	{ NULL, "link", ONCE(P_ITEM, false, VT_URL, NULL) },
	{ NULL, "description", ONCE(P_ITEM, false, VT_TEXT, NULL) },
	{ NULL, "author", ONCE(P_ITEM, false, VT_EMAIL, NULL) },
	{ NULL, "comments", ONCE(P_ITEM, false, VT_URL, NULL) },
	{ NULL, "enclosure", MANY(P_ITEM, VT_ENCLOSURE, enclosure_attrs) },
	{ NULL, "guid", ONCE(P_ITEM, false, VT_GUID, guid_attrs) },
	{ NULL, "pubDate", ONCE(P_ITEM, false, VT_DATE, NULL) },
	{ NULL, "source", ONCE(P_ITEM, false, VT_SOURCE, source_attrs) },

	{ NULL, "url", ONCE(P_IMAGE, true, VT_URL, NULL) },
	{ NULL, "title", ONCE(P_IMAGE, true, VT_TEXT, NULL) },
	{ NULL, "link", ONCE(P_IMAGE, true, VT_URL, NULL) },
	{ NULL, "width", ONCE(P_IMAGE, false, VT_WIDTH, NULL) },
	{ NULL, "height", ONCE(P_IMAGE, false, VT_HEIGHT, NULL) },
	{ NULL, "description", ONCE(P_IMAGE, false, VT_TEXT, NULL) },

	{ NULL, "title", ONCE(P_TEXTINPUT, true, VT_TEXT, NULL) },
	{ NULL, "description", ONCE(P_TEXTINPUT, true, VT_TEXT, NULL) },
	{ NULL, "name", ONCE(P_TEXTINPUT, true, VT_FORM_NAME, NULL) },
	{ NULL, "link", ONCE(P_TEXTINPUT, true, VT_URL, NULL) },

	/* Checked by skip_list, which knows what a repeated one means. */
	{ NULL, "hour", MANY(P_SKIPHOURS, VT_TEXT, NULL) },
	{ NULL, "day", MANY(P_SKIPDAYS, VT_TEXT, NULL) },
};

static void	rss_value(struct vctx *, const struct vrow *, xmlNodePtr,
    void *);

static struct vindex rss_index;
static const struct vtable rss_table = {
	.rows = rss_rows, .n = sizeof(rss_rows) / sizeof(rss_rows[0]),
	.index = &rss_index,
	.prefix = "", .format = "RSS 2.0", .need = ", which is required",
	.dup_tail = ", which may occur once",
	.unknown = RULE_RSS_UNKNOWN_ELEMENT,
	.duplicate = RULE_RSS_DUPLICATE_ELEMENT,
	.missing = RULE_RSS_MISSING_ELEMENT,
	.attr_format = " in RSS 2.0", .unknown_attr = RULE_RSS_UNKNOWN_ATTRIBUTE,
	.hinted = VT_GUID, .hint = " (did you mean isPermaLink?)",
	.check = rss_value,
};

/* The root's attributes, as a row's. */
static const struct vrow rss_root = { NULL, "rss", 0, 0, 0, 0,
    rss_attrs };

/* The rows of title and description in an item. */
#define ROW_ITEM_TITLE		20
#define ROW_ITEM_DESCRIPTION	22

struct counts {
	struct vcount	 k;
	struct ext_counts ext;
};

static void	item(struct vctx *, struct rss_state *, xmlNodePtr, bool);

static void
counts_init(struct counts *k, unsigned parent, const char *name)
{
	vocab_init(&k->k, &rss_table, parent, name);
	memset(&k->ext, 0, sizeof(k->ext));
}

/* The trimmed text of a simple element; reports child elements. */
static void
simple_text(struct vctx *c, xmlNodePtr n, struct buf *out)
{
	vocab_text(c, n, RULE_RSS_UNEXPECTED_ELEMENT, out);
}

/*
 * "The data in these elements must begin with an IANA-registered URI
 * scheme, such as http://, https://, news://, mailto: and ftp://": an
 * absolute URI, whatever its scheme.
 */
static void
url_value(struct vctx *c, xmlNodePtr n, const char *what, const char *v)
{
	const char	*why;

	if ((why = url_problem(v)) != NULL)
		vreport(c, n, RULE_RSS_URL, "%s \"%s\" %s", what, v, why);
}

/*
 * An RFC 822 mailbox: "addr-spec", "addr-spec (Name)" as in the
 * specification's examples, or "Name <addr-spec>": email.c's grammar,
 * the one the record and settings readers use.
 */
/*
 * True if the words of V (split at white space) hold exactly one
 * addr-spec, bare or in <>, () or quotes, after any "mailto:": an
 * address is there, in a form of its own ("Jane Doe jane@example.org").
 */
static bool
one_address_among_words(const char *v)
{
	const char	*p = v, *w, *e;
	size_t		 found = 0;

	while (*p != '\0') {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		for (w = p; *p != '\0' && *p != ' ' && *p != '\t' &&
		    *p != '\n' && *p != '\r'; p++)
			;
		e = p;
		while (w < e && strchr("<(\"'", *w) != NULL)
			w++;
		while (e > w && strchr(">)\"',;.", e[-1]) != NULL)
			e--;
		if ((size_t)(e - w) > 7 && strncasecmp(w, "mailto:", 7) == 0)
			w += 7;
		if (memchr(w, '@', (size_t)(e - w)) == NULL)
			continue;
		if (!email_valid(w, (size_t)(e - w)))
			return false;
		found++;
	}
	return found == 1;
}

static void
email_value(struct vctx *c, xmlNodePtr n, const char *v)
{
	size_t	 len = strlen(v);

	if (email_mailbox_valid(v, len))
		return;
	/*
	 * "address (Name)" is the form itself: its address must be right,
	 * though it may come as a mailto: URL.
	 */
	if ((len > 7 && strncasecmp(v, "mailto:", 7) == 0 &&
	    email_mailbox_valid(v + 7, len - 7)) || ((len == 0 ||
	    v[len - 1] != ')') && one_address_among_words(v)))
		vreport(c, n, RULE_RSS_EMAIL_FORM, "%s \"%s\" holds an "
		    "e-mail address, but not in the form readers parse: "
		    "addr-spec, then a name in parentheses if any",
		    node_name(n), v);
	else
		vreport(c, n, RULE_RSS_EMAIL, "%s \"%s\" is not an "
		    "e-mail address (addr-spec, then a name in parentheses if "
		    "any, or Name <addr-spec>)", node_name(n), v);
}

static void
int_range(struct vctx *c, xmlNodePtr n, enum rule rule, const char *v,
    long min, long max)
{
	unsigned long	 x;

	if (!number_unsigned(v, strlen(v), (unsigned long)max, &x) ||
	    x < (unsigned long)min)
		vreport(c, n, rule, "%s \"%s\" is not an integer "
		    "from %ld to %ld", node_name(n), v, min, max);
}

/* Children of image or textInput: simple elements from a vocabulary. */
static void
record_element(struct vctx *c, struct rss_state *st, xmlNodePtr n,
    unsigned parent)
{
	struct counts	 k;
	xmlNodePtr	 e;

	counts_init(&k, parent, node_name(n));
	for (e = n->children; e != NULL; e = e->next)
		if (e->type == XML_ELEMENT_NODE && node_in(e, NULL))
			vocab_element(c, &k.k, e, st);
	vocab_require(c, &k.k, n);
}

static void
skip_list(struct vctx *c, xmlNodePtr n, bool hours)
{
	static const char *const days[] = { "Monday", "Tuesday", "Wednesday",
	    "Thursday", "Friday", "Saturday", "Sunday" };
	enum rule	 rule = hours ? RULE_RSS_SKIP_HOURS :
			    RULE_RSS_SKIP_DAYS;
	const char	*want = hours ? "hour" : "day";
	struct vcount	 k;
	xmlNodePtr	 e;
	struct buf	 t;
	unsigned long	 mask = 0, bit, hour;
	size_t		 i;

	vocab_init(&k, &rss_table, hours ? P_SKIPHOURS : P_SKIPDAYS,
	    node_name(n));
	vbuf_init(&t);
	for (e = n->children; e != NULL; e = e->next) {
		if (e->type != XML_ELEMENT_NODE || !node_in(e, NULL) ||
		    vocab_count(c, &k, e) == NULL)
			continue;
		simple_text(c, e, &t);
		bit = 0;
		if (hours) {
			/*
			 * 24 is midnight as older RSS counted (1 to 24) and
			 * the W3C service takes it with a warning; RSS 2.0
			 * writes 0, so both are the same hour.
			 */
			/* Digits, as ttl (see VT_MINUTES). */
			if (!number_unsigned(t.data, t.len, 24, &hour))
				vreport(c, e, rule, "hour \"%s\" is "
				    "not an integer from 0 to 23", t.data);
			else if (hour == 24) {
				vreport(c, e, RULE_RSS_SKIP_HOURS_MIDNIGHT,
				    "hour \"%s\" is midnight, which RSS "
				    "2.0 writes 0", t.data);
				bit = 1UL;
			} else
				bit = 1UL << hour;
		} else {
			for (i = 0; i < 7; i++)
				if (strcmp(t.data, days[i]) == 0)
					bit = 1UL << i;
			if (bit == 0)
				vreport(c, e, rule, "day \"%s\" is "
				    "not one of Monday ... Sunday", t.data);
		}
		if (bit != 0 && (mask & bit))
			vreport(c, e, rule, "%s \"%s\" is listed "
			    "twice", want, t.data);
		mask |= bit;
	}
	buf_free(&t);
}

static void
guid(struct vctx *c, xmlNodePtr n)
{
	struct buf	 t, v;
	bool		 permalink = true, said;
	const char	*why, *q;

	vbuf_init(&t);
	vbuf_init(&v);
	/* Its value is judged by the row's column; false is what counts. */
	said = attr_get(n, NULL, "isPermaLink", &v);
	if (said && strcmp(v.data, "false") == 0)
		permalink = false;
	/* Why it is a permalink: isPermaLink="V", or its default. */
	why = said ? "isPermaLink=\"" : "isPermaLink defaults to true";
	q = said ? "\"" : "";
	simple_text(c, n, &t);
	if (t.len == 0 && permalink)
		vreport(c, n, RULE_RSS_GUID, "guid is empty, but a "
		    "permalink (%s%s%s) must be a URL", why, said ? v.data : "",
		    q);
	else if (permalink && !is_full_url(t.data))
		vreport(c, n, RULE_RSS_GUID_PERMALINK, "guid \"%s\" is "
		    "a permalink (%s%s%s) but not a full URL; %s", t.data, why,
		    said ? v.data : "", q, said ? "make it one, or make "
		    "isPermaLink \"false\"" : "add isPermaLink=\"false\"");
	if (t.len > 0 && id_seen(c, n, t.data, t.len))
		vreport(c, n, RULE_RSS_GUID_DUPLICATE, "guid \"%s\" is "
		    "used by another item; it must identify its item uniquely",
		    t.data);
	buf_free(&t);
	buf_free(&v);
}

/*
 * An item, or (LIVE) a podcast:liveItem, which "takes the same format as
 * a standard <item>" (live-item.md): its children are checked as an
 * item's, though the item schema, which names item, is not its.
 */
static void
item(struct vctx *c, struct rss_state *st, xmlNodePtr n, bool live)
{
	struct counts	 k;
	xmlNodePtr	 e;
	unsigned long	 before = c->rep->errors;

	if (!live)
		st->items++;
	counts_init(&k, P_ITEM, "item");
	for (e = n->children; e != NULL; e = e->next) {
		if ((e->type == XML_TEXT_NODE ||
		    e->type == XML_CDATA_SECTION_NODE) && e->content != NULL &&
		    !is_blank((const char *)e->content))
			vreport(c, n, RULE_UNEXPECTED_TEXT, "text "
			    "directly inside item, where only elements may "
			    "appear");
		if (e->type != XML_ELEMENT_NODE)
			continue;
		if (!node_in(e, NULL)) {
			ext_count(c, e, &k.ext, "item");
			ext_check(c, e, "item");
			continue;
		}
		vocab_element(c, &k.k, e, st);
	}
	ext_enclosures(c, n, &k.ext);
	ext_description(c, n, &k.ext);
	if (!live && st->channel != NULL)
		ext_episode(n, &k.ext, st->channel);
	if (vocab_seen(&k.k, ROW_ITEM_TITLE) == 0 &&
	    vocab_seen(&k.k, ROW_ITEM_DESCRIPTION) == 0)
		vreport(c, n, RULE_RSS_ITEM_TITLE_OR_DESCRIPTION,
		    "%s has neither a title nor a description; it needs one",
		    live ? "podcast:liveItem" : "item");
	if (!live && c->rep->errors == before)
		vschema_check(c, c->entry_schema, n);
}

/*
 * The table's check: N, counted by the shared walker step, by its row's
 * value (ARG is the walk's rss_state).
 */
static void
rss_value(struct vctx *c, const struct vrow *r, xmlNodePtr n, void *arg)
{
	struct rss_state *st = arg;
	struct buf	 t;

	vbuf_init(&t);
	if (r->value <= VT_FORM_NAME)
		simple_text(c, n, r->value == VT_TEXT ? NULL : &t);
	switch ((enum vtype)r->value) {
	case VT_TEXT:
		break;
	case VT_URL:
		url_value(c, n, node_name(n), t.data);
		break;
	case VT_DATE:
		check_date(c, n, t.data, 'r');
		break;
	case VT_EMAIL:
		email_value(c, n, t.data);
		break;
	case VT_LANG:
		if (!is_language_tag(t.data))
			vreport(c, n, RULE_RSS_LANGUAGE, "language "
			    "\"%s\" is not a language tag", t.data);
		break;
	case VT_MINUTES:
		/*
		 * How long the channel "can be cached before refreshing":
		 * a cache that lasts 0 minutes is no cache, so the least
		 * ttl is 1, as the W3C service and build's ttl setting say;
		 * a channel with no lifetime to give omits ttl. Digits
		 * only, no "+": RSS 2.0 is no XML Schema, and gives its
		 * numbers (ttl, hours, width, length) no grammar but prose,
		 * "a number of minutes", and examples in bare digits
		 * (<ttl>60</ttl>, length="12216320"); a sign is nowhere.
		 */
		if (!is_nonneg_integer(t.data) ||
		    strspn(t.data, "0") == t.len)
			vreport(c, n, RULE_RSS_TTL, "ttl \"%s\" is not "
			    "a positive number of minutes", t.data);
		break;
	case VT_WIDTH:
		/* Pixels of an image: one at least. */
		int_range(c, n, RULE_RSS_IMAGE_SIZE, t.data, 1, 144);
		break;
	case VT_HEIGHT:
		int_range(c, n, RULE_RSS_IMAGE_SIZE, t.data, 1, 400);
		break;
	case VT_FORM_NAME:
		check_form_name(c, n, t.data);
		break;
	case VT_CLOUD:
	case VT_ENCLOSURE:
		/* The rows' attribute columns say all. */
		break;
	case VT_IMAGE:
		record_element(c, st, n, P_IMAGE);
		break;
	case VT_TEXTINPUT:
		record_element(c, st, n, P_TEXTINPUT);
		break;
	case VT_SKIPHOURS:
		skip_list(c, n, true);
		break;
	case VT_SKIPDAYS:
		skip_list(c, n, false);
		break;
	case VT_ITEM:
		item(c, st, n, false);
		break;
	case VT_GUID:
		guid(c, n);
		break;
	case VT_SOURCE:
		simple_text(c, n, NULL);
		break;
	}
	buf_free(&t);
}

struct channel_walk {
	struct rss_state *st;
	struct counts	 k;
};

static void
channel_child(struct vctx *c, xmlNodePtr n, void *arg)
{
	struct channel_walk *w = arg;

	if (!node_in(n, NULL)) {
		ext_count(c, n, &w->k.ext, "channel");
		ext_check(c, n, "channel");
		if (ext_is_live_item(n))
			item(c, w->st, n, true);
		header_add(c, n, true);
		return;
	}
	if (node_is(n, NULL, "language"))
		w->k.ext.language = true;
	else if (node_is(n, NULL, "description"))
		ext_note_description(n, &w->k.ext);
	/* Items are checked one by one, not kept with the channel. */
	if (strcmp(node_name(n), "item") != 0)
		header_add(c, n, false);
	vocab_element(c, &w->k.k, n, w->st);
}

static bool
rss_descend(struct vctx *c, xmlNodePtr n, void *arg)
{
	struct rss_state *st = arg;
	struct channel_walk w;
	xmlNodePtr	 saved = c->header_parent, copy;

	if (!node_is(n, NULL, "channel") || st->channels++ > 0)
		return false;
	w.st = st;
	check_xml_lang(c, n);
	counts_init(&w.k, P_CHANNEL, "channel");
	st->channel = &w.k.ext;
	copy = xmlDocCopyNode(n, c->header, 2);
	if (copy != NULL) {
		where_copy(n, copy);
		c->header_parent = xmlAddChild(c->header_parent, copy);
	}
	walk_children(c, channel_child, NULL, &w);
	st->channel = NULL;
	c->header_parent = saved;
	if (!c->broken) {
		vocab_require(c, &w.k.k, n);
		ext_require(c, n, &w.k.ext);
		history_end(c);
	}
	return true;
}

static void
rss_child(struct vctx *c, xmlNodePtr n, void *arg)
{
	struct rss_state *st = arg;
	char		 q[128];

	(void)st;
	if (node_is(n, NULL, "channel"))
		vreport(c, n, RULE_RSS_DUPLICATE_ELEMENT, "rss has "
		    "more than one channel");
	else if (node_in(n, NULL))
		vreport(c, n, RULE_RSS_UNKNOWN_ELEMENT, "rss has no "
		    "child element %s in RSS 2.0",
		    node_qname(n, q, sizeof(q)));
}

void
rss_validate(struct vctx *c, xmlNodePtr root)
{
	struct rss_state st;
	struct buf	 v;

	memset(&st, 0, sizeof(st));
	vbuf_init(&v);
	if (!node_in(root, NULL))
		vreport(c, root, RULE_RSS_NAMESPACE, "rss is in the "
		    "namespace %s; RSS 2.0 elements are in no namespace",
		    root->ns->href);
	vocab_attrs(c, &rss_table, &rss_root, root);
	/* RSS elements carry no language but xml:lang's, anywhere. */
	c->lang_everywhere = true;
	check_xml_lang(c, root);
	if (!attr_get(root, NULL, "version", &v))
		vreport(c, root, RULE_RSS_VERSION, "rss has no version "
		    "attribute; RSS 2.0 requires version=\"2.0\"");
	else if (strcmp(v.data, "0.91") == 0 || strcmp(v.data, "0.92") == 0)
		vreport(c, root, RULE_RSS_VERSION_OLD, "RSS %s is "
		    "checked with the rules of RSS 2.0, its compatible "
		    "successor", v.data);
	else if (strcmp(v.data, "2.0") != 0)
		vreport(c, root, RULE_RSS_VERSION, "rss version \"%s\" "
		    "is not 2.0", v.data);
	c->header = xmlNewDoc(BAD_CAST "1.0");
	c->header_parent = xmlDocCopyNode(root, c->header, 2);
	where_copy(root, c->header_parent);
	xmlDocSetRootElement(c->header, c->header_parent);
	walk_children(c, rss_child, rss_descend, &st);
	if (!c->broken && st.channels == 0)
		vreport(c, root, RULE_RSS_MISSING_ELEMENT, "rss has no "
		    "channel");
	buf_free(&v);
}
