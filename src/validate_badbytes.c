/*
 * validate_badbytes: where a file's first byte sequence that its declared
 * encoding cannot read lies. libxml2 converts its input ahead of the
 * parse and says only which bytes failed, not where; the file is read
 * again here with iconv(3), from the start, counting lines and columns
 * in what converts, as the scan counts them (a column is a character).
 * Only a regular file is read again: a pipe would give up bytes the
 * parser has not read, and a FIFO opened again would wait for a writer.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "validate_int.h"

/* Lines and columns of the UTF-8 text P..END, continued from *W. */
static void
count(struct bad_bytes *w, const char *p, const char *end)
{
	for (; p < end; p++) {
		if (*p == '\n') {
			w->line++;
			w->col = 0;
		} else if (((unsigned char)*p & 0xc0) != 0x80)
			w->col++;
	}
}

bool
bad_bytes_find(const char *path, const char *enc, struct bad_bytes *w)
{
	char		 in[8192], out[4 * sizeof(in)];
	char		*ip, *op;
	size_t		 il = 0, ol, n;
	ssize_t		 got;
	iconv_t		 cd;
	struct stat	 sb;
	int		 fd;
	bool		 found = false;

	memset(w, 0, sizeof(*w));
	w->line = 1;
	if ((cd = iconv_open("UTF-8", enc)) == (iconv_t)-1)
		return false;
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)) == -1) {
		iconv_close(cd);
		return false;
	}
	if (fstat(fd, &sb) == -1 || !S_ISREG(sb.st_mode)) {
		close(fd);
		iconv_close(cd);
		return false;
	}
	for (;;) {
		got = read(fd, in + il, sizeof(in) - il);
		if (got <= 0)
			break;
		il += (size_t)got;
		ip = in;
		op = out;
		ol = sizeof(out);
		n = iconv(cd, &ip, &il, &op, &ol);
		count(w, out, op);
		if (n == (size_t)-1 && errno == EILSEQ) {
			w->n = il < sizeof(w->bytes) ? il : sizeof(w->bytes);
			memcpy(w->bytes, ip, w->n);
			w->col++;
			found = true;
			break;
		}
		/* EINVAL: a sequence cut by the buffer; E2BIG cannot be. */
		memmove(in, ip, il);
	}
	close(fd);
	iconv_close(cd);
	return found;
}
