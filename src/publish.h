/*
 * publish: putting a new file in place so that nobody ever reads half of
 * it. The new content goes to a temporary file created exclusively in the
 * destination folder; it is synced and then renamed over the old file,
 * and the folder is synced. When the content is what is already there,
 * the old file is left untouched (same inode and mtime, so web servers
 * keep answering 304 Not Modified).
 */
#ifndef FEEDWRIGHT_PUBLISH_H
#define FEEDWRIGHT_PUBLISH_H

#include <stdbool.h>
#include <sys/types.h>

#define PUBLISH_MODE 0644

struct pending {
	char	*dir;
	char	*final;		/* DIR/NAME */
	char	*tmp;		/* DIR/.NAME.XXXXXX, NULL once gone */
	int	 fd;
};

/* Creates the temporary file for DIR/NAME. Returns 0, or -1 with errno. */
int	publish_begin(struct pending *p, const char *dir, const char *name);
/*
 * Syncs the temporary file and renames it over the final name, unless the
 * final file already holds the same bytes (*changed false; the temporary
 * file is removed). Returns 0, or -1 with errno, the temporary file removed.
 */
int	publish_commit(struct pending *p, bool *changed);
/* Removes the temporary file; the published one is untouched. */
void	publish_abort(struct pending *p);

/* Creates DIR (and its parents) if missing, mode 0755. */
int	make_dirs(const char *dir);

#endif
