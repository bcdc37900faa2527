/*
 * jsonout: the only place feedwright produces JSON (RFC 8259). A small
 * streaming writer over an outbuf, the JSON twin of xmlout: it escapes
 * every string, keeps a stack of open objects and arrays so they always
 * nest and get their commas, and indents two spaces per level so the
 * bytes are the same from run to run.
 */
#ifndef FEEDWRIGHT_JSONOUT_H
#define FEEDWRIGHT_JSONOUT_H

#include <stdbool.h>
#include <stddef.h>

#include "outbuf.h"

#define JSONOUT_MAX_DEPTH 32

struct jsonout {
	struct outbuf	*out;
	char		 kind[JSONOUT_MAX_DEPTH];	/* '{' or '[' */
	bool		 has_items[JSONOUT_MAX_DEPTH];
	int		 depth;
	bool		 after_key;	/* a member name waits for its value */
};

void	jsonout_init(struct jsonout *j, struct outbuf *out);
void	jsonout_object(struct jsonout *j);	/* { */
void	jsonout_array(struct jsonout *j);	/* [ */
void	jsonout_end(struct jsonout *j);		/* } or ] */
/* The name of the next member of the open object. */
void	jsonout_key(struct jsonout *j, const char *name);
/* s[0..n) is valid UTF-8. */
void	jsonout_string(struct jsonout *j, const char *s, size_t n);
void	jsonout_string_str(struct jsonout *j, const char *s);
/* "name": "s" */
void	jsonout_member(struct jsonout *j, const char *name, const char *s,
	    size_t n);
void	jsonout_member_str(struct jsonout *j, const char *name, const char *s);
/* Ends the document: closes what is open and writes the final newline. */
/* A non-negative whole number, as JSON writes it: "size_in_bytes": 123 */
void	jsonout_member_number(struct jsonout *j, const char *name,
	    unsigned long long v);
void	jsonout_finish(struct jsonout *j);

#endif
