/*
 * read_ahead: a file descriptor read for libxml2's parser, which asks for
 * 4 KB at a time. A regular file is read 64 KiB at a time instead of one
 * read(2) per request, but each request is answered as read(2) on the
 * file would answer it (the length asked, unless the file ends first),
 * so the parser is handed the same pieces and reports the same line and
 * column. validate and build's one-thread check of its outputs both read
 * files through it, so that the two read alike and are changed together.
 */
#ifndef FEEDWRIGHT_READ_AHEAD_H
#define FEEDWRIGHT_READ_AHEAD_H

#include <sys/types.h>

#include <stddef.h>

#define READ_AHEAD_SIZE	(64 * 1024)

struct read_ahead {
	int		 fd;
	char		*buf;		/* a regular file's next bytes, or NULL */
	size_t		 off, len;	/* buf[off..len) not yet handed out */
};

/*
 * Reads FD, which stays the caller's: ahead when it is a regular file
 * (seen with fstat(2)), as asked otherwise (a pipe, a terminal).
 */
void	read_ahead_init(struct read_ahead *ra, int fd);
/*
 * As read(2) on the file would answer, but without EINTR: LEN bytes
 * unless the file ends first, 0 at its end, -1 with errno when the read
 * fails before any byte was handed out.
 */
ssize_t	read_ahead_read(struct read_ahead *ra, void *buf, size_t len);
/* Frees what read_ahead_init took; the descriptor is not closed. */
void	read_ahead_free(struct read_ahead *ra);

#endif
