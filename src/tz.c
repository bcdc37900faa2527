/*
 * tz.c -- IANA time zones read from TZif files (RFC 8536).
 *
 * tz_parse() turns a TZif image into a table of transitions plus the
 * POSIX TZ rule from the version 2+ footer (RFC 8536 section 3.3, with the
 * section 3.3.1 extensions), which governs instants after the last
 * transition.  Every read is bounded by the image length, since the
 * parser is meant to survive arbitrary input.  No global state, no TZ,
 * no tzset()/localtime(): the answers depend only on the file.
 */

#define _POSIX_C_SOURCE 200809L

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "civil.h"
#include "tz.h"
#include "util.h"

#define HEADER_LEN	44
#define MAX_FILE	(1024 * 1024)	/* real TZif files are a few KiB */
#define MAX_NAME	255
#define OFFSET_MIN	(-89999)	/* -24:59:59, RFC 8536 section 3.2 */
#define OFFSET_MAX	93599		/* +25:59:59 */
#define SECS_PER_DAY	86400
/* Footer rules repeat every 400 Gregorian years (a whole number of weeks). */
#define CYCLE_SECS	((int64_t)146097 * SECS_PER_DAY)

enum rule_kind {
	RULE_JULIAN1,		/* Jn: 1-365, Feb 29 never counted */
	RULE_JULIAN0,		/* n: 0-365, Feb 29 counted */
	RULE_MONTH		/* Mm.w.d */
};

struct rule_date {
	enum rule_kind	kind;
	int		day;	/* Jn or n; for Mm.w.d the weekday 0-6 */
	int		week;	/* 1-5, 5 meaning the last */
	int		month;	/* 1-12 */
	int32_t		time;	/* seconds after local midnight */
};

struct footer {
	bool		present;	/* a non-empty TZ string */
	bool		has_dst;
	int32_t		std_off;	/* east positive, unlike POSIX */
	int32_t		dst_off;
	struct rule_date start;		/* in standard time */
	struct rule_date end;		/* in daylight time */
};

struct tz {
	size_t		 ntrans;
	int64_t		*trans;		/* strictly ascending POSIX times */
	int32_t		*trans_off;	/* offset from trans[i] on */
	size_t		 ntypes;
	int32_t		*type_off;	/* type 0 rules before trans[0] */
	struct footer	 footer;
};

struct header {
	unsigned char	version;
	uint32_t	isutcnt;
	uint32_t	isstdcnt;
	uint32_t	leapcnt;
	uint32_t	timecnt;
	uint32_t	typecnt;
	uint32_t	charcnt;
};

struct cursor {
	const char	*p;
	const char	*end;
};

static uint32_t
get_u32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	    (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

/* Two's complement without implementation-defined conversions. */
static int32_t
get_s32(const unsigned char *p)
{
	uint32_t u = get_u32(p);

	if (u <= INT32_MAX)
		return (int32_t)u;
	return (int32_t)(u - 0x80000000u) + INT32_MIN;
}

static int64_t
get_s64(const unsigned char *p)
{
	uint64_t u = (uint64_t)get_u32(p) << 32 | get_u32(p + 4);

	if (u <= INT64_MAX)
		return (int64_t)u;
	return (int64_t)(u - 0x8000000000000000u) + INT64_MIN;
}

static int64_t
get_time(const unsigned char *p, size_t timesize)
{
	return timesize == 8 ? get_s64(p) : get_s32(p);
}

static const char *
read_header(const unsigned char *buf, size_t len, struct header *h)
{
	if (len < HEADER_LEN)
		return "truncated header";
	if (memcmp(buf, "TZif", 4) != 0)
		return "bad magic";
	h->version = buf[4];
	if (h->version != 0 && (h->version < '2' || h->version > '4'))
		return "unsupported TZif version";
	h->isutcnt = get_u32(buf + 20);
	h->isstdcnt = get_u32(buf + 24);
	h->leapcnt = get_u32(buf + 28);
	h->timecnt = get_u32(buf + 32);
	h->typecnt = get_u32(buf + 36);
	h->charcnt = get_u32(buf + 40);
	if (h->typecnt == 0)
		return "no local time types";
	if (h->charcnt == 0)
		return "no time zone designations";
	if (h->isutcnt != 0 && h->isutcnt != h->typecnt)
		return "bad UT/local indicator count";
	if (h->isstdcnt != 0 && h->isstdcnt != h->typecnt)
		return "bad standard/wall indicator count";
	return NULL;
}

/* Size of a data block; cannot overflow 64 bits with 32-bit counts. */
static uint64_t
block_len(const struct header *h, size_t timesize)
{
	return (uint64_t)h->timecnt * (timesize + 1) +
	    (uint64_t)h->typecnt * 6 + h->charcnt +
	    (uint64_t)h->leapcnt * (timesize + 4) +
	    h->isstdcnt + h->isutcnt;
}

static const char *
read_types(const unsigned char *p, const struct header *h, struct tz *tz)
{
	const unsigned char *chars = p + (size_t)h->typecnt * 6;
	uint32_t i;

	tz->ntypes = h->typecnt;
	tz->type_off = calloc(tz->ntypes, sizeof(*tz->type_off));
	if (tz->type_off == NULL)
		return "out of memory";
	for (i = 0; i < h->typecnt; i++, p += 6) {
		int32_t off = get_s32(p);

		if (off < OFFSET_MIN || off > OFFSET_MAX)
			return "UT offset out of range";
		if (p[4] > 1)
			return "bad DST indicator";
		if (p[5] >= h->charcnt)
			return "designation index out of range";
		if (memchr(chars + p[5], '\0', h->charcnt - p[5]) == NULL)
			return "unterminated designation";
		tz->type_off[i] = off;
	}
	return NULL;
}

static const char *
check_leaps(const unsigned char *leaps, uint32_t n, size_t timesize)
{
	uint32_t i;

	for (i = 1; i < n; i++, leaps += timesize + 4)
		if (get_time(leaps + timesize + 4, timesize) <=
		    get_time(leaps, timesize))
			return "leap second times not ascending";
	return NULL;
}

/*
 * Transitions, converted to POSIX time when the file counts leap seconds
 * ("right/" zones), since callers give us POSIX time: subtract the
 * correction of the last leap second at or before each transition.
 * Both lists are ascending, so one pass merges them.
 */
static const char *
read_transitions(const unsigned char *p, const struct header *h,
    size_t timesize, struct tz *tz)
{
	const unsigned char *idx = p + (size_t)h->timecnt * timesize;
	const unsigned char *leaps = idx + h->timecnt +
	    (size_t)h->typecnt * 6 + h->charcnt;
	const char *err;
	int64_t t, prev = 0;
	int32_t corr = 0;
	uint32_t i, j = 0;

	if ((err = check_leaps(leaps, h->leapcnt, timesize)) != NULL)
		return err;
	tz->ntrans = h->timecnt;
	if (tz->ntrans == 0)
		return NULL;
	tz->trans = calloc(tz->ntrans, sizeof(*tz->trans));
	tz->trans_off = calloc(tz->ntrans, sizeof(*tz->trans_off));
	if (tz->trans == NULL || tz->trans_off == NULL)
		return "out of memory";
	for (i = 0; i < h->timecnt; i++, p += timesize) {
		t = get_time(p, timesize);
		if (i > 0 && t <= prev)
			return "transition times not ascending";
		prev = t;
		for (; j < h->leapcnt; j++, leaps += timesize + 4) {
			if (get_time(leaps, timesize) > t)
				break;
			corr = get_s32(leaps + timesize);
		}
		if ((corr > 0 && t < INT64_MIN + corr) ||
		    (corr < 0 && t > INT64_MAX + corr))
			return "transition time out of range";
		t -= corr;
		if (i > 0 && t <= tz->trans[i - 1])
			return "transition times not ascending";
		if (idx[i] >= h->typecnt)
			return "transition type out of range";
		tz->trans[i] = t;
		tz->trans_off[i] = tz->type_off[idx[i]];
	}
	return NULL;
}

static const char *
read_indicators(const unsigned char *p, const struct header *h,
    size_t timesize)
{
	uint64_t i;

	p += (size_t)h->timecnt * (timesize + 1) + (size_t)h->typecnt * 6 +
	    h->charcnt + (size_t)h->leapcnt * (timesize + 4);
	for (i = 0; i < (uint64_t)h->isstdcnt + h->isutcnt; i++)
		if (p[i] > 1)
			return "bad standard/wall or UT/local indicator";
	return NULL;
}

static const char *
read_block(const unsigned char *p, const struct header *h, size_t timesize,
    struct tz *tz)
{
	const char *err;

	if ((err = read_types(p + (size_t)h->timecnt * (timesize + 1), h,
	    tz)) != NULL)
		return err;
	if ((err = read_indicators(p, h, timesize)) != NULL)
		return err;
	return read_transitions(p, h, timesize, tz);
}

/* Footer (POSIX TZ string) parsing; ASCII only, never the locale's ctype. */

static bool
peek(const struct cursor *c, char ch)
{
	return c->p < c->end && *c->p == ch;
}

static bool
accept(struct cursor *c, char ch)
{
	if (!peek(c, ch))
		return false;
	c->p++;
	return true;
}

/* Zone abbreviation: three or more letters, or <...> with [A-Za-z0-9+-]. */
static bool
parse_name(struct cursor *c)
{
	const char *start;

	if (accept(c, '<')) {
		start = c->p;
		while (c->p < c->end && (ascii_isalpha(*c->p) || ascii_isdigit(*c->p) ||
		    *c->p == '+' || *c->p == '-'))
			c->p++;
		if (c->p - start < 3)
			return false;
		return accept(c, '>');
	}
	start = c->p;
	while (c->p < c->end && ascii_isalpha(*c->p))
		c->p++;
	return c->p - start >= 3;
}

static bool
parse_num(struct cursor *c, int maxdigits, int min, int max, int *out)
{
	int n = 0, v = 0;

	while (n < maxdigits && c->p < c->end && ascii_isdigit(*c->p)) {
		v = v * 10 + (*c->p++ - '0');
		n++;
	}
	if (n == 0 || v < min || v > max)
		return false;
	*out = v;
	return true;
}

/* [+-]hh[:mm[:ss]] with hours up to maxhour, as seconds. */
static bool
parse_hms(struct cursor *c, int maxhour, int32_t *out)
{
	int sign = 1, h, m = 0, s = 0;

	if (accept(c, '-'))
		sign = -1;
	else
		(void)accept(c, '+');
	if (!parse_num(c, 3, 0, maxhour, &h))
		return false;
	if (accept(c, ':')) {
		if (!parse_num(c, 2, 0, 59, &m))
			return false;
		if (accept(c, ':') && !parse_num(c, 2, 0, 59, &s))
			return false;
	}
	*out = sign * (h * 3600 + m * 60 + s);
	return true;
}

/* POSIX offsets count west of UTC; hours 0-24. */
static bool
parse_offset(struct cursor *c, int32_t *off)
{
	int32_t v;

	if (!parse_hms(c, 24, &v))
		return false;
	*off = -v;
	return true;
}

static bool
parse_date(struct cursor *c, struct rule_date *r)
{
	r->time = 2 * 3600;
	if (accept(c, 'J')) {
		r->kind = RULE_JULIAN1;
		if (!parse_num(c, 3, 1, 365, &r->day))
			return false;
	} else if (accept(c, 'M')) {
		r->kind = RULE_MONTH;
		if (!parse_num(c, 2, 1, 12, &r->month) || !accept(c, '.') ||
		    !parse_num(c, 1, 1, 5, &r->week) || !accept(c, '.') ||
		    !parse_num(c, 1, 0, 6, &r->day))
			return false;
	} else {
		r->kind = RULE_JULIAN0;
		if (!parse_num(c, 3, 0, 365, &r->day))
			return false;
	}
	/* RFC 8536 3.3.1: the time may be negative or exceed 24 hours. */
	if (accept(c, '/'))
		return parse_hms(c, 167, &r->time);
	return true;
}

static const char *
parse_footer(const char *s, size_t len, struct footer *f)
{
	struct cursor c = { s, s + len };

	memset(f, 0, sizeof(*f));
	if (len == 0)
		return NULL;	/* empty: the last transition's type rules */
	f->present = true;
	if (!parse_name(&c) || !parse_offset(&c, &f->std_off))
		return "bad standard time in TZ string";
	if (c.p == c.end)
		return NULL;
	f->has_dst = true;
	if (!parse_name(&c))
		return "bad daylight time name in TZ string";
	f->dst_off = f->std_off + 3600;
	if (c.p < c.end && *c.p != ',' && !parse_offset(&c, &f->dst_off))
		return "bad daylight time offset in TZ string";
	if (c.p == c.end) {
		/* Rule omitted: POSIX leaves it to us; tzcode uses US rules. */
		static const char def[] = ",M3.2.0,M11.1.0";

		c.p = def;
		c.end = def + sizeof(def) - 1;
	}
	if (!accept(&c, ',') || !parse_date(&c, &f->start) ||
	    !accept(&c, ',') || !parse_date(&c, &f->end) || c.p != c.end)
		return "bad rule in TZ string";
	return NULL;
}

static const char *
read_footer(const unsigned char *p, size_t len, struct footer *f)
{
	const unsigned char *nl;

	if (len < 2 || p[0] != '\n')
		return "missing TZ string footer";
	nl = memchr(p + 1, '\n', len - 1);
	if (nl == NULL)
		return "unterminated TZ string footer";
	if (memchr(p + 1, '\0', (size_t)(nl - p - 1)) != NULL)
		return "NUL in TZ string footer";
	return parse_footer((const char *)p + 1, (size_t)(nl - p - 1), f);
}

/* The footer's date for a rule in a year, as days since the epoch. */
static int64_t
rule_day(const struct rule_date *r, int year)
{
	int64_t first, d;

	switch (r->kind) {
	case RULE_JULIAN1:
		d = civil_days_from_date(year, 1, 1) + r->day - 1;
		return d + (civil_is_leap(year) && r->day >= 60);
	case RULE_JULIAN0:
		return civil_days_from_date(year, 1, 1) + r->day;
	case RULE_MONTH:
	default:
		first = civil_days_from_date(year, r->month, 1);
		d = first + (r->day - civil_weekday(first) + 7) % 7 +
		    (int64_t)(r->week - 1) * 7;
		if (d >= first + civil_days_in_month(year, r->month))
			d -= 7;		/* week 5 means the last one */
		return d;
	}
}

/*
 * Offset from the footer rule.  Rather than reason about hemispheres,
 * all-year DST and times beyond 24 hours, list the start and end instants
 * of four years around t in their logical order, sort them stably, and
 * take the last one at or before t.  Ties keep the logical order, so a
 * DST that ends exactly when the next one starts stays in force.
 */
static int32_t
footer_offset(const struct footer *f, int64_t t)
{
	struct {
		int64_t	at;
		bool	dst;
	} ev[8], tmp;
	struct civil c;
	size_t i, j, n = 0;
	bool dst;
	int y;

	if (!f->has_dst)
		return f->std_off;
	t %= CYCLE_SECS;		/* keep the year small; exact */
	if (t < 0)
		t += CYCLE_SECS;
	civil_from_seconds(t, &c);
	for (y = c.year - 2; y <= c.year + 1; y++) {
		ev[n].at = rule_day(&f->start, y) * SECS_PER_DAY +
		    f->start.time - f->std_off;
		ev[n++].dst = true;
		ev[n].at = rule_day(&f->end, y) * SECS_PER_DAY +
		    f->end.time - f->dst_off;
		ev[n++].dst = false;
	}
	for (i = 1; i < n; i++)
		for (j = i; j > 0 && ev[j - 1].at > ev[j].at; j--) {
			tmp = ev[j];
			ev[j] = ev[j - 1];
			ev[j - 1] = tmp;
		}
	dst = ev[0].dst;
	for (i = 0; i < n && ev[i].at <= t; i++)
		dst = ev[i].dst;
	return dst ? f->dst_off : f->std_off;
}

void
tz_free(struct tz *tz)
{
	if (tz == NULL)
		return;
	free(tz->trans);
	free(tz->trans_off);
	free(tz->type_off);
	free(tz);
}

static const char *
parse_image(const unsigned char *buf, size_t len, struct tz *tz)
{
	struct header h, h2;
	uint64_t blen;
	size_t pos;
	const char *err;

	if ((err = read_header(buf, len, &h)) != NULL)
		return err;
	blen = block_len(&h, 4);
	if (blen > len - HEADER_LEN)
		return "truncated data block";
	if (h.version == 0)
		return read_block(buf + HEADER_LEN, &h, 4, tz);

	/* Version 2+: skip the 32-bit block, use the 64-bit one. */
	pos = HEADER_LEN + (size_t)blen;
	if ((err = read_header(buf + pos, len - pos, &h2)) != NULL)
		return err;
	if (h2.version != h.version)
		return "mismatched version in second header";
	pos += HEADER_LEN;
	blen = block_len(&h2, 8);
	if (blen > len - pos)
		return "truncated data block";
	if ((err = read_block(buf + pos, &h2, 8, tz)) != NULL)
		return err;
	pos += (size_t)blen;
	return read_footer(buf + pos, len - pos, &tz->footer);
}

struct tz *
tz_parse(const unsigned char *buf, size_t len, const char **err)
{
	struct tz *tz;
	const char *e;

	if (buf == NULL)
		len = 0;
	if ((tz = calloc(1, sizeof(*tz))) == NULL) {
		e = "out of memory";
	} else if ((e = parse_image(buf, len, tz)) == NULL) {
		return tz;
	}
	tz_free(tz);
	if (err != NULL)
		*err = e;
	return NULL;
}

int32_t
tz_offset_at(const struct tz *tz, int64_t t)
{
	size_t lo, hi, mid;

	if (tz->ntrans == 0 || t >= tz->trans[tz->ntrans - 1]) {
		if (tz->footer.present)
			return footer_offset(&tz->footer, t);
		if (tz->ntrans == 0)
			return tz->type_off[0];
		return tz->trans_off[tz->ntrans - 1];
	}
	if (t < tz->trans[0])
		return tz->type_off[0];
	/* Invariant: trans[lo] <= t < trans[hi]. */
	lo = 0;
	hi = tz->ntrans - 1;
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (tz->trans[mid] <= t)
			lo = mid;
		else
			hi = mid;
	}
	return tz->trans_off[lo];
}

/*
 * Any instant t showing local time L satisfies t = L - offset_at(t), so
 * it is L - o for one of the zone's offsets o: try each and keep the ones
 * that check out.  None means a gap; two or more, an overlap.
 */
enum tz_local
tz_local_to_utc(const struct tz *tz, const struct civil *local, int64_t *t,
    int32_t *offset, bool *ambiguous)
{
	int64_t ls = civil_to_seconds(local), best = 0;
	int32_t cand[2], best_off = 0;
	size_t i, n = tz->ntypes + 2;
	bool found = false, amb = false;

	cand[0] = tz->footer.std_off;
	cand[1] = tz->footer.dst_off;
	for (i = 0; i < n; i++) {
		int32_t o;
		int64_t u;

		if (i < 2 && !tz->footer.present)
			continue;
		o = i < 2 ? cand[i] : tz->type_off[i - 2];
		u = ls - o;
		if (tz_offset_at(tz, u) != o)
			continue;
		if (found && u != best)
			amb = true;
		if (!found || u < best) {
			best = u;
			best_off = o;
		}
		found = true;
	}
	if (ambiguous != NULL)
		*ambiguous = amb;
	if (!found)
		return TZ_LOCAL_GAP;
	*t = best;
	*offset = best_off;
	return TZ_LOCAL_OK;
}

static bool
name_char(int c)
{
	return ascii_isalpha(c) || ascii_isdigit(c) || c == '.' || c == '_' ||
	    c == '+' || c == '-';
}

bool
tz_name_valid(const char *name)
{
	size_t len;
	bool start = true;

	for (len = 0; name[len] != '\0'; len++) {
		char c = name[len];

		if (len >= MAX_NAME)
			return false;
		if (c == '/') {
			if (start)
				return false;	/* leading or doubled '/' */
			start = true;
			continue;
		}
		if (!name_char(c) || (start && (c == '.' || c == '-')))
			return false;
		if (c == '.' && name[len + 1] == '.')
			return false;
		start = false;
	}
	return !start;		/* non-empty, no trailing '/' */
}

/* Copy name for an error message, replacing anything unprintable. */
static void
safe_name(char *dst, size_t dstlen, const char *name)
{
	size_t i;

	for (i = 0; i + 1 < dstlen && name[i] != '\0'; i++)
		dst[i] = (name[i] >= 0x20 && name[i] < 0x7f &&
		    name[i] != '"') ? name[i] : '?';
	dst[i] = '\0';
}

static int
read_tzif_fd(int fd, unsigned char **buf, size_t *len)
{
	struct stat st;
	size_t size, got = 0;
	ssize_t n;

	if (fstat(fd, &st) == -1)
		return -1;
	if (!S_ISREG(st.st_mode)) {
		errno = ENOENT;		/* e.g. a directory like "America" */
		return -1;
	}
	if (st.st_size > MAX_FILE) {
		errno = EFBIG;
		return -1;
	}
	size = (size_t)st.st_size;
	if ((*buf = malloc(size + 1)) == NULL)
		return -1;
	while (got < size) {
		n = read(fd, *buf + got, size - got);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			free(*buf);
			return -1;
		}
		if (n == 0)
			break;	/* it shrank under us: parse what we got */
		got += (size_t)n;
	}
	*len = got;
	return 0;
}

int
tz_load(const char *dir, const char *name, struct tz **out, char *errbuf,
    size_t errlen)
{
	char shown[MAX_NAME + 1], *path;
	unsigned char *buf;
	const char *err;
	size_t len, plen;
	int fd;

	*out = NULL;
	if (errbuf == NULL)
		errlen = 0;
	if (!tz_name_valid(name)) {
		safe_name(shown, sizeof(shown), name);
		snprintf(errbuf, errlen, "invalid time zone name \"%s\"",
		    shown);
		return -1;
	}
	plen = strlen(dir) + 1 + strlen(name) + 1;
	if ((path = malloc(plen)) == NULL) {
		snprintf(errbuf, errlen, "out of memory");
		return -1;
	}
	snprintf(path, plen, "%s/%s", dir, name);
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd == -1 || read_tzif_fd(fd, &buf, &len) == -1) {
		if (errno == ENOENT || errno == ENOTDIR)
			snprintf(errbuf, errlen, "unknown time zone \"%s\"",
			    name);
		else
			snprintf(errbuf, errlen,
			    "cannot read time zone file \"%s\": %s", path,
			    strerror(errno));
		if (fd != -1)
			close(fd);
		free(path);
		return -1;
	}
	close(fd);
	*out = tz_parse(buf, len, &err);
	free(buf);
	if (*out == NULL) {
		snprintf(errbuf, errlen,
		    "time zone file \"%s\" is not a TZif file (%s)", path, err);
		free(path);
		return -1;
	}
	free(path);
	return 0;
}
