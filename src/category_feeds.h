/*
 * category_feeds: with "category-feeds = yes", one Atom, RSS (and JSON)
 * feed per category the records use, in CATEGORY_DIR/SLUG/ of the output
 * folder, each of the newest max-entries entries of its category. Pass
 * one keeps, per category, only the small picks (name, dates), at most
 * max-entries of them; pass two reads the union of every set of picks
 * once, in the order of the main feed, and hands each entry to the
 * category feeds it belongs to. The files are checked and published in
 * the same all-or-nothing set as the main feed; the feeds of a category
 * no record uses any more are removed in that set.
 */
#ifndef FEEDWRIGHT_CATEGORY_FEEDS_H
#define FEEDWRIGHT_CATEGORY_FEEDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

#include "articles.h"
#include "doc_set.h"
#include "feed.h"
#include "record.h"
#include "settings.h"

#define CATEGORY_DIR		"category"	/* in the output folder */
#define CATEGORY_FEEDS_MAX	256	/* categories with feeds, at most */
#define CATEGORY_SLUG_MAX	64	/* bytes before the hash suffix */

struct catfeeds;

/*
 * The slug of category text S[0..n) (see feedwright(5)): lower-case ASCII
 * letters and digits, every other run of bytes one '-', no '-' at either
 * end, at most CATEGORY_SLUG_MAX bytes; text that is not plain ASCII, is
 * cut, or leaves nothing gets '-' and 8 hex digits of its FNV-1a hash.
 * Caller frees.
 */
char	*category_slug(const char *s, size_t n);

/* A new set for the settings ST (which must outlive it). */
struct catfeeds	*catfeeds_new(const struct settings *st, const char *generator_version);
void	 catfeeds_free(struct catfeeds *c);

/*
 * Pass one, before a good record R is offered anywhere: its categories
 * (its text TEXT, at PATH, for messages). Returns 0, or -1 when the
 * record is bad here (a category whose slug another category has, or
 * one too many categories), reported at its Category line.
 */
int	 catfeeds_check(struct catfeeds *c, const char *path,
	    const char *text, const struct record *r);
/* Pass one: record R, named NAME, checked, to its categories' picks. */
void	 catfeeds_offer(struct catfeeds *c, const struct record *r,
	    const char *name, int64_t published, const struct when *updated);

/*
 * After pass one: the records pass two reads, newest first, the main
 * feed's MAIN and every category's picks, each once. Valid until
 * catfeeds_remove or catfeeds_free.
 */
const struct picks *catfeeds_reading(struct catfeeds *c,
	    const struct picks *main);
/* Pass two lost the reading's record i (deleted since pass one). */
void	 catfeeds_remove(struct catfeeds *c, size_t i);
bool	 catfeeds_set_updated(struct catfeeds *c, const char *name,
	    const struct when *updated);

/* Points H (the page's and the fragment's head) at the category feeds. */
void	 catfeeds_link(const struct catfeeds *c, struct feed_head *h);

/*
 * The category folders and temporary files, in OUTDIR (TMPDIR: elsewhere,
 * for a preview). Returns 0, or -1 reported.
 */
int	 catfeeds_begin(struct catfeeds *c, const char *outdir,
	    const char *tmpdir, mode_t mode);
/*
 * Pass two: opens every writer (a category left with no record dates
 * its feed MAIN_UPDATED); then gives the entry of each record read; then
 * closes, reporting write errors (0 or -1).
 */
void	 catfeeds_open(struct catfeeds *c, const struct when *main_updated);
void	 catfeeds_entry(struct catfeeds *c, const struct entry *e);
int	 catfeeds_close(struct catfeeds *c, bool preview);
/* After catfeeds_reading: how many category feeds are written. */
size_t	 catfeeds_count(const struct catfeeds *c);
/*
 * The set the category feeds are published in (doc_set.h): document i
 * is category i; its stale files are the feeds of the categories gone.
 */
struct doc_set	*catfeeds_docs(struct catfeeds *c);

#endif
