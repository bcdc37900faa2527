/*
 * outbuf: a large output buffer in front of a sink (a file descriptor or a
 * memory buffer). Writers add bytes; the first sink error sticks and is
 * reported by outbuf_finish, so writers need not check every call.
 */
#ifndef FEEDWRIGHT_OUTBUF_H
#define FEEDWRIGHT_OUTBUF_H

#include <stddef.h>

#include "util.h"

struct outbuf {
	char		*data;
	size_t		 len;
	size_t		 cap;
	int		 fd;		/* -1: everything goes to mem */
	struct buf	*mem;
	int		 error;		/* errno of the first failed write */
	unsigned long long total;	/* bytes written so far */
	/* Also given every piece flushed, when set (outbuf_tee). */
	void		(*tee)(void *ctx, const char *p, size_t n);
	void		*tee_ctx;
};

/* Output to an open descriptor (not closed by outbuf). */
void	outbuf_init_fd(struct outbuf *o, int fd);
/* The same with a SIZE-byte buffer, for the many files of one pass. */
void	outbuf_init_fd_size(struct outbuf *o, int fd, size_t size);
/* Output appended to a memory buffer the caller owns. */
void	outbuf_init_mem(struct outbuf *o, struct buf *mem);

/* Hands every piece flushed to FN(CTX, ...) as well, in order. */
void	outbuf_tee(struct outbuf *o, void (*fn)(void *, const char *, size_t),
	    void *ctx);

void	outbuf_write(struct outbuf *o, const char *s, size_t n);
void	outbuf_puts(struct outbuf *o, const char *s);

static inline void
outbuf_putc(struct outbuf *o, char c)
{
	if (o->len == o->cap)
		outbuf_write(o, &c, 1);
	else
		o->data[o->len++] = c;
}

/* Flushes and frees the buffer. Returns 0, or -1 with errno from the first failure. */
int	outbuf_finish(struct outbuf *o);

#endif
