/*
 * email.h -- RFC 5322 addr-spec validation (for Atom <email> and RSS
 * author/managingEditor/webMaster addresses).
 */

#ifndef EMAIL_H
#define EMAIL_H

#include <stdbool.h>
#include <stddef.h>

/*
 * True if s[0..len) is exactly an RFC 5322 section 3.4.1 addr-spec
 * without obsolete forms or CFWS, in ASCII without control characters,
 * and within the RFC 5321 section 4.5.3.1 sizes (local-part <= 64
 * octets, whole <= 254).
 */
bool	email_valid(const char *s, size_t len);

/*
 * True if s[0..len) is a mailbox as RSS 2.0 carries one: an addr-spec as
 * email_valid takes it, alone, followed by spaces and "(Name)", or as
 * "Name <addr-spec>". The address is found with the same grammar, so
 * every address email_valid accepts, quoted local parts and domain
 * literals with spaces included, is accepted here in every form.
 */
bool	email_mailbox_valid(const char *s, size_t len);

/*
 * True if s[0..len) is "addr-spec (Name)": an address as email_valid
 * takes it, then comments, the last closing the value, with white space
 * (spaces, tabs, folded lines) before and between them or none (RFC 822
 * 3.1.4, 3.3; RFC 5322 3.4.1: CFWS may follow the domain, and 3.2.2:
 * white space before a comment is optional); *namelen is set to the
 * length of Name, from the first comment's "(" to the last one's ")"
 * (0 if every comment is empty, as "()"). The form feed.conf's people
 * take, and one email_mailbox_valid accepts.
 */
bool	email_named_valid(const char *s, size_t len, size_t *namelen);

struct buf;

/*
 * Appends "(NAME)" to b as an RFC 822 comment that closes where it ends:
 * a backslash quoted, and parentheses too unless they balance, so that
 * "addr (NAME)" is read back as email_named_valid reads it.
 */
void	email_comment_append(struct buf *b, const char *name, size_t len);

/* RSS names a person "EMAIL (NAME)": appends that, NAME quoted as above. */
void	email_person_append(struct buf *b, const char *email, size_t elen,
	    const char *name, size_t nlen);

#endif /* EMAIL_H */
