/*
 * email.c -- RFC 5322 section 3.4.1 addr-spec validation.
 *
 *	addr-spec	= local-part "@" domain
 *	local-part	= dot-atom / quoted-string
 *	domain		= dot-atom / domain-literal
 *
 * The obs-* forms and CFWS around the parts are refused: feeds want an
 * address, not a header field.  Inside quotes and brackets the grammar
 * allows FWS; of that we accept only the space, since tab, CR and LF are
 * control characters, which are refused everywhere.
 */

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "email.h"
#include "util.h"

#define LOCAL_MAX	64	/* RFC 5321 4.5.3.1.1 */
#define ADDR_MAX	254	/* RFC 5321 4.5.3.1.3 path, less "<>" */

/* RFC 5322 3.2.3 */
static bool
is_atext(unsigned char c)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	    (c >= '0' && c <= '9'))
		return true;
	return c != '\0' && strchr("!#$%&'*+-/=?^_`{|}~", c) != NULL;
}

/* RFC 5322 3.2.4: qtext, plus the space of FWS. */
static bool
is_qtext(unsigned char c)
{
	return c == ' ' || c == 33 || (c >= 35 && c <= 91) ||
	    (c >= 93 && c <= 126);
}

/* RFC 5322 3.4.1: dtext, plus the space of FWS. */
static bool
is_dtext(unsigned char c)
{
	return c == ' ' || (c >= 33 && c <= 90) || (c >= 94 && c <= 126);
}

/* dot-atom-text = 1*atext *("." 1*atext); returns length or 0. */
static size_t
dot_atom(const unsigned char *s, size_t len)
{
	size_t i = 0;

	for (;;) {
		size_t start = i;

		while (i < len && is_atext(s[i]))
			i++;
		if (i == start)
			return 0;	/* empty: "..", or a dot at an end */
		if (i == len || s[i] != '.')
			return i;
		i++;
	}
}

/* DQUOTE *(qtext / quoted-pair) DQUOTE; returns length or 0. */
static size_t
quoted_string(const unsigned char *s, size_t len)
{
	size_t i = 1;

	if (len == 0 || s[0] != '"')
		return 0;
	while (i < len && s[i] != '"') {
		if (s[i] == '\\') {
			/* quoted-pair = "\" (VCHAR / WSP) */
			if (i + 1 >= len || s[i + 1] < 32 || s[i + 1] > 126)
				return 0;
			i += 2;
		} else if (is_qtext(s[i])) {
			i++;
		} else {
			return 0;
		}
	}
	return i < len ? i + 1 : 0;
}

/* "[" *dtext "]" must be all of s. */
static bool
domain_literal(const unsigned char *s, size_t len)
{
	size_t i;

	if (len < 2 || s[0] != '[' || s[len - 1] != ']')
		return false;
	for (i = 1; i < len - 1; i++)
		if (!is_dtext(s[i]))
			return false;
	return true;
}

/*
 * The addr-spec at the start of s[0..len): returns its length, or 0 if s
 * does not start with one within the sizes of RFC 5321. The parts are
 * unambiguous (a dot-atom holds no space, quotes or brackets end where
 * they close), so this is where the address ends in a longer field.
 */
static size_t
addr_spec_len(const unsigned char *s, size_t len)
{
	size_t local, dom, i;

	if (len == 0)
		return 0;
	local = s[0] == '"' ? quoted_string(s, len) : dot_atom(s, len);
	if (local == 0 || local > LOCAL_MAX || local >= len || s[local] != '@')
		return 0;
	s += local + 1;
	len -= local + 1;
	if (len > 0 && s[0] == '[') {
		for (i = 1; i < len && s[i] != ']'; i++)
			;
		dom = i < len && domain_literal(s, i + 1) ? i + 1 : 0;
	} else
		dom = dot_atom(s, len);
	if (dom == 0 || local + 1 + dom > ADDR_MAX)
		return 0;
	return local + 1 + dom;
}

bool
email_valid(const char *str, size_t len)
{
	if (str == NULL || len > ADDR_MAX)
		return false;
	return addr_spec_len((const unsigned char *)str, len) == len &&
	    len > 0;
}

bool
email_mailbox_valid(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i;

	if (s == NULL || len == 0)
		return false;
	/* "Name <addr-spec>": the first '<' that opens an address. */
	if (s[len - 1] == '>') {
		for (i = 1; i + 1 < len; i++)
			if (s[i] == '<' && email_valid(str + i + 1, len - i - 2))
				return true;
	}
	/* "addr-spec", or "addr-spec (Name)" as RSS writes it. */
	if (addr_spec_len(s, len) == len)
		return true;
	return email_named_valid(str, len, &i);
}

/*
 * Linear white space at s[i]: a space or tab, or a folded line (RFC 822
 * 3.3: linear-white-space = 1*([CRLF] LWSP-char)). XML gives the CRLF
 * as LF, or as CR LF or CR from character references; a line end counts
 * only with a space or tab after it. Returns its length, or 0.
 */
static size_t
lwsp_len(const unsigned char *s, size_t len, size_t i)
{
	size_t	 k = i;

	if (k < len && s[k] == '\r')
		k++;
	if (k < len && s[k] == '\n')
		k++;
	return k < len && (s[k] == ' ' || s[k] == '\t') ? k + 1 - i : 0;
}

bool
email_named_valid(const char *str, size_t len, size_t *namelen)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t	 addr, i, first = 0, k, n;
	bool	 named = false;

	if (s == NULL || len == 0 || (addr = addr_spec_len(s, len)) == 0)
		return false;
	/*
	 * CFWS after the domain (RFC 822 3.1.4, 3.4.3; RFC 5322 3.2.2):
	 * comments, with white space or folded lines before and between
	 * them or none; the last one closes the value, so "a@x (A), b@y
	 * (B)" is two mailboxes, not one.
	 */
	i = addr;
	for (;;) {
		while ((k = lwsp_len(s, len, i)) > 0)
			i += k;
		if (i >= len || s[i] != '(' ||
		    (n = rfc822_comment_len(str + i, len - i)) == 0)
			return false;
		if (first == 0)
			first = i;
		named = named || n > 2;
		i += n;
		if (i == len)
			break;
	}
	/* The name: from the first comment's "(" to the last one's ")". */
	*namelen = named ? len - first - 2 : 0;
	return true;
}

void
email_comment_append(struct buf *b, const char *name, size_t len)
{
	size_t	 i, depth = 0;
	bool	 balanced = true;

	for (i = 0; i < len && balanced; i++)
		if (name[i] == '(')
			depth++;
		else if (name[i] == ')')
			balanced = depth-- > 0;
	balanced = balanced && depth == 0;
	buf_addc(b, '(');
	for (i = 0; i < len; i++) {
		if (name[i] == '\\' || (!balanced && (name[i] == '(' ||
		    name[i] == ')')))
			buf_addc(b, '\\');
		buf_addc(b, name[i]);
	}
	buf_addc(b, ')');
}

void
email_person_append(struct buf *b, const char *email, size_t elen,
    const char *name, size_t nlen)
{
	buf_add(b, email, elen);
	buf_addc(b, ' ');
	email_comment_append(b, name, nlen);
}
