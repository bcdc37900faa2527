/*
 * ledger: reading and writing FEEDDIR/ledger.tsv (see ledger.h). The file
 * is meant to be read and diffed by people and kept in version control, so
 * it is plain text: dates in RFC 3339 (timefmt, dateparse), one record a
 * line, sorted, and a tab, a newline or a backslash inside a field written
 * as \t, \n or \\. Columns are found by their names in the header, so that
 * a later version can add one.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "ledger.h"
#include "number.h"
#include "tsv_field.h"

#define MAX_LEDGER_SIZE	(512 * 1024 * 1024)

enum col { C_SLUG, C_ID, C_PUBLISHED, C_UPDATED, C_LINK, C_HASH,
    C_ARCHIVE, C_GONE, NCOLS };

/* The columns from C_ARCHIVE on are optional, and may be empty. */
#define NREQUIRED	C_ARCHIVE
#define MAX_ARCHIVE	4000000000UL

static const char *const col_name[NCOLS] = {
	"slug", "id", "published", "updated", "link", "hash", "archive", "gone"
};

void
ledger_init(struct ledger *l)
{
	memset(l, 0, sizeof(*l));
}

void
ledger_free(struct ledger *l)
{
	size_t	 i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i]->slug);
		free(l->v[i]->id);
		free(l->v[i]->link);
		free(l->v[i]);
	}
	free(l->v);
	free(l->slot);
	ledger_init(l);
}

static void
reindex(struct ledger *l)
{
	size_t	 i, j;

	free(l->slot);
	l->nslot = 16;
	while (l->nslot < 2 * l->n + 2)
		l->nslot *= 2;
	l->slot = xcalloc(l->nslot, sizeof(*l->slot));
	for (i = 0; i < l->n; i++) {
		j = hash_bytes(l->v[i]->slug, strlen(l->v[i]->slug), 0) &
		    (l->nslot - 1);
		while (l->slot[j] != 0)
			j = (j + 1) & (l->nslot - 1);
		l->slot[j] = i + 1;
	}
}

struct ledger_row *
ledger_find(const struct ledger *l, const char *slug)
{
	size_t	 j;

	if (l->nslot == 0)
		return NULL;
	j = hash_bytes(slug, strlen(slug), 0) & (l->nslot - 1);
	for (; l->slot[j] != 0; j = (j + 1) & (l->nslot - 1))
		if (strcmp(l->v[l->slot[j] - 1]->slug, slug) == 0)
			return l->v[l->slot[j] - 1];
	return NULL;
}

struct ledger_row *
ledger_add(struct ledger *l, const char *slug)
{
	struct ledger_row	*r = xcalloc(1, sizeof(*r));

	r->slug = xstrdup(slug);
	strcpy(r->hash, "-");
	if (l->n == l->cap) {
		l->cap = l->cap == 0 ? 64 : 2 * l->cap;
		l->v = xreallocarray(l->v, l->cap, sizeof(*l->v));
	}
	l->v[l->n++] = r;
	if (2 * l->n + 2 > l->nslot)
		reindex(l);
	else {
		size_t	 j = hash_bytes(slug, strlen(slug), 0) & (l->nslot - 1);

		while (l->slot[j] != 0)
			j = (j + 1) & (l->nslot - 1);
		l->slot[j] = l->n;
	}
	return r;
}

void
ledger_rename(struct ledger *l, struct ledger_row *r, const char *slug)
{
	free(r->slug);
	r->slug = xstrdup(slug);
	reindex(l);
}

void
ledger_set(char **field, const char *p, size_t n)
{
	free(*field);
	*field = xstrndup(p, n);
}

static int
parse_date(const char *s, struct when *w)
{
	struct date_value	 d;

	if (dateparse_rfc3339(s, strlen(s), &d) != DATE_OK)
		return -1;
	w->offset = d.offset_min * 60;
	w->t = civil_to_seconds(&d.c) - w->offset;
	return 0;
}

static bool
is_hash(const char *s)
{
	size_t	 i;

	if (strcmp(s, "-") == 0)
		return true;
	for (i = 0; i < 64; i++)
		if (!ascii_isdigit(s[i]) && !(s[i] >= 'a' && s[i] <= 'f'))
			return false;
	return s[64] == '\0';
}

#define MAXCOLS	32

static int
parse_row(struct ledger *l, char **f, const int *at, unsigned long line,
    struct parse_error *err)
{
	struct ledger_row	*r;
	size_t			 c;

	for (c = 0; c < NCOLS; c++) {
		if (at[c] == -1)
			continue;
		if (!tsv_unescape(f[at[c]], 0)) {
			parse_error_set(err, line, "%s: a backslash that is "
			    "not \\t, \\n or \\\\", col_name[c]);
			return -1;
		}
		if (f[at[c]][0] == '\0' && c < NREQUIRED) {
			parse_error_set(err, line, "%s: empty", col_name[c]);
			return -1;
		}
	}
	if (ledger_find(l, f[at[C_SLUG]]) != NULL) {
		parse_error_set(err, line, "slug \"%s\" is on two lines",
		    f[at[C_SLUG]]);
		return -1;
	}
	if (!is_hash(f[at[C_HASH]])) {
		parse_error_set(err, line, "hash: \"%s\" is not 64 hex digits "
		    "or -", f[at[C_HASH]]);
		return -1;
	}
	r = ledger_add(l, f[at[C_SLUG]]);
	r->id = xstrdup(f[at[C_ID]]);
	r->link = xstrdup(f[at[C_LINK]]);
	strcpy(r->hash, f[at[C_HASH]]);
	for (c = C_PUBLISHED; c <= C_UPDATED; c++) {
		if (parse_date(f[at[c]], c == C_PUBLISHED ? &r->published :
		    &r->updated) == -1) {
			parse_error_set(err, line, "%s: \"%s\" is not an RFC "
			    "3339 date", col_name[c], f[at[c]]);
			return -1;
		}
	}
	if (at[C_ARCHIVE] != -1 && f[at[C_ARCHIVE]][0] != '\0' &&
	    (!number_unsigned(f[at[C_ARCHIVE]], strlen(f[at[C_ARCHIVE]]),
	    MAX_ARCHIVE, &r->archive) || r->archive == 0)) {
		parse_error_set(err, line, "archive: \"%s\" is not a whole "
		    "number from 1 to %lu", f[at[C_ARCHIVE]], MAX_ARCHIVE);
		return -1;
	}
	if (at[C_GONE] != -1 && f[at[C_GONE]][0] != '\0') {
		if (parse_date(f[at[C_GONE]], &r->gone) == -1) {
			parse_error_set(err, line, "gone: \"%s\" is not an "
			    "RFC 3339 date", f[at[C_GONE]]);
			return -1;
		}
		r->has_gone = true;
	}
	return 0;
}

/* Finds each column in the header; every one is needed, no other known. */
static int
parse_header(char *line, int *at, size_t *ncols, bool *archives,
    struct parse_error *err)
{
	char	*f[MAXCOLS];
	size_t	 n, i, c;

	n = tsv_split(line, f, MAXCOLS);
	if (n > MAXCOLS) {
		parse_error_set(err, 1, "more than %d columns", MAXCOLS);
		return -1;
	}
	for (c = 0; c < NCOLS; c++)
		at[c] = -1;
	for (i = 0; i < n; i++) {
		for (c = 0; c < NCOLS && strcmp(f[i], col_name[c]) != 0; c++)
			;
		if (c == NCOLS) {
			parse_error_set(err, 1, "unknown column \"%s\" (a "
			    "ledger from a newer feedwright?)", f[i]);
			return -1;
		}
		if (at[c] != -1) {
			parse_error_set(err, 1, "column \"%s\" named twice",
			    f[i]);
			return -1;
		}
		at[c] = (int)i;
	}
	for (c = 0; c < NREQUIRED; c++) {
		if (at[c] == -1) {
			parse_error_set(err, 1, "no column \"%s\" in the header "
			    "line", col_name[c]);
			return -1;
		}
	}
	*archives = at[C_ARCHIVE] != -1 || at[C_GONE] != -1;
	*ncols = n;
	return 0;
}

int
ledger_read(const char *path, struct ledger *l, struct parse_error *err)
{
	struct buf	 text;
	char		*p, *nl, *f[MAXCOLS];
	int		 at[NCOLS], rc = -1;
	size_t		 ncols = 0, n;
	unsigned long	 line = 0;

	buf_init(&text);
	if (read_file(path, MAX_LEDGER_SIZE, &text) == -1) {
		if (errno == ENOENT)
			rc = 1;
		else
			parse_error_set(err, 0, "cannot read: %s",
			    strerror(errno));
		goto out;
	}
	if (text.len == 0) {
		parse_error_set(err, 0, "empty: it lost even its header line "
		    "(truncated)");
		goto out;
	}
	if (memchr(text.data, '\0', text.len) != NULL) {
		parse_error_set(err, 0, "holds a NUL byte: not a ledger");
		goto out;
	}
	if (text.data[text.len - 1] != '\n') {
		for (n = 0, p = text.data; (p = memchr(p, '\n', text.len -
		    (size_t)(p - text.data))) != NULL; p++)
			n++;
		parse_error_set(err, n + 1, "the last line has no end "
		    "(truncated)");
		goto out;
	}
	for (p = text.data; *p != '\0'; p = nl + 1) {
		nl = strchr(p, '\n');
		*nl = '\0';
		line++;
		if (line == 1) {
			if (parse_header(p, at, &ncols, &l->archives,
			    err) == -1)
				goto out;
			continue;
		}
		if ((n = tsv_split(p, f, MAXCOLS)) != ncols) {
			parse_error_set(err, line, "%zu fields where the header "
			    "names %zu", n, ncols);
			goto out;
		}
		if (parse_row(l, f, at, line, err) == -1)
			goto out;
		if (line > 2 && strcmp(l->v[l->n - 2]->slug,
		    l->v[l->n - 1]->slug) > 0) {
			parse_error_set(err, line, "not sorted: slug \"%s\" "
			    "comes after \"%s\"", l->v[l->n - 1]->slug,
			    l->v[l->n - 2]->slug);
			goto out;
		}
	}
	rc = 0;
out:
	if (rc == -1)
		ledger_free(l);
	buf_free(&text);
	return rc;
}

static void
add_field(struct buf *out, const char *s, char end)
{
	const char	*esc;

	for (; *s != '\0'; s++) {
		if ((esc = tsv_escape_of(*s, 0)) != NULL)
			buf_adds(out, esc);
		else
			buf_addc(out, *s);
	}
	buf_addc(out, end);
}

static void
add_date_end(struct buf *out, const struct when *w, char end)
{
	char	 d[TIMEFMT_RFC3339_MAX];

	timefmt_rfc3339(d, w->t, w->offset);
	add_field(out, d, end);
}

static void
add_date(struct buf *out, const struct when *w)
{
	add_date_end(out, w, '\t');
}

static int
cmp_rows(const void *a, const void *b)
{
	return strcmp((*(struct ledger_row *const *)a)->slug,
	    (*(struct ledger_row *const *)b)->slug);
}

void
ledger_format(struct ledger *l, struct buf *out)
{
	size_t	 i, c, ncols = l->archives ? NCOLS : NREQUIRED;
	char	 num[24];

	for (c = 0; c < ncols; c++)
		add_field(out, col_name[c], c + 1 < ncols ? '\t' : '\n');
	if (l->n > 1) {
		qsort(l->v, l->n, sizeof(*l->v), cmp_rows);
		reindex(l);
	}
	for (i = 0; i < l->n; i++) {
		add_field(out, l->v[i]->slug, '\t');
		add_field(out, l->v[i]->id, '\t');
		add_date(out, &l->v[i]->published);
		add_date(out, &l->v[i]->updated);
		add_field(out, l->v[i]->link, '\t');
		add_field(out, l->v[i]->hash, l->archives ? '\t' : '\n');
		if (!l->archives)
			continue;
		num[0] = '\0';
		if (l->v[i]->archive > 0)
			snprintf(num, sizeof(num), "%lu", l->v[i]->archive);
		add_field(out, num, '\t');
		if (l->v[i]->has_gone)
			add_date_end(out, &l->v[i]->gone, '\n');
		else
			add_field(out, "", '\n');
	}
}
