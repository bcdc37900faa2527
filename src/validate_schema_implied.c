/*
 * validate_schema_implied: says when an entry or item that the hand
 * rules found free of errors must also match the RELAX NG schema, so that
 * running libxml2's RELAX NG on it (a third of validate's time on a feed
 * of plain entries) could only confirm it. That is so when every element
 * and attribute of the subtree is one whose whole grammar the hand rules
 * check as strictly as the schema, or more; anything else (extension
 * elements in Atom, xhtml or other content types, atom:source, attributes
 * the schema may refuse, a leap second the date grammar accepts and
 * xsd:dateTime does not) leaves the decision to the schema itself.
 * Only called on subtrees the hand rules reported no error in.
 */
#include "config.h"

#include <string.h>

#include "validate_int.h"

/* Text and CDATA children only, none of them elements or references. */
static bool
text_only(xmlNodePtr n)
{
	xmlNodePtr	 k;

	for (k = n->children; k != NULL; k = k->next)
		if (k->type != XML_TEXT_NODE &&
		    k->type != XML_CDATA_SECTION_NODE &&
		    k->type != XML_COMMENT_NODE && k->type != XML_PI_NODE)
			return false;
	return true;
}

/* Only element children (white space, comments and PIs between them). */
static bool
elements_only(xmlNodePtr n)
{
	xmlNodePtr	 k;

	for (k = n->children; k != NULL; k = k->next) {
		if (k->type == XML_ELEMENT_NODE || k->type == XML_COMMENT_NODE ||
		    k->type == XML_PI_NODE)
			continue;
		if ((k->type != XML_TEXT_NODE &&
		    k->type != XML_CDATA_SECTION_NODE) || k->content == NULL ||
		    !is_blank((const char *)k->content))
			return false;
	}
	return true;
}

/* The single text child's content, or "" when there is none; else NULL. */
static const char *
sole_text(xmlNodePtr n)
{
	xmlNodePtr	 k = n->children;

	if (k == NULL)
		return "";
	if (k->next != NULL || k->type != XML_TEXT_NODE || k->content == NULL)
		return NULL;
	return (const char *)k->content;
}

static const char *
attr_value(xmlAttrPtr a)
{
	xmlNodePtr	 k = a->children;

	if (k == NULL)
		return "";
	if (k->next != NULL || k->type != XML_TEXT_NODE || k->content == NULL)
		return NULL;
	return (const char *)k->content;
}

static bool
in_ns(xmlAttrPtr a, const char *ns)
{
	return a->ns != NULL && a->ns->href != NULL &&
	    strcmp((const char *)a->ns->href, ns) == 0;
}

static bool
is_alpha(char ch)
{
	return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
}

static bool
is_digit(char ch)
{
	return ch >= '0' && ch <= '9';
}

/* The schema's atomLanguageTag: [A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*. */
static bool
lang_pattern(const char *s)
{
	size_t	 n;
	bool	 first = true;

	for (;;) {
		for (n = 0; s[n] != '\0' && s[n] != '-'; n++)
			if (!is_alpha(s[n]) && (first || !is_digit(s[n])))
				return false;
		if (n == 0 || n > 8)
			return false;
		s += n;
		if (*s == '\0')
			return true;
		s++;
		first = false;
	}
}

/* Digits, exactly N of them, at S. */
static bool
digits(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (!is_digit(s[i]))
			return false;
	return true;
}

/*
 * An RFC 3339 date-time the date grammar accepted, in the part of it that
 * xsd:dateTime accepts too: a year from 0001, seconds below 60, a zone
 * within 13:59 of UTC (xsd stops at 14:00).
 */
static bool
date_pattern(const char *s)
{
	if (!digits(s, 4) || strncmp(s, "0000", 4) == 0 || s[4] != '-' ||
	    !digits(s + 5, 2) || s[7] != '-' || !digits(s + 8, 2) ||
	    s[10] != 'T' || !digits(s + 11, 2) || s[13] != ':' ||
	    !digits(s + 14, 2) || s[16] != ':' || !digits(s + 17, 2) ||
	    s[17] > '5')
		return false;
	s += 19;
	if (*s == '.') {
		if (!is_digit(*++s))
			return false;
		while (is_digit(*s))
			s++;
	}
	if (s[0] == 'Z')
		return s[1] == '\0';
	return (s[0] == '+' || s[0] == '-') && digits(s + 1, 2) &&
	    (s[1] == '0' || (s[1] == '1' && s[2] <= '3')) && s[3] == ':' &&
	    digits(s + 4, 2) && s[4] <= '5' && s[6] == '\0';
}

/* No newline: the schema's patterns use ".", which does not match one. */
static bool
one_line(const char *s)
{
	return s != NULL && strpbrk(s, "\r\n") == NULL;
}

/*
 * ATTRS: the attributes in no namespace the element may have, " a b ";
 * xml:base and xml:lang (a language tag or empty) when COMMON.
 */
static bool
atom_attrs(xmlNodePtr n, const char *attrs, bool common)
{
	xmlAttrPtr	 a;
	const char	*v, *p;
	size_t		 len;

	for (a = n->properties; a != NULL; a = a->next) {
		if ((v = attr_value(a)) == NULL)
			return false;
		if (a->ns != NULL) {
			if (!common || !in_ns(a, NS_XML))
				return false;
			if (strcmp((const char *)a->name, "lang") == 0) {
				if (*v != '\0' && !lang_pattern(v))
					return false;
			} else if (strcmp((const char *)a->name, "base") != 0)
				return false;
			continue;
		}
		len = strlen((const char *)a->name);
		for (p = attrs; (p = strstr(p, (const char *)a->name)) != NULL;
		    p++)
			if (p[-1] == ' ' && p[len] == ' ')
				break;
		if (p == NULL)
			return false;
		if (strcmp((const char *)a->name, "type") == 0 &&
		    strcmp((const char *)n->name, "link") != 0 &&
		    strcmp(v, "text") != 0 && strcmp(v, "html") != 0)
			return false;
		/* atomMediaType is ".+/.+": not empty, no newline. */
		if (strcmp((const char *)a->name, "type") == 0 &&
		    (*v == '\0' || !one_line(v)))
			return false;
		if (strcmp((const char *)a->name, "hreflang") == 0 &&
		    !lang_pattern(v))
			return false;
	}
	return true;
}

static bool
atom_person(xmlNodePtr n)
{
	xmlNodePtr	 k;
	const char	*v;
	unsigned	 names = 0;

	if (!atom_attrs(n, " ", true) || !elements_only(n))
		return false;
	for (k = n->children; k != NULL; k = k->next) {
		if (k->type != XML_ELEMENT_NODE)
			continue;
		/* The schema gives name, uri and email no attributes. */
		if (!node_in(k, NS_ATOM) || k->properties != NULL ||
		    !text_only(k))
			return false;
		if (name_is(node_name(k), "name"))
			names++;
		else if (name_is(node_name(k), "email")) {
			if ((v = sole_text(k)) == NULL || !one_line(v))
				return false;
		} else if (!name_is(node_name(k), "uri"))
			return false;
	}
	return names == 1;
}

/* An atom:entry: see the top. */
static bool
atom_entry(xmlNodePtr e)
{
	/* Of id, title, updated, published, summary, rights, content. */
	static const char *const once[] = { "id", "title", "updated",
	    "published", "summary", "rights", "content" };
	unsigned	 seen[7] = { 0 };
	xmlNodePtr	 k;
	const char	*name, *v;
	size_t		 i;

	if (!atom_attrs(e, " ", true) || !elements_only(e))
		return false;
	for (k = e->children; k != NULL; k = k->next) {
		if (k->type != XML_ELEMENT_NODE)
			continue;
		if (!node_in(k, NS_ATOM))
			return false;
		name = node_name(k);
		if (name_is(name, "author") ||
		    name_is(name, "contributor")) {
			if (!atom_person(k))
				return false;
			continue;
		}
		if (!text_only(k))
			return false;
		if (name_is(name, "link")) {
			if (!atom_attrs(k, " href rel type hreflang title "
			    "length ", true))
				return false;
			continue;
		}
		if (name_is(name, "category")) {
			if (!atom_attrs(k, " term scheme label ", true))
				return false;
			continue;
		}
		for (i = 0; i < 7; i++)
			if (name_is(name, once[i]))
				break;
		if (i == 7 || ++seen[i] > 1)
			return false;
		if (!atom_attrs(k, i == 0 || i == 2 || i == 3 ? " " : " type ",
		    true))
			return false;
		if ((i == 2 || i == 3) && ((v = sole_text(k)) == NULL ||
		    !date_pattern(v)))
			return false;
	}
	return seen[0] == 1 && seen[1] == 1 && seen[2] == 1;
}

/* No attributes in no namespace but those of ATTRS, " a b ". */
static bool
rss_attrs(xmlNodePtr n, const char *attrs)
{
	xmlAttrPtr	 a;
	const char	*p, *v;
	size_t		 len;

	for (a = n->properties; a != NULL; a = a->next) {
		if (a->ns != NULL)
			continue;
		len = strlen((const char *)a->name);
		for (p = attrs; (p = strstr(p, (const char *)a->name)) != NULL;
		    p++)
			if (p[-1] == ' ' && p[len] == ' ')
				break;
		if (p == NULL || (v = attr_value(a)) == NULL)
			return false;
		if (strcmp((const char *)a->name, "isPermaLink") == 0 &&
		    strcmp(v, "true") != 0 && strcmp(v, "false") != 0)
			return false;
		if (strcmp((const char *)a->name, "length") == 0 &&
		    !is_nonneg_integer(v))
			return false;
	}
	return true;
}

static bool
has_attr(xmlNodePtr n, const char *name)
{
	xmlAttrPtr	 a;

	for (a = n->properties; a != NULL; a = a->next)
		if (a->ns == NULL && strcmp((const char *)a->name, name) == 0)
			return true;
	return false;
}

/* An RSS item: see the top. Extension elements are the schema's "any". */
static bool
rss_item(xmlNodePtr e)
{
	static const char *const once[] = { "title", "link", "description",
	    "author", "comments", "guid", "pubDate", "source" };
	unsigned	 seen[8] = { 0 };
	xmlNodePtr	 k;
	const char	*name;
	size_t		 i;

	if (!rss_attrs(e, " ") || !elements_only(e))
		return false;
	for (k = e->children; k != NULL; k = k->next) {
		if (k->type != XML_ELEMENT_NODE || !node_in(k, NULL))
			continue;
		name = node_name(k);
		if (name_is(name, "enclosure")) {
			/* <empty/>: not even white space is sure to pass. */
			for (xmlNodePtr t = k->children; t != NULL; t = t->next)
				if (t->type != XML_COMMENT_NODE &&
				    t->type != XML_PI_NODE)
					return false;
			if (!rss_attrs(k, " url length type ") ||
			    !has_attr(k, "url") || !has_attr(k, "length") ||
			    !has_attr(k, "type"))
				return false;
			continue;
		}
		if (!text_only(k))
			return false;
		if (name_is(name, "category")) {
			if (!rss_attrs(k, " domain "))
				return false;
			continue;
		}
		for (i = 0; i < 8; i++)
			if (name_is(name, once[i]))
				break;
		if (i == 8 || ++seen[i] > 1)
			return false;
		if (!rss_attrs(k, i == 5 ? " isPermaLink " : i == 7 ?
		    " url " : " "))
			return false;
		if (i == 7 && !has_attr(k, "url"))
			return false;
	}
	return seen[0] == 1 || seen[2] == 1;
}

/* The schema's atomMediaType, ".+/.+": a slash with something around it. */
static bool
media_type_pattern(const char *s)
{
	size_t	 len = strlen(s), i;

	if (!one_line(s))
		return false;
	for (i = 1; i + 1 < len; i++)
		if (s[i] == '/')
			return true;
	return false;
}

bool
atom_content_any(xmlNodePtr n)
{
	xmlAttrPtr	 a;
	const char	*v;

	if (!node_is(n, NS_ATOM, "content"))
		return false;
	for (a = n->properties; a != NULL; a = a->next) {
		if ((v = attr_value(a)) == NULL)
			return false;
		if (a->ns == NULL) {
			/* src, or unknown: not atomInlineOtherContent. */
			if (strcmp((const char *)a->name, "type") != 0 ||
			    !media_type_pattern(v))
				return false;
		} else if (in_ns(a, NS_XML) &&
		    strcmp((const char *)a->name, "lang") == 0) {
			if (*v != '\0' && !lang_pattern(v))
				return false;
		}
		/* xml:base is atomUri, text; others are undefinedAttribute. */
	}
	return true;
}

bool
schema_implied(const char *start, xmlNodePtr n)
{
	if (strcmp(start, "atomEntry") == 0)
		return node_is(n, NS_ATOM, "entry") && atom_entry(n);
	if (strcmp(start, "item") == 0)
		return node_is(n, NULL, "item") && rss_item(n);
	return false;
}
