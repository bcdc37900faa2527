/*
 * archives: with "archive-size = N", RFC 5005 archived feeds. The
 * subscription feed holds the newest max-entries entries; every older
 * entry is in one archive document, ARCHIVE_DIR/K/ of the output folder,
 * numbered from the oldest, of N entries each. Which document holds an
 * entry is kept in the ledger's "archive" column, set when the entry
 * first leaves the subscription feed (or, for a record added late with an
 * old date, when it is first published), always into the newest document,
 * which is never full: when it fills, the next one is opened (empty), so
 * that a full document never changes again; it is read only when a record
 * it holds changed, to see that it holds it (see archives_recheck). A
 * record whose file is gone is dated in the ledger's "gone" column, its
 * document rewritten without it, and it is announced by an RFC 6721
 * tombstone in the subscription Atom feed for TOMBSTONE_DAYS.
 */
#ifndef FEEDWRIGHT_ARCHIVES_H
#define FEEDWRIGHT_ARCHIVES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

#include "articles.h"
#include "doc_set.h"
#include "feed.h"
#include "ledger.h"
#include "settings.h"

#define ARCHIVE_DIR	"archive"	/* in the output folder */
#define TOMBSTONE_DAYS	30

struct archives;

/* A set for settings ST and ledger L (which must outlive it), at build time NOW. */
struct archives	*archives_new(const struct settings *st, struct ledger *l,
	    const struct when *now, const char *generator_version);
void	 archives_free(struct archives *a);

/* Pass one: the file of SLUG is there, GOOD or bad. */
void	 archives_seen(struct archives *a, const char *slug, bool good);
/* Pass one: whether the ledger has SLUG in an archive document. */
bool	 archives_archived(const struct archives *a, const char *slug);
/*
 * Pass one: the file of good record SLUG, in an archive document, changed
 * since the last build: archives_plan sees that its document holds it.
 */
void	 archives_recheck(struct archives *a, const char *slug);
/* Pass one: good record NAME, in no archive document yet. */
void	 archives_offer(struct archives *a, const char *name,
	    int64_t published, const struct when *updated);
/*
 * After pass one, MAIN the subscription feed's picks: dates the records
 * gone, gives every record offered and not in MAIN its document, and
 * chooses the documents to write: the newest, those that gained or lost
 * an entry, those missing in OUTDIR or of another mode than the
 * setting's, and, with EVERY (the last publish was cut off), all.
 */
void	 archives_plan(struct archives *a, const struct picks *main,
	    const char *outdir, bool every);
/*
 * Points H (the subscription feed's head) at the newest document and the
 * tombstones, by gone date, then id.
 */
void	 archives_link(const struct archives *a, struct feed_head *h);

/* Folders and temporary files in OUTDIR (TMPDIR: elsewhere). 0, or -1 reported. */
int	 archives_begin(struct archives *a, const char *outdir,
	    const char *tmpdir, mode_t mode);
/* The documents to write, and document D's records, newest first. */
size_t	 archives_ndocs(const struct archives *a);
const struct picks *archives_doc(const struct archives *a, size_t d);
/*
 * Writes document D: open (an empty document is dated MAIN_UPDATED, the
 * subscription feed's), each record's entry (SLUG's), close.
 */
void	 archives_open(struct archives *a, size_t d,
	    const struct when *main_updated);
void	 archives_entry(struct archives *a, size_t d, const char *slug,
	    const struct entry *e);
int	 archives_close(struct archives *a, size_t d, bool preview);
/* The set the documents are published in (doc_set.h): document i is d = i. */
struct doc_set	*archives_docs(struct archives *a);

#endif
