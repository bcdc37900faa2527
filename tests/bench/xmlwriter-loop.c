/*
 * The limit make bench measures feedwright build against: a bare libxml2
 * xmlTextWriter loop that reads every record of a folder (the title, the
 * author, the "email | date" line and the body up to the trailer line,
 * nothing else) and writes Atom and RSS holding every entry, newest first.
 * It checks nothing: no record rules, no validation of what it writes, no
 * temporary files or renames. Not installed; built by make bench only.
 *
 * Usage: xmlwriter-loop ARTICLES OUTDIR ZONE
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <libxml/xmlwriter.h>

#define TRAILER "\nWEEKLY HOT\n"
#define SITE "https://bench.example/"

struct rec {
	char	 *slug;		/* the file name without .txt */
	char	 *text;		/* the file, cut into NUL-ended paragraphs */
	char	**para;		/* title, author, byline, body paragraphs */
	size_t	  npara;
	time_t	  when;
	char	  rfc3339[96];
	char	  rfc822[40];
};

static void
die(const char *what, const char *name)
{
	fprintf(stderr, "xmlwriter-loop: %s: %s\n", name, what);
	exit(1);
}

static char *
slurp(int dirfd, const char *name)
{
	struct stat st;
	char *buf;
	ssize_t n;
	size_t got = 0;
	int fd;

	if ((fd = openat(dirfd, name, O_RDONLY)) == -1 || fstat(fd, &st) == -1)
		die("cannot read", name);
	if ((buf = malloc((size_t)st.st_size + 1)) == NULL)
		die("out of memory", name);
	while (got < (size_t)st.st_size &&
	    (n = read(fd, buf + got, (size_t)st.st_size - got)) > 0)
		got += (size_t)n;
	close(fd);
	buf[got] = '\0';
	return buf;
}

/* Cuts the text at the trailer and into paragraphs (blank-line separated). */
static void
split(struct rec *r, const char *name)
{
	char *p, *end, *sep;
	size_t cap = 16;

	if ((end = strstr(r->text, TRAILER)) != NULL)
		end[1] = '\0';
	if ((r->para = malloc(cap * sizeof *r->para)) == NULL)
		die("out of memory", name);
	for (p = r->text; *p != '\0'; p = sep) {
		while (*p == '\n')
			p++;
		if (*p == '\0')
			break;
		if ((sep = strstr(p, "\n\n")) != NULL)
			*sep++ = '\0';
		else
			sep = p + strlen(p);
		if (sep > p && sep[-1] == '\n' && sep[0] == '\0')
			sep[-1] = '\0';
		if (r->npara == cap && (r->para = realloc(r->para,
		    (cap *= 2) * sizeof *r->para)) == NULL)
			die("out of memory", name);
		r->para[r->npara++] = p;
	}
	if (r->npara < 4)
		die("not a record", name);
}

static void
parse_time(struct rec *r, const char *name)
{
	struct tm tm = { 0 };
	char *bar = strchr(r->para[2], '|');
	long off;

	if (bar == NULL || sscanf(bar + 1, " %d-%d-%d %d:%d:%d", &tm.tm_year,
	    &tm.tm_mon, &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6)
		die("no \"email | date\" line", name);
	while (bar > r->para[2] && bar[-1] == ' ')
		bar--;
	*bar = '\0';	/* the email address alone */
	tm.tm_year -= 1900;
	tm.tm_mon--;
	tm.tm_isdst = -1;
	r->when = mktime(&tm);
	off = tm.tm_gmtoff / 60;
	snprintf(r->rfc3339, sizeof r->rfc3339,
	    "%04d-%02d-%02dT%02d:%02d:%02d%c%02ld:%02ld", tm.tm_year + 1900,
	    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
	    off < 0 ? '-' : '+', labs(off) / 60, labs(off) % 60);
	strftime(r->rfc822, sizeof r->rfc822, "%a, %d %b %Y %H:%M:%S %z", &tm);
}

static int
newest_first(const void *a, const void *b)
{
	const struct rec *x = a, *y = b;

	if (x->when != y->when)
		return x->when < y->when ? 1 : -1;
	return strcmp(x->slug, y->slug);
}

/* Appends n bytes of s to the NUL-ended buffer. */
static void
append(char **buf, size_t *len, size_t *cap, const char *s, size_t n)
{
	if (*len + n + 1 > *cap && (*buf = realloc(*buf,
	    *cap = 2 * *cap + n + 1)) == NULL)
		die("out of memory", "html");
	memcpy(*buf + *len, s, n);
	*len += n;
	(*buf)[*len] = '\0';
}

/* Plain text as HTML: & < > escaped. */
static void
html_escape(char **buf, size_t *len, size_t *cap, const char *s)
{
	const char *run = s;

	for (; *s != '\0'; s++) {
		if (*s != '&' && *s != '<' && *s != '>')
			continue;
		append(buf, len, cap, run, (size_t)(s - run));
		if (*s == '&')
			append(buf, len, cap, "&amp;", 5);
		else
			append(buf, len, cap, *s == '<' ? "&lt;" : "&gt;", 4);
		run = s + 1;
	}
	append(buf, len, cap, run, (size_t)(s - run));
}

/* The body as HTML paragraphs, one a line. */
static const char *
content(const struct rec *r, char **buf, size_t *cap)
{
	size_t len = 0, i;

	for (i = 3; i < r->npara; i++) {
		append(buf, &len, cap, "<p>", 3);
		html_escape(buf, &len, cap, r->para[i]);
		append(buf, &len, cap, "</p>\n", i + 1 < r->npara ? 5 : 4);
	}
	return *buf;
}

/* The first paragraph, as HTML. */
static const char *
summary(const struct rec *r, char **buf, size_t *cap)
{
	size_t len = 0;

	html_escape(buf, &len, cap, r->para[3]);
	return *buf;
}

#define X(call) do { if ((call) < 0) die("cannot write", path); } while (0)
#define EL(w, name, text) X(xmlTextWriterWriteElement(w, BAD_CAST (name), \
	BAD_CAST (text)))
#define AT(w, name, text) X(xmlTextWriterWriteAttribute(w, BAD_CAST (name), \
	BAD_CAST (text)))

static xmlTextWriterPtr
start(const char *dir, const char *file, char *path, size_t size)
{
	xmlTextWriterPtr w;

	snprintf(path, size, "%s/%s", dir, file);
	if ((w = xmlNewTextWriterFilename(path, 0)) == NULL)
		die("cannot create", path);
	X(xmlTextWriterSetIndent(w, 1));
	X(xmlTextWriterSetIndentString(w, BAD_CAST "  "));
	X(xmlTextWriterStartDocument(w, NULL, "utf-8", NULL));
	return w;
}

static void
write_atom(const char *dir, struct rec *r, size_t n)
{
	char path[4096], link[4096], *buf = NULL;
	size_t cap = 0, i;
	xmlTextWriterPtr w = start(dir, "atom.xml", path, sizeof path);

	X(xmlTextWriterStartElement(w, BAD_CAST "feed"));
	AT(w, "xmlns", "http://www.w3.org/2005/Atom");
	AT(w, "xml:lang", "en");
	EL(w, "id", "tag:bench.example,2025:feed");
	EL(w, "title", "Bench & <Feed>");
	EL(w, "subtitle", "Generated records for make bench");
	EL(w, "updated", n > 0 ? r[0].rfc3339 : "2025-01-01T00:00:00Z");
	X(xmlTextWriterStartElement(w, BAD_CAST "link"));
	AT(w, "rel", "self");
	AT(w, "type", "application/atom+xml");
	AT(w, "href", SITE "feeds/atom.xml");
	X(xmlTextWriterEndElement(w));
	X(xmlTextWriterStartElement(w, BAD_CAST "author"));
	EL(w, "name", "Bench Desk");
	X(xmlTextWriterEndElement(w));
	for (i = 0; i < n; i++) {
		snprintf(link, sizeof link, SITE "news/%s", r[i].slug);
		X(xmlTextWriterStartElement(w, BAD_CAST "entry"));
		EL(w, "id", link);
		EL(w, "title", r[i].para[0]);
		X(xmlTextWriterStartElement(w, BAD_CAST "link"));
		AT(w, "rel", "alternate");
		AT(w, "type", "text/html");
		AT(w, "href", link);
		X(xmlTextWriterEndElement(w));
		EL(w, "published", r[i].rfc3339);
		EL(w, "updated", r[i].rfc3339);
		X(xmlTextWriterStartElement(w, BAD_CAST "author"));
		EL(w, "name", r[i].para[1]);
		EL(w, "email", r[i].para[2]);
		X(xmlTextWriterEndElement(w));
		/* As feedwright does: html only when the text holds an end tag. */
		X(xmlTextWriterStartElement(w, BAD_CAST "summary"));
		if (strstr(r[i].para[3], "</") != NULL) {
			AT(w, "type", "html");
			X(xmlTextWriterWriteString(w, BAD_CAST summary(&r[i],
			    &buf, &cap)));
		} else
			X(xmlTextWriterWriteString(w, BAD_CAST r[i].para[3]));
		X(xmlTextWriterEndElement(w));
		X(xmlTextWriterStartElement(w, BAD_CAST "content"));
		AT(w, "type", "html");
		X(xmlTextWriterWriteString(w, BAD_CAST content(&r[i], &buf,
		    &cap)));
		X(xmlTextWriterEndElement(w));
		X(xmlTextWriterEndElement(w));
	}
	X(xmlTextWriterEndDocument(w));
	xmlFreeTextWriter(w);
	free(buf);
}

static void
write_rss(const char *dir, struct rec *r, size_t n)
{
	char path[4096], link[4096], *buf = NULL;
	size_t cap = 0, i;
	xmlTextWriterPtr w = start(dir, "rss.xml", path, sizeof path);

	X(xmlTextWriterStartElement(w, BAD_CAST "rss"));
	AT(w, "version", "2.0");
	AT(w, "xmlns:atom", "http://www.w3.org/2005/Atom");
	AT(w, "xmlns:content", "http://purl.org/rss/1.0/modules/content/");
	X(xmlTextWriterStartElement(w, BAD_CAST "channel"));
	EL(w, "title", "Bench & <Feed>");
	EL(w, "link", SITE);
	EL(w, "description", "Generated records for make bench");
	EL(w, "language", "en");
	if (n > 0)
		EL(w, "lastBuildDate", r[0].rfc822);
	X(xmlTextWriterStartElement(w, BAD_CAST "atom:link"));
	AT(w, "href", SITE "feeds/rss.xml");
	AT(w, "rel", "self");
	AT(w, "type", "application/rss+xml");
	X(xmlTextWriterEndElement(w));
	for (i = 0; i < n; i++) {
		snprintf(link, sizeof link, SITE "news/%s", r[i].slug);
		X(xmlTextWriterStartElement(w, BAD_CAST "item"));
		EL(w, "title", r[i].para[0]);
		EL(w, "link", link);
		EL(w, "description", summary(&r[i], &buf, &cap));
		EL(w, "content:encoded", content(&r[i], &buf, &cap));
		X(xmlTextWriterStartElement(w, BAD_CAST "author"));
		X(xmlTextWriterWriteFormatString(w, "%s (%s)", r[i].para[2],
		    r[i].para[1]));
		X(xmlTextWriterEndElement(w));
		X(xmlTextWriterStartElement(w, BAD_CAST "guid"));
		AT(w, "isPermaLink", "true");
		X(xmlTextWriterWriteString(w, BAD_CAST link));
		X(xmlTextWriterEndElement(w));
		EL(w, "pubDate", r[i].rfc822);
		X(xmlTextWriterEndElement(w));
	}
	X(xmlTextWriterEndDocument(w));
	xmlFreeTextWriter(w);
	free(buf);
}

int
main(int argc, char **argv)
{
	struct rec *r = NULL;
	struct dirent *de;
	size_t n = 0, cap = 0, i;
	DIR *d;

	if (argc != 4) {
		fprintf(stderr, "usage: xmlwriter-loop ARTICLES OUTDIR ZONE\n");
		return 2;
	}
	if (setenv("TZ", argv[3], 1) == -1)
		die("cannot set", "TZ");
	tzset();
	if ((d = opendir(argv[1])) == NULL)
		die("cannot open", argv[1]);
	while ((de = readdir(d)) != NULL) {
		size_t len = strlen(de->d_name);

		if (de->d_name[0] == '.' || len < 5 ||
		    strcmp(de->d_name + len - 4, ".txt") != 0)
			continue;
		if (n == cap && (r = realloc(r, (cap = 2 * cap + 1024) *
		    sizeof *r)) == NULL)
			die("out of memory", argv[1]);
		memset(&r[n], 0, sizeof r[n]);
		if ((r[n].slug = strndup(de->d_name, len - 4)) == NULL)
			die("out of memory", de->d_name);
		r[n].text = slurp(dirfd(d), de->d_name);
		split(&r[n], de->d_name);
		parse_time(&r[n], de->d_name);
		n++;
	}
	closedir(d);
	qsort(r, n, sizeof *r, newest_first);
	write_atom(argv[2], r, n);
	write_rss(argv[2], r, n);
	for (i = 0; i < n; i++) {
		free(r[i].slug);
		free(r[i].text);
		free(r[i].para);
	}
	free(r);
	xmlCleanupParser();
	return 0;
}
