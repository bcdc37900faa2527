/*
 * check_stream: check_output on the bytes being written, in a thread of
 * its own, instead of on the file read back afterwards. Same check, same
 * messages.
 */
#ifndef FEEDWRIGHT_CHECK_STREAM_H
#define FEEDWRIGHT_CHECK_STREAM_H

#include <stdbool.h>
#include <stddef.h>

struct check_stream;
struct validator;

/*
 * Starts checking the output to be published as NAME, in FORMAT (a
 * feed_format name, as check_output), with V, which nothing else uses
 * until the stream is finished or aborted. Returns NULL with errno if no
 * thread can be started.
 */
struct check_stream *check_stream_start(struct validator *v,
	    const char *name, const char *format);
/* Hands over the next N bytes of the output; waits while the checker is behind. */
void	check_stream_write(struct check_stream *cs, const char *p, size_t n);
/*
 * The output is complete: waits for the check, prints what it found as
 * check_output does, and frees CS. Returns 0, or -1 if the output must
 * not be published.
 */
int	check_stream_finish(struct check_stream *cs, bool show_warnings);
/* The output is thrown away: stops the check unheard and frees CS (NULL: nothing). */
void	check_stream_abort(struct check_stream *cs);

/*
 * check_output with V on the file at PATH once written, for one thread
 * (the same check, the same messages).
 */
int	check_stream_file(struct validator *v, const char *path,
	    const char *name, const char *format, bool show_warnings);

/*
 * Whether outputs are checked while written, in threads: when there are
 * two cores or more, unless FEEDWRIGHT_THREADS is "1" (every output is
 * then checked from its file once written, in the one thread).
 */
bool	check_stream_wanted(void);

#endif
