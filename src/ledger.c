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
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "ledger.h"
#include "number.h"
#include "tsv_field.h"

#define MAX_LEDGER_SIZE	(512 * 1024 * 1024)
#define ROWS_PER_CHUNK	1024

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

/* Whether field P was allocated for itself, not pointing into the file read. */
static bool
owned(const struct ledger *l, const char *p)
{
	uintptr_t	 a = (uintptr_t)p, t = (uintptr_t)l->text;

	return l->text == NULL || a < t || a >= t + l->textlen;
}

static void
free_field(const struct ledger *l, char *p)
{
	if (owned(l, p))
		free(p);
}

void
ledger_free(struct ledger *l)
{
	size_t	 i;

	for (i = 0; i < l->n; i++) {
		free_field(l, l->v[i]->slug);
		free_field(l, l->v[i]->id);
		free_field(l, l->v[i]->link);
	}
	for (i = 0; i < l->nchunks; i++)
		free(l->chunk[i]);
	free(l->chunk);
	free(l->v);
	free(l->slot);
	free(l->text);
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
ledger_find(struct ledger *l, const char *slug)
{
	size_t	 i = l->next, j;
	int	 before = -1, after = 1;

	/*
	 * Pass one asks for each record's row several times, and for the
	 * records in name order, near the rows' order: the row found last
	 * and the one after it are tried before the table, whose every
	 * lookup is a wait for memory.
	 */
	if (i > 0 && (before = strcmp(l->v[i - 1]->slug, slug)) == 0)
		return l->v[i - 1];
	if (i < l->n && (after = strcmp(l->v[i]->slug, slug)) == 0) {
		l->next = i + 1;
		return l->v[i];
	}
	/* Sorted, between those two: in no row (most records are in none). */
	if (!l->unsorted && before < 0 && after > 0)
		return NULL;
	if (l->nslot == 0)
		return NULL;
	j = hash_bytes(slug, strlen(slug), 0) & (l->nslot - 1);
	for (; l->slot[j] != 0; j = (j + 1) & (l->nslot - 1))
		if (strcmp(l->v[l->slot[j] - 1]->slug, slug) == 0) {
			l->next = l->slot[j];
			return l->v[l->slot[j] - 1];
		}
	return NULL;
}

/* A row for SLUG, which it keeps as it is (a copy, or in l->text). */
static struct ledger_row *
add_row(struct ledger *l, char *slug)
{
	struct ledger_row	*r;

	/* In chunks: a row each would cost the allocator's overhead 100,000 times. */
	if (l->n % ROWS_PER_CHUNK == 0) {
		l->chunk = xreallocarray(l->chunk, l->nchunks + 1,
		    sizeof(*l->chunk));
		l->chunk[l->nchunks++] = xcalloc(ROWS_PER_CHUNK,
		    sizeof(**l->chunk));
	}
	if (l->n > 0 && strcmp(l->v[l->n - 1]->slug, slug) >= 0)
		l->unsorted = true;
	r = &l->chunk[l->nchunks - 1][l->n % ROWS_PER_CHUNK];
	r->slug = slug;
	r->hashed = false;
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

struct ledger_row *
ledger_add(struct ledger *l, const char *slug)
{
	return add_row(l, xstrdup(slug));
}

void
ledger_rename(struct ledger *l, struct ledger_row *r, const char *slug)
{
	free_field(l, r->slug);
	r->slug = xstrdup(slug);
	l->unsorted = true;	/* until ledger_sort */
	reindex(l);
}

void
ledger_set(struct ledger *l, char **field, const char *p, size_t n)
{
	/* Most builds set what is there: the field in the file stays. */
	if (*field != NULL && strlen(*field) == n && memcmp(*field, p, n) == 0)
		return;
	free_field(l, *field);
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

bool
ledger_hash_is(const struct ledger_row *r, const unsigned char *digest)
{
	return r->hashed && memcmp(r->hash, digest, sizeof(r->hash)) == 0;
}

void
ledger_hash_set(struct ledger_row *r, const unsigned char *digest)
{
	memcpy(r->hash, digest, sizeof(r->hash));
	r->hashed = true;
}

static unsigned
hex_value(char c)
{
	return ascii_isdigit(c) ? (unsigned)(c - '0') : (unsigned)(c - 'a' + 10);
}

/* The digest HEX (64 lower-case hex digits: is_hash said so) gives. */
static void
hash_from_hex(struct ledger_row *r, const char *hex)
{
	size_t	 k;

	for (k = 0; k < sizeof(r->hash); k++)
		r->hash[k] = (unsigned char)(hex_value(hex[2 * k]) << 4 |
		    hex_value(hex[2 * k + 1]));
	r->hashed = true;
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

/*
 * The fields F (columns at AT) of line LINE into a new row, once every
 * one is known good: a line that is not leaves the ledger as it was.
 * SORTED: the rows read so far are sorted, so only the row before may
 * have the slug.
 */
static int
parse_row(struct ledger *l, char **f, const int *at, unsigned long line,
    bool sorted, struct parse_error *err)
{
	struct ledger_row	 v, *r;
	size_t			 c;

	memset(&v, 0, sizeof(v));
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
	if ((!sorted || l->n == 0 ||
	    strcmp(l->v[l->n - 1]->slug, f[at[C_SLUG]]) >= 0) &&
	    ledger_find(l, f[at[C_SLUG]]) != NULL) {
		parse_error_set(err, line, "slug \"%s\" is on two lines",
		    f[at[C_SLUG]]);
		return -1;
	}
	if (!is_hash(f[at[C_HASH]])) {
		parse_error_set(err, line, "hash: \"%s\" is not 64 hex digits "
		    "or -", f[at[C_HASH]]);
		return -1;
	}
	if (strcmp(f[at[C_HASH]], "-") != 0)
		hash_from_hex(&v, f[at[C_HASH]]);
	for (c = C_PUBLISHED; c <= C_UPDATED; c++) {
		if (parse_date(f[at[c]], c == C_PUBLISHED ? &v.published :
		    &v.updated) == -1) {
			parse_error_set(err, line, "%s: \"%s\" is not an RFC "
			    "3339 date", col_name[c], f[at[c]]);
			return -1;
		}
	}
	if (at[C_ARCHIVE] != -1 && f[at[C_ARCHIVE]][0] != '\0' &&
	    (!number_unsigned(f[at[C_ARCHIVE]], strlen(f[at[C_ARCHIVE]]),
	    MAX_ARCHIVE, &v.archive) || v.archive == 0)) {
		parse_error_set(err, line, "archive: \"%s\" is not a whole "
		    "number from 1 to %lu", f[at[C_ARCHIVE]], MAX_ARCHIVE);
		return -1;
	}
	if (at[C_GONE] != -1 && f[at[C_GONE]][0] != '\0') {
		if (parse_date(f[at[C_GONE]], &v.gone) == -1) {
			parse_error_set(err, line, "gone: \"%s\" is not an "
			    "RFC 3339 date", f[at[C_GONE]]);
			return -1;
		}
		v.has_gone = true;
	}
	/* The fields stay in the text read, which the ledger keeps. */
	r = add_row(l, f[at[C_SLUG]]);
	v.slug = r->slug;
	v.id = f[at[C_ID]];
	v.link = f[at[C_LINK]];
	*r = v;
	return 0;
}

/*
 * Moves row R's text fields down to *W in the text read, whose other
 * fields (dates, hash, numbers) are parsed and no longer needed: the
 * ledger keeps about half the file. In the order they are in the line,
 * so that none is overwritten before it is moved.
 */
static void
compact(struct ledger_row *r, char **w)
{
	char	**f[3] = { &r->slug, &r->id, &r->link }, **t;
	size_t	  i, j, n;

	for (i = 1; i < 3; i++)
		for (j = i; j > 0 && (uintptr_t)*f[j] < (uintptr_t)*f[j - 1];
		    j--) {
			t = f[j];
			f[j] = f[j - 1];
			f[j - 1] = t;
		}
	for (i = 0; i < 3; i++) {
		n = strlen(*f[i]) + 1;
		memmove(*w, *f[i], n);
		*f[i] = *w;
		*w += n;
	}
}

/* Gives back the text after W, moving the rows' fields if it moved. */
static void
shrink(struct ledger *l, const char *w)
{
	uintptr_t	 old = (uintptr_t)l->text;
	size_t		 i, len = (size_t)(w - l->text);
	char		*text;

	if (len == 0)
		return;
	text = xrealloc(l->text, len);
	l->textlen = len;
	if ((uintptr_t)text != old)
		for (i = 0; i < l->n; i++) {
			l->v[i]->slug = text + ((uintptr_t)l->v[i]->slug - old);
			l->v[i]->id = text + ((uintptr_t)l->v[i]->id - old);
			l->v[i]->link = text + ((uintptr_t)l->v[i]->link - old);
		}
	l->text = text;
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

/* S[0..N) without the CR of each CR LF, hashed into l->plain_hash. */
static void
plain_hash(struct ledger *l, const char *s, size_t n)
{
	struct sha256	 h;
	const char	*cr, *end = s + n;

	sha256_init(&h);
	while ((cr = memchr(s, '\r', (size_t)(end - s))) != NULL) {
		sha256_add(&h, s, (size_t)(cr - s));
		if (cr + 1 == end || cr[1] != '\n')
			sha256_add(&h, cr, 1);
		s = cr + 1;
	}
	sha256_add(&h, s, (size_t)(end - s));
	sha256_final(&h, l->plain_hash);
	l->unplain = true;
}

/*
 * What ledger_read and ledger_salvage share. DROP NULL: the first fault
 * is the error. Else each line that cannot be read is left out, and
 * DROP(ARG, why) told; only an unreadable file or header is an error.
 */
static int
read_ledger(const char *path, struct ledger *l, struct parse_error *err,
    void (*drop)(void *, const struct parse_error *), void *arg)
{
	struct parse_error	 bad;
	struct buf	 text;
	char		*p, *nl, *end, *f[MAXCOLS], *w = NULL;
	int		 at[NCOLS], rc = -1;
	size_t		 ncols = 0, n;
	unsigned long	 line = 0;

	buf_init(&text);
	/*
	 * Never through a link: build replaces the file, so a link was put
	 * there, and a message quoting its first line would show a file the
	 * one who put it cannot read.
	 */
	if (read_file_nofollow_id(path, MAX_LEDGER_SIZE, &text, &l->read_id,
	    &l->has_read_id) == -1) {
		if (errno == ENOENT)
			rc = 1;
		else
			parse_error_set(err, 0, "cannot read: %s", errno ==
			    EINVAL || errno == ELOOP ? "not a regular file "
			    "(a link, a folder, a FIFO...)" : strerror(errno));
		goto out;
	}
	if (text.len == 0) {
		parse_error_set(err, 0, "empty: it lost even its header line "
		    "(truncated)");
		goto out;
	}
	if (drop == NULL && memchr(text.data, '\0', text.len) != NULL) {
		parse_error_set(err, 0, "holds a NUL byte: not a ledger");
		goto out;
	}
	end = text.data + text.len;
	if (end[-1] != '\n') {
		for (n = 0, p = text.data; (p = memchr(p, '\n', (size_t)(end -
		    p))) != NULL; p++)
			n++;
		parse_error_set(err, n + 1, "the last line has no end "
		    "(truncated)");
		/* Salvaged: the lines before it, if the header is whole. */
		if (drop == NULL || n == 0)
			goto out;
		drop(arg, err);
		while (end[-1] != '\n')
			end--;
	}
	/*
	 * A checkout with core.autocrlf, or an editor, may have given it CR LF
	 * line ends or a byte-order mark: both are read past, and the next
	 * ledger written has neither.
	 */
	p = text.data;
	if (text.len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	nl = memchr(p, '\n', (size_t)(end - p));
	if (p != text.data || (nl > p && nl[-1] == '\r'))
		plain_hash(l, p, (size_t)(end - p));
	for (; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		*nl = '\0';
		n = (size_t)(nl - p);
		if (n > 0 && p[n - 1] == '\r')
			p[--n] = '\0';
		line++;
		/* Only a salvage gets here with one (a block of zeros, say). */
		if (strlen(p) != n) {
			parse_error_set(&bad, line, "holds a NUL byte");
			if (line == 1) {
				*err = bad;
				goto out;
			}
			drop(arg, &bad);
			continue;
		}
		if (line == 1) {
			if (parse_header(p, at, &ncols, &l->archives,
			    err) == -1)
				goto out;
			continue;
		}
		if ((n = tsv_split(p, f, MAXCOLS)) != ncols) {
			parse_error_set(&bad, line, "%zu fields where the "
			    "header names %zu", n, ncols);
			if (drop == NULL)
				goto fail;
			drop(arg, &bad);
			continue;
		}
		if (l->text == NULL) {
			l->textlen = text.len;
			w = l->text = text.data;
		}
		if (parse_row(l, f, at, line, drop == NULL, &bad) == -1) {
			if (drop == NULL)
				goto fail;
			drop(arg, &bad);
			continue;
		}
		if (drop == NULL && l->n > 1 && strcmp(l->v[l->n - 2]->slug,
		    l->v[l->n - 1]->slug) > 0) {
			parse_error_set(err, line, "not sorted: slug \"%s\" "
			    "comes after \"%s\"", l->v[l->n - 1]->slug,
			    l->v[l->n - 2]->slug);
			goto out;
		}
		compact(l->v[l->n - 1], &w);
	}
	if (l->text != NULL)
		shrink(l, w);
	rc = 0;
	goto out;
fail:
	*err = bad;
out:
	if (l->text != NULL)
		buf_init(&text);	/* the ledger's now */
	if (rc == -1)
		ledger_free(l);
	buf_free(&text);
	return rc;
}

int
ledger_read(const char *path, struct ledger *l, struct parse_error *err)
{
	return read_ledger(path, l, err, NULL, NULL);
}

int
ledger_salvage(const char *path, struct ledger *l, struct parse_error *err,
    void (*drop)(void *arg, const struct parse_error *why), void *arg)
{
	return read_ledger(path, l, err, drop, arg);
}

static void
add_field(struct buf *out, const char *s, char end)
{
	size_t	 n;

	for (;;) {
		n = tsv_plain_span(s, 0);
		buf_add(out, s, n);
		if (s[n] == '\0')
			break;
		buf_adds(out, tsv_escape_of(s[n], 0));
		s += n + 1;
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
ledger_sort(struct ledger *l)
{
	size_t	 i;

	/* Most often only rows sorting last were added: nothing to do. */
	for (i = 1; i < l->n && strcmp(l->v[i - 1]->slug, l->v[i]->slug) < 0;
	    i++)
		;
	if (i < l->n) {
		qsort(l->v, l->n, sizeof(*l->v), cmp_rows);
		reindex(l);
	}
	l->unsorted = false;
}

/* N in decimal into NUM (24 bytes), without printf's cost per line. */
static void
add_number(char *num, unsigned long n)
{
	char	 d[24];
	size_t	 i = 0, j = 0;

	do
		d[i++] = (char)('0' + n % 10);
	while ((n /= 10) > 0);
	while (i > 0)
		num[j++] = d[--i];
	num[j] = '\0';
}

void
ledger_line(const struct ledger *l, size_t i, struct buf *out)
{
	const struct ledger_row	*r;
	size_t			 c, ncols = l->archives ? NCOLS : NREQUIRED;
	char			 num[24], hex[SHA256_HEX];

	if (i == 0) {
		for (c = 0; c < ncols; c++)
			add_field(out, col_name[c], c + 1 < ncols ? '\t' : '\n');
		return;
	}
	r = l->v[i - 1];
	add_field(out, r->slug, '\t');
	add_field(out, r->id, '\t');
	add_date(out, &r->published);
	add_date(out, &r->updated);
	add_field(out, r->link, '\t');
	if (r->hashed)
		sha256_digest_hex(r->hash, hex);
	else
		strcpy(hex, "-");
	add_field(out, hex, l->archives ? '\t' : '\n');
	if (!l->archives)
		return;
	num[0] = '\0';
	if (r->archive > 0)
		add_number(num, r->archive);
	add_field(out, num, '\t');
	if (r->has_gone)
		add_date_end(out, &r->gone, '\n');
	else
		add_field(out, "", '\n');
}

void
ledger_format(struct ledger *l, struct buf *out)
{
	size_t	 i;

	ledger_sort(l);
	for (i = 0; i <= l->n; i++)
		ledger_line(l, i, out);
}
