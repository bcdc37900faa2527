/*
 * test_hook for tests/feedwright-hooked: the build stops, dies or fails
 * at a named point (see src/test_hook.h) when FEEDWRIGHT_TEST_HOOK says
 * so. It holds one or more POINT:ACTION, separated by spaces, where
 * ACTION is
 *
 *	fail=ERR	the operation at POINT fails with errno ERR (a name
 *			such as EIO, or a number)
 *	pause=FIFO	write "POINT\n" to the named pipe FIFO, then wait
 *			until something is written to it: the test knows
 *			where the build is, acts, and lets it go on (or
 *			kills it), without sleeping or polling
 *	kill		the build dies of SIGKILL there
 *	then=SPEC	from there on, SPEC (one POINT:ACTION) is obeyed too,
 *			in every thread: a point reached all the time
 *			(xml-alloc) acts only past another
 *
 * For example "before-rename:rss.xml:fail=EIO", or
 * "check-read:atom.xml:then=xml-alloc:fail=ENOMEM", which fails every
 * allocation of libxml2's once the check of atom.xml reads. A point is
 * matched exactly, every time it is reached.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "test_hook.h"

static const struct {
	const char	*name;
	int		 value;
} errnos[] = {
	{ "EACCES", EACCES }, { "EBUSY", EBUSY }, { "EDQUOT", EDQUOT },
	{ "EEXIST", EEXIST }, { "EFBIG", EFBIG }, { "EIO", EIO },
	{ "EISDIR", EISDIR }, { "EMLINK", EMLINK }, { "ENOENT", ENOENT },
	{ "ENOMEM", ENOMEM }, { "ENOSPC", ENOSPC }, { "ENOTDIR", ENOTDIR },
	{ "EPERM", EPERM }, { "EROFS", EROFS }, { "EXDEV", EXDEV },
};

/* then=SPEC's SPEC, once its point was reached; other threads read it. */
static char		 then_buf[512];
static _Atomic(size_t)	 then_len;

static void
bad_spec(const char *what, size_t len)
{
	fprintf(stderr, "feedwright-hooked: FEEDWRIGHT_TEST_HOOK: cannot "
	    "understand \"%.*s\"\n", (int)len, what);
	_exit(99);
}

static int
errno_value(const char *s, size_t len)
{
	char	*end;
	long	 v;
	size_t	 i;

	for (i = 0; i < sizeof(errnos) / sizeof(errnos[0]); i++)
		if (strlen(errnos[i].name) == len &&
		    strncmp(errnos[i].name, s, len) == 0)
			return errnos[i].value;
	v = strtol(s, &end, 10);
	if (end != s + len || v <= 0)
		bad_spec(s, len);
	return (int)v;
}

/* Tells the test where we are, and waits until it writes back. */
static void
pause_at(const char *point, const char *fifo, size_t len)
{
	char	 path[4096], b[64];
	ssize_t	 n;
	int	 fd;

	if (len >= sizeof(path))
		bad_spec(fifo, len);
	memcpy(path, fifo, len);
	path[len] = '\0';
	if ((fd = open(path, O_WRONLY)) == -1)
		bad_spec(fifo, len);
	n = write(fd, point, strlen(point));
	if (n >= 0)
		n = write(fd, "\n", 1);
	close(fd);
	if ((fd = open(path, O_RDONLY)) == -1)
		bad_spec(fifo, len);
	while ((n = read(fd, b, sizeof(b))) > 0 || (n == -1 && errno == EINTR))
		continue;
	close(fd);
}

/* Acts on the spec [s, s + len) if it names POINT. */
static int
act(const char *point, const char *s, size_t len)
{
	const char	*eq = memchr(s, '=', len), *colon = NULL, *p, *a;
	size_t		 alen;

	for (p = s; p < (eq != NULL ? eq : s + len); p++)
		if (*p == ':')
			colon = p;
	if (colon == NULL)
		bad_spec(s, len);
	if ((size_t)(colon - s) != strlen(point) ||
	    strncmp(s, point, (size_t)(colon - s)) != 0)
		return 0;
	a = colon + 1;
	alen = len - (size_t)(a - s);
	if (alen == 4 && strncmp(a, "kill", 4) == 0)
		raise(SIGKILL);
	else if (alen > 5 && strncmp(a, "fail=", 5) == 0) {
		errno = errno_value(a + 5, alen - 5);
		return -1;
	} else if (alen > 6 && strncmp(a, "pause=", 6) == 0)
		pause_at(point, a + 6, alen - 6);
	else if (alen > 5 && strncmp(a, "then=", 5) == 0) {
		if (alen - 5 >= sizeof(then_buf))
			bad_spec(s, len);
		if (atomic_load(&then_len) == 0) {
			memcpy(then_buf, a + 5, alen - 5);
			atomic_store(&then_len, alen - 5);
		}
	} else
		bad_spec(s, len);
	return 0;
}

int
test_hook(const char *point, const char *name)
{
	const char	*spec = getenv("FEEDWRIGHT_TEST_HOOK"), *s, *e;
	char		 full[512];
	size_t		 n;
	int		 saved = errno, rc = 0;

	if (spec == NULL)
		return 0;
	snprintf(full, sizeof(full), "%s%s%s", point, name != NULL ? ":" : "",
	    name != NULL ? name : "");
	for (s = spec; *s != '\0' && rc == 0; s = e) {
		while (*s == ' ')
			s++;
		for (e = s; *e != '\0' && *e != ' '; e++)
			continue;
		if (e > s)
			rc = act(full, s, (size_t)(e - s));
	}
	if (rc == 0 && (n = atomic_load(&then_len)) > 0)
		rc = act(full, then_buf, n);
	if (rc == 0)
		errno = saved;
	return rc;
}
