/*
 * build: the build pipeline. Pass one reads every record and keeps only
 * what choosing needs (name, dates); pass two reads the chosen records
 * again, one at a time, and hands each entry to every format. Nothing is
 * published unless every record is good and every output checks out.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "articles.h"
#include "build.h"
#include "check_output.h"
#include "feed.h"
#include "publish.h"
#include "record.h"
#include "settings.h"
#include "tz.h"

#define MAX_SETTINGS_SIZE (1024 * 1024)
#define MAX_RECORD_SIZE (16 * 1024 * 1024)

static const struct feed_format *const formats[] = {
	&format_atom,
	&format_rss,
};
#define NFORMATS (sizeof(formats) / sizeof(formats[0]))

struct build {
	const char		*feeddir;
	char			*conf_path;
	char			*articles_dir;
	char			*output_dir;
	struct settings		 st;
	struct tz		*tz;
	struct record_opts	 ropts;
	struct picks		 picks;
	struct buf		 text;		/* the record being read */
	unsigned long		 nrecords;
	unsigned long		 nbad;
};

/* Reads and parses one record into b->text and *r; reports any problem. */
static int
load_record(struct build *b, const char *name, struct record *r)
{
	char			*path = path_join(b->articles_dir, name);
	struct parse_error	 err;
	int			 rc = -1;

	if (read_file(path, MAX_RECORD_SIZE, &b->text) == -1) {
		if (errno == EFBIG)
			msg_error(path, 0, "record is larger than %d MiB",
			    MAX_RECORD_SIZE / (1024 * 1024));
		else
			msg_error(path, 0, "cannot read: %s", strerror(errno));
	} else if (record_parse(b->text.data, b->text.len, &b->ropts, r,
	    &err) == -1)
		msg_error(path, err.line, "%s", err.msg);
	else
		rc = 0;
	free(path);
	return rc;
}

static int
choose(void *ctx, const char *name)
{
	struct build	*b = ctx;
	struct record	 r;
	struct when	 updated;

	b->nrecords++;
	if (load_record(b, name, &r) == -1) {
		b->nbad++;
		return 0;
	}
	updated.t = r.has_updated ? r.updated : r.published;
	updated.offset = r.has_updated ? r.updated_offset :
	    r.published_offset;
	picks_offer(&b->picks, name, r.published, &updated);
	record_free(&r);
	return 0;
}

static int
load_settings(struct build *b)
{
	struct buf		 text;
	struct parse_error	 err;
	char			 msg[256];
	int			 rc = -1;

	buf_init(&text);
	if (read_file(b->conf_path, MAX_SETTINGS_SIZE, &text) == -1)
		msg_error(b->conf_path, 0, "cannot read: %s", strerror(errno));
	else if (settings_parse(text.data, text.len, &b->st, &err) == -1)
		msg_error(b->conf_path, err.line, "%s", err.msg);
	else if (tz_load(ZONEINFO_DIR, b->st.timezone, &b->tz, msg,
	    sizeof(msg)) == -1)
		msg_error(b->conf_path, b->st.timezone_line, "%s", msg);
	else
		rc = 0;
	buf_free(&text);
	return rc;
}

/* A folder named in the settings is relative to the feed folder. */
static char *
feed_path(const char *feeddir, const char *p)
{
	return p[0] == '/' ? xstrdup(p) : path_join(feeddir, p);
}

/* Writes every format for the chosen records into temporary files. */
static int
write_all(struct build *b, struct pending *pend)
{
	struct outbuf		 out[NFORMATS];
	void			*w[NFORMATS];
	struct feed_head	 head;
	struct entry_scratch	 scratch;
	struct record		 r;
	struct entry		 e;
	size_t			 i, k;
	int			 rc = EXIT_OK;

	head.settings = &b->st;
	head.generator_version = PACKAGE_VERSION;
	head.updated = b->picks.v[0].updated;
	for (i = 1; i < b->picks.n; i++)
		if (b->picks.v[i].updated.t > head.updated.t)
			head.updated = b->picks.v[i].updated;

	for (k = 0; k < NFORMATS; k++) {
		outbuf_init_fd(&out[k], pend[k].fd);
		w[k] = formats[k]->open(&out[k], &head);
	}
	entry_scratch_init(&scratch);
	for (i = 0; i < b->picks.n && rc == EXIT_OK; i++) {
		char	*slug;

		/* A record changed since pass one is caught here, not published half-read. */
		if (load_record(b, b->picks.v[i].name, &r) == -1) {
			rc = EXIT_BAD_INPUT;
			break;
		}
		slug = articles_slug(b->picks.v[i].name);
		entry_from_record(&e, &r, &b->st, slug, &scratch);
		for (k = 0; k < NFORMATS; k++)
			formats[k]->entry(w[k], &e);
		free(slug);
		record_free(&r);
	}
	entry_scratch_free(&scratch);
	for (k = 0; k < NFORMATS; k++) {
		formats[k]->close(w[k]);
		if (outbuf_finish(&out[k]) == -1 && rc == EXIT_OK) {
			msg_error(pend[k].final, 0, "cannot write: %s",
			    strerror(errno));
			rc = EXIT_WRITE;
		}
	}
	return rc;
}

static int
publish_all(struct build *b)
{
	struct pending	 pend[NFORMATS];
	size_t		 k, opened = 0;
	bool		 changed;
	int		 rc = EXIT_OK;

	if (make_dirs(b->output_dir) == -1) {
		msg_error(b->output_dir, 0, "cannot create folder: %s",
		    strerror(errno));
		return EXIT_WRITE;
	}
	for (k = 0; k < NFORMATS; k++, opened++) {
		if (publish_begin(&pend[k], b->output_dir,
		    formats[k]->filename) == -1) {
			msg_error(b->output_dir, 0, "cannot create a file: %s",
			    strerror(errno));
			rc = EXIT_WRITE;
			break;
		}
	}
	if (rc == EXIT_OK)
		rc = write_all(b, pend);
	for (k = 0; k < opened && rc == EXIT_OK; k++)
		if (check_output(pend[k].tmp, pend[k].final) == -1)
			rc = EXIT_BAD_INPUT;
	for (k = 0; k < opened; k++) {
		if (rc != EXIT_OK) {
			publish_abort(&pend[k]);
		} else if (publish_commit(&pend[k], &changed) == -1) {
			msg_error(formats[k]->filename, 0, "cannot publish in "
			    "%s: %s", b->output_dir, strerror(errno));
			rc = EXIT_WRITE;
		}
	}
	return rc;
}

static void
build_free(struct build *b)
{
	free(b->conf_path);
	free(b->articles_dir);
	free(b->output_dir);
	settings_free(&b->st);
	tz_free(b->tz);
	picks_free(&b->picks);
	buf_free(&b->text);
}

int
build_feed(const char *feeddir, const struct build_opts *o)
{
	struct build	 b;
	int		 rc;

	memset(&b, 0, sizeof(b));
	b.feeddir = feeddir;
	b.conf_path = path_join(feeddir, SETTINGS_FILE);
	buf_init(&b.text);
	if (load_settings(&b) == -1) {
		rc = EXIT_BAD_INPUT;
		goto out;
	}
	b.articles_dir = feed_path(feeddir, b.st.articles);
	b.output_dir = o->output != NULL ? xstrdup(o->output) :
	    feed_path(feeddir, b.st.output);
	b.ropts.tz = b.tz;
	b.ropts.tz_name = b.st.timezone;
	b.ropts.trailers = b.st.trailers;
	b.ropts.ntrailers = b.st.ntrailers;
	picks_init(&b.picks, b.st.max_entries);

	if (articles_each(b.articles_dir, choose, &b) == -1) {
		msg_error(b.articles_dir, 0, "cannot read folder: %s",
		    strerror(errno));
		rc = EXIT_BAD_INPUT;
		goto out;
	}
	if (b.nbad > 0) {
		msg_error(feeddir, 0, "%lu of %lu records are bad; nothing "
		    "was published", b.nbad, b.nrecords);
		rc = EXIT_BAD_INPUT;
		goto out;
	}
	if (b.picks.n == 0) {
		msg_error(b.articles_dir, 0, "no article records (*%s); "
		    "nothing was published", RECORD_SUFFIX);
		rc = EXIT_BAD_INPUT;
		goto out;
	}
	picks_sort(&b.picks);
	rc = publish_all(&b);
out:
	build_free(&b);
	return rc;
}
