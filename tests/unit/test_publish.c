/*
 * test_publish.c -- unit tests for publish.c and lock.c: what a build
 * leaves on disk (mode, content, an untouched file when nothing changed),
 * which temporary files the cleanup removes, and the lock's bounded wait.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "lock.h"
#include "publish.h"
#include "util.h"

struct dir {
	char	 path[64];
};

static int
setup(void **state)
{
	struct dir	*d = xcalloc(1, sizeof(*d));

	snprintf(d->path, sizeof(d->path), "/tmp/test_publish.XXXXXX");
	if (mkdtemp(d->path) == NULL)
		return -1;
	*state = d;
	return 0;
}

static int
teardown(void **state)
{
	struct dir	*d = *state;
	char		 cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", d->path);
	if (system(cmd) != 0)
		return -1;
	free(d);
	return 0;
}

static void
write_str(int fd, const char *s)
{
	assert_int_equal(write(fd, s, strlen(s)), (ssize_t)strlen(s));
}

static void
put(const char *dir, const char *name, const char *s)
{
	char	*p = path_join(dir, name);
	int	 fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0600);

	assert_true(fd != -1);
	write_str(fd, s);
	close(fd);
	free(p);
}

static bool
exists(const char *dir, const char *name)
{
	char		*p = path_join(dir, name);
	struct stat	 st;
	bool		 e = lstat(p, &st) == 0;

	free(p);
	return e;
}

static int
count_entries(const char *dir)
{
	char	 cmd[128];
	FILE	*f;
	int	 n = -1;

	snprintf(cmd, sizeof(cmd), "ls -A '%s' | wc -l", dir);
	f = popen(cmd, "r");
	assert_non_null(f);
	assert_int_equal(fscanf(f, "%d", &n), 1);
	pclose(f);
	return n;
}

static void
publish_str(const char *dir, const char *s, bool *changed)
{
	struct pending	 p;

	assert_int_equal(publish_begin(&p, dir, "atom.xml", NULL, 0644), 0);
	write_str(p.fd, s);
	assert_int_equal(publish_commit(&p, changed), 0);
}

static void
test_commit_publishes(void **state)
{
	struct dir	*d = *state;
	struct stat	 st;
	struct buf	 b;
	bool		 changed;
	char		*path = path_join(d->path, "atom.xml");
	mode_t		 old = umask(077);

	publish_str(d->path, "one", &changed);
	umask(old);
	assert_true(changed);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0644);
	buf_init(&b);
	assert_int_equal(read_file(path, 100, &b), 0);
	assert_string_equal(b.data, "one");
	buf_free(&b);
	assert_int_equal(count_entries(d->path), 1);
	free(path);
}

static void
test_unchanged_left_alone(void **state)
{
	struct dir	*d = *state;
	struct stat	 a, b;
	bool		 changed;
	char		*path = path_join(d->path, "atom.xml");

	publish_str(d->path, "same", &changed);
	assert_int_equal(stat(path, &a), 0);
	publish_str(d->path, "same", &changed);
	assert_false(changed);
	assert_int_equal(stat(path, &b), 0);
	assert_int_equal(a.st_ino, b.st_ino);
	assert_int_equal(count_entries(d->path), 1);
	publish_str(d->path, "other", &changed);
	assert_true(changed);
	assert_int_equal(stat(path, &b), 0);
	assert_true(a.st_ino != b.st_ino);
	free(path);
}

static void
test_compare(void **state)
{
	struct dir	*d = *state;
	struct pending	 p;
	bool		 changed;

	assert_int_equal(publish_begin(&p, d->path, "atom.xml", NULL, 0644), 0);
	write_str(p.fd, "x");
	assert_int_equal(publish_compare(&p), PUBLISH_NEW);
	assert_int_equal(publish_size(&p), 1);
	publish_abort(&p);
	assert_int_equal(count_entries(d->path), 0);
	publish_str(d->path, "x", &changed);
	assert_int_equal(publish_begin(&p, d->path, "atom.xml", NULL, 0644), 0);
	write_str(p.fd, "x");
	assert_int_equal(publish_compare(&p), PUBLISH_SAME);
	write_str(p.fd, "y");
	assert_int_equal(publish_compare(&p), PUBLISH_CHANGED);
	publish_abort(&p);
}

/* Reads DIR/NAME into a static buffer (for short files). */
static const char *
content(const char *dir, const char *name)
{
	static char	 s[64];
	char		*p = path_join(dir, name);
	ssize_t		 n;
	int		 fd = open(p, O_RDONLY);

	assert_true(fd != -1);
	n = read(fd, s, sizeof(s) - 1);
	assert_true(n >= 0);
	s[n] = '\0';
	close(fd);
	free(p);
	return s;
}

static ino_t
inode(const char *dir, const char *name)
{
	char		*p = path_join(dir, name);
	struct stat	 st;

	assert_int_equal(stat(p, &st), 0);
	free(p);
	return st.st_ino;
}

/* A set whose second file fails: the first is put back, the very same file. */
static void
test_set_undo(void **state)
{
	static const char *const names[] = { "atom.xml", "rss.xml",
	    "feed.json" };
	struct dir	*d = *state;
	struct pending	 p[3];
	bool		 changed;
	ino_t		 atom;
	size_t		 k;

	publish_str(d->path, "old atom", &changed);
	put(d->path, "rss.xml", "old rss");
	atom = inode(d->path, "atom.xml");
	for (k = 0; k < 3; k++) {
		assert_int_equal(publish_begin(&p[k], d->path, names[k], NULL,
		    0644), 0);
		write_str(p[k].fd, "new");
		assert_int_equal(publish_sync(&p[k]), 0);
		assert_int_equal(publish_keep_old(&p[k]), 0);
	}
	assert_non_null(p[0].old);
	assert_non_null(p[1].old);
	assert_null(p[2].old);		/* feed.json is new: nothing to keep */
	assert_int_equal(count_entries(d->path), 7);
	assert_int_equal(publish_rename(&p[2]), 0);
	assert_int_equal(publish_rename(&p[0]), 0);
	assert_true(p[0].renamed);
	assert_string_equal(content(d->path, "atom.xml"), "new");
	/* What a failed rename of rss.xml makes the build do. */
	assert_int_equal(publish_undo(&p[0]), 0);
	assert_int_equal(publish_undo(&p[2]), 0);
	assert_int_equal(publish_undo(&p[1]), 0);	/* never renamed */
	for (k = 0; k < 3; k++)
		publish_abort(&p[k]);
	assert_string_equal(content(d->path, "atom.xml"), "old atom");
	assert_true(inode(d->path, "atom.xml") == atom);
	assert_string_equal(content(d->path, "rss.xml"), "old rss");
	assert_false(exists(d->path, "feed.json"));
	assert_int_equal(count_entries(d->path), 2);

	/* And a set that goes through leaves no second name behind. */
	for (k = 0; k < 2; k++) {
		assert_int_equal(publish_begin(&p[k], d->path, names[k], NULL,
		    0644), 0);
		write_str(p[k].fd, "new");
		assert_int_equal(publish_sync(&p[k]), 0);
		assert_int_equal(publish_keep_old(&p[k]), 0);
	}
	for (k = 0; k < 2; k++)
		assert_int_equal(publish_rename(&p[k]), 0);
	assert_int_equal(publish_sync_dir(d->path), 0);
	for (k = 0; k < 2; k++)
		publish_finish(&p[k]);
	assert_string_equal(content(d->path, "atom.xml"), "new");
	assert_string_equal(content(d->path, "rss.xml"), "new");
	assert_int_equal(count_entries(d->path), 2);
}

static int	 nremoved;

static void
removed(void *ctx, const char *path)
{
	(void)ctx;
	(void)path;
	nremoved++;
}

static void
test_cleanup(void **state)
{
	static const char *const names[] = { "atom.xml", "rss.xml" };
	struct dir	*d = *state;
	struct pending	 live;
	char		*base;

	put(d->path, ".atom.xml.Dead01", "left by a killed build");
	put(d->path, ".rss.xml.dead02", "left by a killed build");
	put(d->path, ".atom.xml.keep", "not ours");
	put(d->path, ".atom.xml.TooLong", "not ours");
	put(d->path, ".atom.xml.old.Dead03", "a backup left by a killed build");
	put(d->path, ".atom.xml.old.TooLong", "not ours");
	put(d->path, ".atom.xml.new.Abcdef", "not ours");
	put(d->path, ".feed.json.Abcdef", "a format not named");
	put(d->path, "atom.xml.Abcdef", "not hidden");
	assert_int_equal(publish_begin(&live, d->path, "atom.xml", NULL, 0644), 0);
	nremoved = 0;
	assert_int_equal(publish_cleanup(d->path, names, 2, removed, NULL), 0);
	assert_int_equal(nremoved, 3);
	assert_false(exists(d->path, ".atom.xml.old.Dead03"));
	assert_true(exists(d->path, ".atom.xml.old.TooLong"));
	assert_true(exists(d->path, ".atom.xml.new.Abcdef"));
	assert_false(exists(d->path, ".atom.xml.Dead01"));
	assert_false(exists(d->path, ".rss.xml.dead02"));
	assert_true(exists(d->path, ".atom.xml.keep"));
	assert_true(exists(d->path, ".atom.xml.TooLong"));
	assert_true(exists(d->path, ".feed.json.Abcdef"));
	assert_true(exists(d->path, "atom.xml.Abcdef"));
	/* A temporary file a live build holds stays. */
	base = strrchr(live.tmp, '/') + 1;
	assert_true(exists(d->path, base));
	publish_abort(&live);
	assert_int_equal(publish_cleanup("/nonexistent/folder", names, 2,
	    removed, NULL), -1);
}

static long
ms_since(const struct timespec *t0)
{
	struct timespec	 t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (t.tv_sec - t0->tv_sec) * 1000 +
	    (t.tv_nsec - t0->tv_nsec) / 1000000;
}

static void
test_lock(void **state)
{
	struct dir	*d = *state;
	struct lock	 a, b;
	struct timespec	 t0;
	char		*path = path_join(d->path, ".feedwright.lock");

	assert_int_equal(lock_take(&a, path, 0), 0);
	/* Another open file description conflicts, even in one process. */
	assert_int_equal(lock_take(&b, path, 0), 1);
	assert_int_equal(b.fd, -1);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	assert_int_equal(lock_take(&b, path, 300), 1);
	assert_true(ms_since(&t0) >= 290);	/* give or take rounding to ms */
	lock_release(&a);
	assert_int_equal(lock_take(&b, path, 0), 0);
	lock_release(&b);
	lock_release(&b);	/* twice is harmless */
	free(path);
}

static void
test_lock_errors(void **state)
{
	struct dir	*d = *state;
	struct lock	 l;
	char		*path = path_join(d->path, "missing/.feedwright.lock");
	char		*link = path_join(d->path, ".feedwright.lock");

	assert_int_equal(lock_take(&l, path, 0), -1);
	assert_int_equal(errno, ENOENT);
	assert_int_equal(symlink("/etc/passwd", link), 0);
	assert_int_equal(lock_take(&l, link, 0), -1);
	assert_int_equal(errno, ELOOP);
	free(path);
	free(link);
}

static void
test_make_dirs(void **state)
{
	struct dir	*d = *state;
	struct stat	 st;
	char		*path = path_join(d->path, "a/b/c");
	mode_t		 old = umask(077);

	assert_int_equal(make_dirs(path), 0);
	umask(old);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0755);
	assert_int_equal(make_dirs(path), 0);
	free(path);
}

/*
 * A file publish_mkstemp made (the record cache's) is removed when the
 * build runs out of memory, as publish_begin's are, and forgotten once
 * its maker is done with it.
 */
static void
test_mkstemp_listed(void **state)
{
	struct dir	*d = *state;
	char		*kept = path_join(d->path, ".cache.XXXXXX");
	char		*lost = path_join(d->path, ".cache.XXXXXX");
	pid_t		 pid;
	int		 fd, status;

	fd = publish_mkstemp(kept, ".cache");
	assert_true(fd != -1);
	close(fd);
	publish_forget(kept);
	fd = publish_mkstemp(lost, ".cache");
	assert_true(fd != -1);
	close(fd);
	fflush(stdout);		/* the child's exit must not print it again */
	if ((pid = fork()) == 0) {
		fclose(stderr);		/* its "out of memory" is expected */
		out_of_memory();
	}
	assert_true(pid != -1);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 3);
	assert_int_equal(access(lost, F_OK), -1);
	assert_int_equal(access(kept, F_OK), 0);
	publish_forget(lost);
	free(kept);
	free(lost);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_commit_publishes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unchanged_left_alone, setup, teardown),
		cmocka_unit_test_setup_teardown(test_compare, setup, teardown),
		cmocka_unit_test_setup_teardown(test_set_undo, setup, teardown),
		cmocka_unit_test_setup_teardown(test_cleanup, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lock, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lock_errors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_make_dirs, setup, teardown),
		cmocka_unit_test_setup_teardown(test_mkstemp_listed, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
