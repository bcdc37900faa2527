/*
 * test_read_ahead.c -- read_ahead.c, which validate and build's
 * one-thread check read files through: every request is answered as
 * read(2) on the same file answers it (the same length, the same bytes,
 * 0 at the end and after it, a file grown after its end read on), for
 * files shorter than, as long as and longer than the 64 KiB it reads at
 * once, in the pieces libxml2 asks for and in others; a regular file is
 * read ahead, a pipe as asked.
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
#include <unistd.h>

#include "read_ahead.h"

/* A file of N bytes that differ from their neighbours; its path. */
static char *
make_file(size_t n)
{
	char	*path = strdup("/tmp/test_read_ahead.XXXXXX");
	char	*b = malloc(n + 1);
	size_t	 i;
	int	 fd;

	assert_non_null(path);
	assert_non_null(b);
	for (i = 0; i < n; i++)
		b[i] = (char)(i * 7 + i / 251);
	fd = mkstemp(path);
	assert_true(fd != -1);
	assert_int_equal(write(fd, b, n), (ssize_t)n);
	close(fd);
	free(b);
	return path;
}

/*
 * Reads the file at PATH both ways, with the request lengths of ASK (0
 * ends it, and the lengths go round again) until both are at the end,
 * then twice more; each answer must be read(2)'s.
 */
static void
same_as_read(const char *path, const size_t *ask)
{
	struct read_ahead ra;
	char		*want, *got;
	size_t		 i = 0, len, max = 0;
	ssize_t		 nw, ng;
	int		 fd, after = 0;

	for (i = 0; ask[i] != 0; i++)
		if (ask[i] > max)
			max = ask[i];
	want = malloc(max);
	got = malloc(max);
	assert_non_null(want);
	assert_non_null(got);
	fd = open(path, O_RDONLY);
	assert_true(fd != -1);
	read_ahead_init(&ra, open(path, O_RDONLY));
	assert_true(ra.fd != -1);
	assert_non_null(ra.buf);
	for (i = 0; after < 3; i++) {
		if (ask[i] == 0)
			i = 0;
		len = ask[i];
		nw = read(fd, want, len);
		ng = read_ahead_read(&ra, got, len);
		assert_int_equal(ng, nw);
		assert_true(nw >= 0);
		assert_memory_equal(got, want, (size_t)nw);
		if (nw == 0)
			after++;
	}
	close(fd);
	close(ra.fd);
	read_ahead_free(&ra);
	assert_null(ra.buf);
	free(want);
	free(got);
}

static const size_t sizes[] = {
	0, 1, 511, 512, 4095, 4096, 65535, 65536, 65537, 131072, 200003
};

static void
test_libxml2_pieces(void **state)
{
	/* validate's first 512 bytes, then libxml2's 4000 and 4096. */
	static const size_t ask[] = { 512, 4000, 4096, 4000, 0 };
	size_t	 i;
	char	*path;

	(void)state;
	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		path = make_file(sizes[i]);
		same_as_read(path, ask);
		unlink(path);
		free(path);
	}
}

static void
test_odd_pieces(void **state)
{
	/* Longer than what is read at once, a byte, across the buffer's end. */
	static const size_t ask[] = { 1, 65535, 3, 100000, 7, 65536, 131073,
	    0 };
	static const size_t one[] = { 1, 0 };
	size_t	 i;
	char	*path;

	(void)state;
	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		path = make_file(sizes[i]);
		same_as_read(path, ask);
		if (sizes[i] <= 65537)
			same_as_read(path, one);
		unlink(path);
		free(path);
	}
}

/* One read(2) of 64 KiB answers the first sixteen requests of 4 KB. */
static void
test_reads_ahead(void **state)
{
	struct read_ahead ra;
	char		*path = make_file(200003), b[4096];
	int		 i;

	(void)state;
	read_ahead_init(&ra, open(path, O_RDONLY));
	for (i = 0; i < 16; i++) {
		assert_int_equal(read_ahead_read(&ra, b, sizeof(b)), 4096);
		assert_int_equal(ra.len, READ_AHEAD_SIZE);
		assert_int_equal(ra.off, (size_t)(i + 1) * 4096);
		/* The descriptor is where one read of 64 KiB left it. */
		assert_int_equal(lseek(ra.fd, 0, SEEK_CUR), READ_AHEAD_SIZE);
	}
	close(ra.fd);
	read_ahead_free(&ra);
	unlink(path);
	free(path);
}

/* At the end, and then grown: read on, as read(2) would. */
static void
test_grown_after_end(void **state)
{
	struct read_ahead ra;
	char		*path = make_file(10), b[64];
	int		 fd;

	(void)state;
	read_ahead_init(&ra, open(path, O_RDONLY));
	assert_int_equal(read_ahead_read(&ra, b, sizeof(b)), 10);
	assert_int_equal(read_ahead_read(&ra, b, sizeof(b)), 0);
	fd = open(path, O_WRONLY | O_APPEND);
	assert_true(fd != -1);
	assert_int_equal(write(fd, "0123456789abc", 13), 13);
	close(fd);
	assert_int_equal(read_ahead_read(&ra, b, 4), 4);
	assert_memory_equal(b, "0123", 4);
	assert_int_equal(read_ahead_read(&ra, b, sizeof(b)), 9);
	assert_memory_equal(b, "456789abc", 9);
	assert_int_equal(read_ahead_read(&ra, b, sizeof(b)), 0);
	close(ra.fd);
	read_ahead_free(&ra);
	unlink(path);
	free(path);
}

/* A pipe is read as asked: what is there now, not 64 KiB ahead. */
static void
test_pipe_as_asked(void **state)
{
	struct read_ahead ra;
	char		 b[100];
	int		 p[2];

	(void)state;
	assert_int_equal(pipe(p), 0);
	read_ahead_init(&ra, p[0]);
	assert_null(ra.buf);
	assert_int_equal(write(p[1], "abcdef", 6), 6);
	assert_int_equal(read_ahead_read(&ra, b, 4), 4);
	assert_memory_equal(b, "abcd", 4);
	assert_int_equal(read_ahead_read(&ra, b, sizeof(b)), 2);
	assert_memory_equal(b, "ef", 2);
	close(p[1]);
	assert_int_equal(read_ahead_read(&ra, b, sizeof(b)), 0);
	close(p[0]);
	read_ahead_free(&ra);
}

/* A failed read is read(2)'s failure: -1 and its errno. */
static void
test_error(void **state)
{
	struct read_ahead ra;
	char		*path = make_file(100), b[16];

	(void)state;
	read_ahead_init(&ra, open(path, O_WRONLY));
	assert_non_null(ra.buf);
	errno = 0;
	assert_int_equal(read_ahead_read(&ra, b, sizeof(b)), -1);
	assert_int_equal(errno, EBADF);
	close(ra.fd);
	read_ahead_free(&ra);
	unlink(path);
	free(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_libxml2_pieces),
		cmocka_unit_test(test_odd_pieces),
		cmocka_unit_test(test_reads_ahead),
		cmocka_unit_test(test_grown_after_end),
		cmocka_unit_test(test_pipe_as_asked),
		cmocka_unit_test(test_error),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
