/*
 * outputs: the output folder and file names against the inputs. Every
 * output is renamed into place, so what matters is the folder entry a
 * name lands on: "the same folder" is decided by device and inode, or,
 * for a folder not yet created, by its resolved path.
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "articles.h"
#include "build.h"
#include "outputs.h"

static void
truncate_to(struct buf *b, size_t len)
{
	b->len = len;
	if (b->data != NULL)
		b->data[len] = '\0';
}

/*
 * An absolute path naming what PATH names: symbolic links, "." and ".."
 * resolved component by component while they exist, the rest taken as
 * written. Caller frees.
 */
static char *
canonical(const char *path)
{
	struct buf	 cur;
	char		*cwd, *r, *slash;
	const char	*p = path, *c;
	size_t		 n;

	if (path[0] != '/') {
		if ((cwd = getcwd(NULL, 0)) == NULL)
			return xstrdup(path);	/* compared as written */
		buf_init(&cur);
		buf_adds(&cur, cwd);
		free(cwd);
	} else
		buf_init(&cur);
	if (cur.len == 1 && cur.data[0] == '/')
		truncate_to(&cur, 0);
	while (*p != '\0') {
		while (*p == '/')
			p++;
		c = p;
		while (*p != '\0' && *p != '/')
			p++;
		n = (size_t)(p - c);
		if (n == 0 || (n == 1 && c[0] == '.'))
			continue;
		if (n == 2 && c[0] == '.' && c[1] == '.') {
			slash = cur.len > 0 ? strrchr(cur.data, '/') : NULL;
			truncate_to(&cur, slash != NULL ?
			    (size_t)(slash - cur.data) : 0);
			continue;
		}
		buf_addc(&cur, '/');
		buf_add(&cur, c, n);
		if ((r = realpath(cur.data, NULL)) != NULL) {
			buf_clear(&cur);
			if (strcmp(r, "/") != 0)
				buf_adds(&cur, r);
			free(r);
		}
	}
	if (cur.len == 0)
		buf_addc(&cur, '/');
	return buf_steal(&cur);
}

/* True if A and B name the same file or folder, or would once created. */
static bool
same_place(const char *a, const char *b)
{
	struct stat	 sa, sb;
	char		*ca, *cb;
	bool		 same;

	if (stat(a, &sa) == 0 && stat(b, &sb) == 0)
		return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
	ca = canonical(a);
	cb = canonical(b);
	same = strcmp(ca, cb) == 0;
	free(ca);
	free(cb);
	return same;
}

static bool
is_state_name(const char *name)
{
	return strcmp(name, STATE_LEDGER) == 0 ||
	    strncmp(name, STATE_PREFIX, strlen(STATE_PREFIX)) == 0;
}

struct inputs {
	const char	*feeddir;
	const char	*articles;	/* the records folder's path */
};

/*
 * What input the entry NAME of folder DIR is or could become, as a phrase,
 * or NULL. The records folder and the feed folder themselves are asked
 * about only when FOLDERS (a file published over a folder).
 */
static const char *
input_at(const struct inputs *in, const char *dir, const char *name,
    bool folders)
{
	const char	*what = NULL;
	char		*path;
	struct stat	 st;

	if (same_place(dir, in->feeddir)) {
		if (strcmp(name, SETTINGS_FILE) == 0)
			return "the settings file";
		if (strcmp(name, BUILD_LOCK_FILE) == 0)
			return "the lock file";
		if (is_state_name(name))
			return "a file of the feed's own state (\""
			    STATE_LEDGER "\" and names starting with \""
			    STATE_PREFIX "\" in the feed folder are kept "
			    "for it)";
	}
	if (same_place(dir, in->articles) && articles_is_record_name(name))
		return "a record (a name ending in \"" RECORD_SUFFIX "\" in "
		    "the records folder is one)";
	if (!folders)
		return NULL;
	path = path_join(dir, name);
	/* A symbolic link there is replaced by the rename, not followed. */
	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode))
		what = NULL;
	else if (same_place(path, in->articles))
		what = "the records folder";
	else if (same_place(path, in->feeddir))
		what = "the feed folder";
	free(path);
	return what;
}

static char *
feed_path(const char *feeddir, const char *p)
{
	return p[0] == '/' ? xstrdup(p) : path_join(feeddir, p);
}

/* True if canonical path IN is TOP or inside it. */
static bool
within(const char *in, const char *top)
{
	size_t	 n = strlen(top);

	return strncmp(in, top, n) == 0 && (in[n] == '\0' || in[n] == '/' ||
	    strcmp(top, "/") == 0);
}

int
outputs_check_tree(const char *feeddir, const struct settings *st,
    const char *cmd_output, const char *sub, const char *key,
    unsigned long line, struct parse_error *err)
{
	char		*out, *tree, *ctree, *c;
	const char	*what = NULL;

	out = cmd_output != NULL ? xstrdup(cmd_output) :
	    feed_path(feeddir, st->output);
	tree = path_join(out, sub);
	ctree = canonical(tree);
	c = canonical(feeddir);
	if (within(c, ctree))
		what = "the feed folder";
	free(c);
	if (what == NULL) {
		char *a = feed_path(feeddir, st->articles);

		c = canonical(a);
		free(a);
		if (within(c, ctree))
			what = "the records folder";
		free(c);
	}
	if (what != NULL)
		parse_error_set(err, line, "%s: its files go to \"%s\", which "
		    "holds %s; they would be published among the inputs", key,
		    tree, what);
	free(ctree);
	free(tree);
	free(out);
	return what != NULL ? -1 : 0;
}

int
outputs_check(const char *feeddir, const struct settings *st,
    const char *cmd_output, const struct output_name *names,
    size_t nnames, struct parse_error *err)
{
	struct inputs	 in;
	char		*articles, *out, *canon, *slash;
	const char	*what = NULL, *outv;
	size_t		 i;
	int		 rc = -1;
	bool		 last = false;

	articles = feed_path(feeddir, st->articles);
	in.feeddir = feeddir;
	in.articles = articles;
	outv = cmd_output != NULL ? cmd_output : st->output;
	out = cmd_output != NULL ? xstrdup(cmd_output) :
	    feed_path(feeddir, st->output);

	/*
	 * The folder itself, and each folder the build makes on the way
	 * (or found there), as an entry of its parent: a folder made at a
	 * record's name or a state name breaks the next build.
	 */
	canon = canonical(out);
	for (slash = canon; what == NULL && slash != NULL; ) {
		char *name = slash + 1, *end = strchr(name, '/');

		if (*name == '\0')
			break;
		*slash = '\0';
		if (end != NULL)
			*end = '\0';
		what = input_at(&in, canon[0] != '\0' ? canon : "/", name,
		    false);
		*slash = '/';
		if (what != NULL)
			last = end == NULL;
		else if (end != NULL)
			*end = '/';
		slash = end;
	}
	if (what != NULL && last && cmd_output != NULL)
		parse_error_set(err, 0, "the output folder (-o) is %s", what);
	else if (what != NULL && last)
		parse_error_set(err, st->output_line, "output: \"%s\" is %s",
		    outv, what);
	else if (what != NULL && cmd_output != NULL)
		parse_error_set(err, 0, "the output folder (-o) is inside "
		    "\"%s\", which is %s", canon, what);
	else if (what != NULL)
		parse_error_set(err, st->output_line, "output: \"%s\" is "
		    "inside \"%s\", which is %s", outv, canon, what);
	free(canon);
	if (what != NULL)
		goto out;
	for (i = 0; i < nnames; i++) {
		if ((what = input_at(&in, out, names[i].name, true)) == NULL)
			continue;
		if (names[i].line > 0)
			parse_error_set(err, names[i].line, "%s: \"%s\" in the "
			    "output folder \"%s\"%s would overwrite %s",
			    names[i].key, names[i].name, outv,
			    cmd_output != NULL ? " (-o)" : "", what);
		else if (cmd_output != NULL)
			parse_error_set(err, 0, "%s in the output folder (-o) "
			    "would overwrite %s", names[i].name, what);
		else if (st->output_line > 0 || st->articles_line == 0)
			parse_error_set(err, st->output_line, "output: \"%s\": "
			    "%s there would overwrite %s", outv, names[i].name,
			    what);
		else
			parse_error_set(err, st->articles_line, "articles: "
			    "\"%s\" is where %s is published (in the output "
			    "folder \"%s\"): it would overwrite %s",
			    st->articles, names[i].name, outv, what);
		goto out;
	}
	rc = 0;
out:
	free(articles);
	free(out);
	return rc;
}
