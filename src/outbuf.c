/*
 * outbuf: buffered output with a sticky error. Output is written in large
 * pieces because producing feeds is mostly copying bytes.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "outbuf.h"

#define OUTBUF_SIZE (256 * 1024)

static void
init_size(struct outbuf *o, size_t size)
{
	o->data = xmalloc(size);
	o->len = 0;
	o->cap = size;
	o->error = 0;
	o->total = 0;
	o->tee = NULL;
	o->tee_ctx = NULL;
}

void
outbuf_tee(struct outbuf *o, void (*fn)(void *, const char *, size_t),
    void *ctx)
{
	o->tee = fn;
	o->tee_ctx = ctx;
}

static void
init(struct outbuf *o)
{
	init_size(o, OUTBUF_SIZE);
}

void
outbuf_init_fd(struct outbuf *o, int fd)
{
	init(o);
	o->fd = fd;
	o->mem = NULL;
}

void
outbuf_init_fd_size(struct outbuf *o, int fd, size_t size)
{
	init_size(o, size);
	o->fd = fd;
	o->mem = NULL;
}

void
outbuf_init_mem(struct outbuf *o, struct buf *mem)
{
	init(o);
	o->fd = -1;
	o->mem = mem;
}

static void
flush(struct outbuf *o, const char *p, size_t n)
{
	o->total += n;
	if (o->error != 0)
		return;
	if (o->tee != NULL && n > 0)
		o->tee(o->tee_ctx, p, n);
	if (o->fd == -1) {
		buf_add(o->mem, p, n);
		return;
	}
	if (write_full(o->fd, p, n) == -1)
		o->error = errno;
}

void
outbuf_write(struct outbuf *o, const char *s, size_t n)
{
	if (n <= o->cap - o->len) {
		memcpy(o->data + o->len, s, n);
		o->len += n;
		return;
	}
	flush(o, o->data, o->len);
	o->len = 0;
	if (n >= o->cap)
		flush(o, s, n);
	else {
		memcpy(o->data, s, n);
		o->len = n;
	}
}

void
outbuf_puts(struct outbuf *o, const char *s)
{
	outbuf_write(o, s, strlen(s));
}

int
outbuf_finish(struct outbuf *o)
{
	flush(o, o->data, o->len);
	o->len = 0;
	free(o->data);
	o->data = NULL;
	o->cap = 0;
	if (o->error != 0) {
		errno = o->error;
		return -1;
	}
	return 0;
}
