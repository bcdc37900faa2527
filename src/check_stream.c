/*
 * check_stream: checks an output while it is written. The writer hands
 * every piece it writes to the temporary file to check_stream_write too;
 * a thread of our own runs the validator on those bytes, read from a ring
 * of RING_SIZE bytes, so the file is never read back, memory stays flat
 * however large the feed, and writing and checking share the two cores.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_output.h"
#include "check_stream.h"
#include "publish.h"
#include "read_ahead.h"
#include "test_hook.h"
#include "util.h"
#include "validate.h"

#define RING_SIZE	(1024 * 1024)

struct check_stream {
	pthread_mutex_t	 mu;
	pthread_cond_t	 more;		/* bytes or the end for the reader */
	pthread_cond_t	 room;		/* room for the writer */
	char		*ring;
	size_t		 head;		/* next byte to read */
	size_t		 len;		/* bytes held */
	size_t		 want;		/* room the waiting writer waits for */
	bool		 ended;		/* the writer wrote its last byte */
	bool		 aborted;	/* the writer gave up: stop reading */
	bool		 done;		/* the reader wants no more */
	pthread_t	 thread;
	struct validator *v;
	enum feed_format expect;
	char		*name;
	struct report	 rep;
	int		 status;	/* validator_check_stream's */
	bool		 started;	/* the first read was made */
};

/* The tests' way to make the check fail (see test_hook.h). */
static int
first_read(const char *name)
{
	const char	*slash = strrchr(name, '/');

	return test_hook("check-read", slash != NULL ? slash + 1 : name);
}

/*
 * As read(2) on a regular file: LEN bytes unless the end comes first, so
 * the parser sees the pieces, and so the columns, it would see reading
 * the file.
 */
static ssize_t
ring_read(void *arg, void *buf, size_t len)
{
	struct check_stream *cs = arg;
	size_t		 got = 0, n, h;

	if (!cs->started) {
		cs->started = true;
		if (first_read(cs->name) == -1)
			return -1;
	}
	pthread_mutex_lock(&cs->mu);
	while (got < len) {
		while (cs->len == 0 && !cs->ended && !cs->aborted)
			pthread_cond_wait(&cs->more, &cs->mu);
		if (cs->aborted) {
			pthread_mutex_unlock(&cs->mu);
			errno = ECANCELED;
			return -1;
		}
		if (cs->len == 0)
			break;
		n = len - got;
		if (n > cs->len)
			n = cs->len;
		if (n > RING_SIZE - cs->head)
			n = RING_SIZE - cs->head;
		/* The writer only adds after head + len: copy without the lock. */
		h = cs->head;
		pthread_mutex_unlock(&cs->mu);
		memcpy((char *)buf + got, cs->ring + h, n);
		pthread_mutex_lock(&cs->mu);
		cs->head = (cs->head + n) % RING_SIZE;
		cs->len -= n;
		got += n;
		if (RING_SIZE - cs->len >= cs->want)
			pthread_cond_signal(&cs->room);
	}
	pthread_mutex_unlock(&cs->mu);
	return (ssize_t)got;
}

static void *
run(void *arg)
{
	struct check_stream *cs = arg;

	cs->status = validator_check_stream(cs->v, ring_read, cs, cs->name,
	    cs->expect, &cs->rep);
	/* The validator may stop early (a fatal error): the writer must not wait. */
	pthread_mutex_lock(&cs->mu);
	cs->done = true;
	pthread_cond_signal(&cs->room);
	pthread_mutex_unlock(&cs->mu);
	return NULL;
}

/* Frees CS: its thread has ended, or never began. */
static void
destroy(struct check_stream *cs)
{
	report_free(&cs->rep);
	free(cs->name);
	free(cs->ring);
	pthread_cond_destroy(&cs->room);
	pthread_cond_destroy(&cs->more);
	pthread_mutex_destroy(&cs->mu);
	free(cs);
}

struct check_stream *
check_stream_start(struct validator *v, const char *name, const char *format)
{
	struct check_stream *cs = xcalloc(1, sizeof(*cs));
	sigset_t	 set, old;
	int		 err;

	pthread_mutex_init(&cs->mu, NULL);
	pthread_cond_init(&cs->more, NULL);
	pthread_cond_init(&cs->room, NULL);
	cs->ring = xmalloc(RING_SIZE);
	cs->v = v;
	cs->expect = (enum feed_format)check_output_expect(format);
	cs->name = xstrdup(name);
	report_init(&cs->rep, cs->name);
	/* The thread takes no SIGTERM and the like: publish.c's handler is the main thread's. */
	publish_signal_set(&set);
	pthread_sigmask(SIG_BLOCK, &set, &old);
	err = pthread_create(&cs->thread, NULL, run, cs);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (err != 0) {
		destroy(cs);
		errno = err;
		return NULL;
	}
	return cs;
}

void
check_stream_write(struct check_stream *cs, const char *p, size_t n)
{
	size_t	 tail, k;

	pthread_mutex_lock(&cs->mu);
	while (n > 0 && !cs->done) {
		/*
		 * Woken when the rest of the piece fits, or half the ring:
		 * not for every few KB the parser takes.
		 */
		cs->want = n < RING_SIZE / 2 ? n : RING_SIZE / 2;
		while (RING_SIZE - cs->len < cs->want && !cs->done)
			pthread_cond_wait(&cs->room, &cs->mu);
		cs->want = 0;
		if (cs->done)
			break;
		tail = (cs->head + cs->len) % RING_SIZE;
		k = RING_SIZE - cs->len;
		if (k > RING_SIZE - tail)
			k = RING_SIZE - tail;
		if (k > n)
			k = n;
		/* The reader only takes before head + len: copy without the lock. */
		pthread_mutex_unlock(&cs->mu);
		memcpy(cs->ring + tail, p, k);
		pthread_mutex_lock(&cs->mu);
		cs->len += k;
		p += k;
		n -= k;
		pthread_cond_signal(&cs->more);
	}
	pthread_mutex_unlock(&cs->mu);
}

/* Ends the stream (ABORT: nothing more is read) and waits for the check. */
static void
stop(struct check_stream *cs, bool abort)
{
	pthread_mutex_lock(&cs->mu);
	if (abort)
		cs->aborted = true;
	cs->ended = true;
	pthread_cond_signal(&cs->more);
	pthread_mutex_unlock(&cs->mu);
	pthread_join(cs->thread, NULL);
}

int
check_stream_finish(struct check_stream *cs, bool show_warnings)
{
	int	 rc;

	stop(cs, false);
	rc = check_output_report(&cs->rep, cs->name, show_warnings);
	if (cs->status == -1)
		rc = -1;
	destroy(cs);
	return rc;
}

void
check_stream_abort(struct check_stream *cs)
{
	if (cs == NULL)
		return;
	stop(cs, true);
	destroy(cs);
}

bool
check_stream_wanted(void)
{
	const char	*t = getenv("FEEDWRIGHT_THREADS");

	if (t != NULL && strcmp(t, "1") == 0)
		return false;
	return sysconf(_SC_NPROCESSORS_ONLN) > 1;
}

struct file_source {
	struct read_ahead ra;
	const char	*name;
	bool		 started;
};

/* As validate reads a file: ahead, each request answered as read(2) would. */
static ssize_t
file_read(void *arg, void *buf, size_t len)
{
	struct file_source *f = arg;

	if (!f->started) {
		f->started = true;
		if (first_read(f->name) == -1)
			return -1;
	}
	return read_ahead_read(&f->ra, buf, len);
}

int
check_stream_file(struct validator *v, const char *path, const char *name,
    const char *format, bool show_warnings)
{
	struct file_source f;
	struct report	 rep;
	int		 fd, rc = 0;

	report_init(&rep, name);
	f.name = name;
	f.started = false;
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		report_add(&rep, 0, 0, RULE_UNREADABLE, "cannot open: %s",
		    strerror(errno));
		rc = -1;
	} else {
		read_ahead_init(&f.ra, fd);
		if (validator_check_stream(v, file_read, &f, name,
		    (enum feed_format)check_output_expect(format), &rep) == -1)
			rc = -1;
		read_ahead_free(&f.ra);
		close(fd);
	}
	if (check_output_report(&rep, name, show_warnings) == -1)
		rc = -1;
	report_free(&rep);
	return rc;
}
