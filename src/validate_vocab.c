/*
 * validate_vocab: the walker step shared by every vocabulary the
 * validator knows: an element is looked up among its table's rows for
 * its parent, counted, and reported when the table has no such element
 * there or it is one too many; at the parent's end, the required rows
 * not seen. What a value must be is the format's, by the row's type.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "mimetype.h"
#include "number.h"
#include "uri.h"
#include "validate_vocab.h"

static void	vocab_attr_values(struct vctx *, const struct vtable *,
    const struct vrow *, xmlNodePtr);

void
vocab_init(struct vcount *k, const struct vtable *t, unsigned bit,
    const char *parent)
{
	k->t = t;
	k->parent = parent;
	k->bit = bit;
	memset(k->seen, 0, t->n < VOCAB_MAX ? t->n : VOCAB_MAX);
}

const struct vrow *
vocab_find(const struct vcount *k, xmlNodePtr n, size_t *i)
{
	const struct vtable *t = k->t;
	const struct vrow *r;
	size_t		 j = SIZE_MAX;

	/* The local name first: namespace names share long prefixes. */
	while ((r = vocab_named(t, node_name(n), &j)) != NULL) {
		if ((r->parents & k->bit) == 0)
			continue;
		if (t->is != NULL ? t->is(n, r) : node_in(n, r->ns)) {
			*i = j;
			return r;
		}
	}
	return NULL;
}

/* How the element N is named in messages. */
static const char *
child_name(const struct vtable *t, xmlNodePtr n, char *q, size_t size)
{
	if (t->qualified)
		return node_qname(n, q, size);
	snprintf(q, size, "%s%s", t->prefix, node_name(n));
	return q;
}

const struct vrow *
vocab_count(struct vctx *c, struct vcount *k, xmlNodePtr n)
{
	const struct vrow *r;
	size_t		 i = 0;

	r = vocab_find(k, n, &i);
	return vocab_add(c, k, n, r, i);
}

const struct vrow *
vocab_add(struct vctx *c, struct vcount *k, xmlNodePtr n,
    const struct vrow *r, size_t i)
{
	const struct vtable *t = k->t;
	char		 q[128];

	if (r == NULL) {
		if (t->format != NULL)
			vreport(c, n, t->unknown, "%s%s has no child element "
			    "%s in %s", t->prefix, k->parent,
			    child_name(t, n, q, sizeof(q)), t->format);
		return NULL;
	}
	if (k->seen[i] < 255)
		k->seen[i]++;
	if ((r->once & k->bit) == 0)
		return r;
	if (k->seen[i] == 2 || (t->each_extra && k->seen[i] > 2))
		vreport(c, n, t->duplicate, "%s%s has more than one %s%s",
		    t->prefix, k->parent, child_name(t, n, q, sizeof(q)),
		    t->dup_tail);
	return k->seen[i] == 1 ? r : NULL;
}

void
vocab_attrs(struct vctx *c, const struct vtable *t, const struct vrow *r,
    xmlNodePtr n)
{
	xmlAttrPtr	 a;

	for (a = n->properties; a != NULL; a = a->next)
		if (a->ns == NULL &&
		    !vocab_attr_defined(r, (const char *)a->name))
			vreport(c, n, t->unknown_attr, "%s%s has no attribute "
			    "\"%s\"%s%s", t->prefix, node_name(n), a->name,
			    t->attr_format, t->hint != NULL &&
			    r != NULL && r->value == t->hinted ? t->hint : "");
}

const struct vrow *
vocab_element(struct vctx *c, struct vcount *k, xmlNodePtr n, void *arg)
{
	const struct vtable *t = k->t;
	const struct vrow *r;
	size_t		 i = 0;

	r = vocab_find(k, n, &i);
	if (t->attrs_first != NULL)
		t->attrs_first(c, r, n);
	if ((r = vocab_add(c, k, n, r, i)) == NULL)
		return NULL;
	if (t->attrs_first == NULL && t->attr_format != NULL)
		vocab_attrs(c, t, r, n);
	vocab_attr_values(c, t, r, n);
	if (t->check != NULL)
		t->check(c, r, n, arg);
	return r;
}

void
vocab_require(struct vctx *c, const struct vcount *k, xmlNodePtr at)
{
	const struct vtable *t = k->t;
	size_t		 i;

	for (i = 0; i < t->n && i < VOCAB_MAX; i++)
		if ((t->rows[i].required & k->bit) && k->seen[i] == 0)
			vreport(c, at, t->missing, "%s%s has no %s%s%s",
			    t->prefix, k->parent, t->prefix, t->rows[i].name,
			    t->need);
}

unsigned
vocab_seen(const struct vcount *k, size_t i)
{
	return i < VOCAB_MAX ? k->seen[i] : 0;
}

bool
vocab_attr_defined(const struct vrow *r, const char *name)
{
	const struct vattr *a;

	if (r == NULL || r->attrs == NULL)
		return false;
	for (a = r->attrs; a->name != NULL; a++)
		if (name_is(a->name, name))
			return true;
	return false;
}

/* V (LEN bytes) is one of WORDS (" a b c "), in any case if ANY_CASE. */
static bool
word_in(const char *words, const char *v, size_t len, bool any_case)
{
	const char	*p;
	size_t		 k;

	for (p = words; *p != '\0'; p += k) {
		p += strspn(p, " ");
		k = strcspn(p, " ");
		if (k > 0 && k == len && (any_case ? strncasecmp(p, v, len) :
		    strncmp(p, v, len)) == 0)
			return true;
	}
	return false;
}

/* V, the value of the attribute A, is what A's type reads. */
static bool
attr_value_ok(const struct vattr *a, const char *v, size_t len)
{
	unsigned long	 port;

	switch (a->type) {
	case VA_ANY:
		return true;
	case VA_URL:
		return uri_is_absolute_uri(v, len);
	case VA_HTTP_URL:
		/*
		 * A URL a reader fetches for the user: RFC 9110 4.2.4, "A
		 * sender MUST NOT generate the userinfo subcomponent" of an
		 * http URI, and a recipient treats it as an error.
		 */
		return is_http_url(v) && !uri_has_userinfo(v);
	case VA_COUNT:
	case VA_PORT:
		/*
		 * Numbers, as the element text of one: white space around
		 * them is no fault (xsd:nonNegativeInteger and unsignedShort
		 * collapse it).
		 */
		while (len > 0 && is_xml_space(v[0])) {
			v++;
			len--;
		}
		while (len > 0 && is_xml_space(v[len - 1]))
			len--;
		if (a->type == VA_COUNT)
			return number_valid(v, len, 0);
		/* Port 0 is reserved: nothing listens there. */
		return number_unsigned(v, len, 65535, &port) && port > 0;
	case VA_MIME:
		return mimetype_valid(v, len);
	case VA_WORD:
		return word_in(a->words, v, len, false);
	case VA_WORD_ANY_CASE:
		return word_in(a->words, v, len, true);
	}
	return false;
}

/* The row R's attributes of N: the required ones there, their values. */
static void
vocab_attr_values(struct vctx *c, const struct vtable *t,
    const struct vrow *r, xmlNodePtr n)
{
	const struct vattr *a;
	struct buf	 v;

	if (r->attrs == NULL)
		return;
	vbuf_init(&v);
	/* What is absent first, then what is wrong. */
	for (a = r->attrs; a->name != NULL; a++)
		if (a->required && !attr_get(n, NULL, a->name, &v))
			vreport(c, n, a->missing, "%s%s has no %s attribute",
			    t->prefix, node_name(n), a->name);
	for (a = r->attrs; a->name != NULL; a++)
		if (a->type != VA_ANY && attr_get(n, NULL, a->name, &v) &&
		    !attr_value_ok(a, v.data, v.len))
			vreport(c, n, a->wrong, "%s %s \"%s\" %s",
			    node_name(n), a->name, v.data, a->wrong_text);
	buf_free(&v);
}

void
vocab_text(struct vctx *c, xmlNodePtr n, enum rule rule, struct buf *out)
{
	xmlNodePtr	 k;
	char		 q[128];

	if (node_elements(n) > 0) {
		for (k = n->children; k->type != XML_ELEMENT_NODE; k = k->next)
			;
		vreport(c, k, rule, "%s holds text only, but has the child "
		    "element %s; escape markup", node_name(n),
		    node_qname(k, q, sizeof(q)));
	}
	/* A description is a whole article: copied only if it is read. */
	if (out != NULL)
		node_trimmed(n, out);
}
