/*
 * check_output: the last gate before publishing. Every feed build writes
 * (Atom, RSS, JSON Feed) and its page go through the whole validator
 * (schema and rules, the same code as "feedwright validate"),
 * in-process: on the bytes as they are
 * written (check_stream.c), or on the temporary file. Errors block
 * publishing; warnings do not, and are printed only when asked, so that
 * an unchanged feed does not mail its owner from cron on every run.
 */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "check_output.h"
#include "util.h"
#include "validate.h"

int
check_output_expect(const char *format)
{
	return strcmp(format, "atom") == 0 ? FORMAT_ATOM :
	    strcmp(format, "rss") == 0 ? FORMAT_RSS :
	    strcmp(format, "json") == 0 ? FORMAT_JSON : FORMAT_XML;
}

int
check_output_report(const struct report *rep, const char *name,
    bool show_warnings)
{
	const struct problem *p;
	size_t		 i;

	for (i = 0; i < rep->n; i++) {
		p = &rep->v[i];
		if (p->sev == SEV_ERROR)
			msg_error(name, p->line, "%s [%s]", p->msg, p->rule);
		else if (show_warnings)
			msg_warn(name, p->line, "%s [%s]", p->msg, p->rule);
	}
	if (rep->errors + rep->warnings > rep->n && (rep->errors > 0 ||
	    show_warnings))
		msg_error(name, 0, "%lu more problems not shown",
		    rep->errors + rep->warnings - (unsigned long)rep->n);
	return report_ok(rep, false) ? 0 : -1;
}

struct validator *
check_output_validator(void)
{
	struct validator *v;

	if ((v = validator_new()) == NULL)
		return NULL;
	/* Our own output, just written: a long text is a long record, not an attack. */
	validator_trust_own_output(v);
	return v;
}

void
check_output_validator_free(struct validator *v)
{
	validator_free(v);
}

void
check_output_expect_entries(struct validator *v, size_t n)
{
	validator_expect_entries(v, n);
}

/* The files of check_output_files, shared by its two checkers. */
struct file_queue {
	pthread_mutex_t		 mu;
	const struct check_file	*files;
	struct report		*rep;		/* one a file, made when taken */
	bool			*bad;
	bool			*done;		/* rep[i] and bad[i] are set */
	size_t			 n;
	size_t			 next;		/* the next file to take */
	size_t			 first_bad;	/* n: none yet */
	size_t			 shown;		/* rep[0..shown): printed, freed */
	int			 rc;
};

/*
 * Prints, in the files' order, what the checks found up to the first file
 * that failed, as soon as every file before it is checked, and frees it:
 * memory holds the reports of the files checked out of turn, not all.
 * Called with q->mu held, so one thread prints at a time.
 */
static void
show_done(struct file_queue *q)
{
	size_t	 i;

	while (q->shown < q->n && q->shown <= q->first_bad &&
	    q->done[q->shown]) {
		i = q->shown++;
		if (check_output_report(&q->rep[i], q->files[i].name,
		    q->files[i].warn) == -1 || q->bad[i])
			q->rc = -1;
		report_free(&q->rep[i]);
	}
}

/* Checks the files the queue hands out until none is left that counts. */
static void
check_queued(struct file_queue *q, struct validator *v)
{
	size_t	 i;
	bool	 bad;

	for (;;) {
		pthread_mutex_lock(&q->mu);
		/* Past a failed file nothing is shown: it is not checked. */
		i = q->next < q->first_bad ? q->next++ : q->n;
		pthread_mutex_unlock(&q->mu);
		if (i == q->n)
			return;
		report_init(&q->rep[i], q->files[i].name);
		bad = validator_check(v, q->files[i].path,
		    (enum feed_format)check_output_expect(q->files[i].format),
		    &q->rep[i]) == -1 || !report_ok(&q->rep[i], false);
		pthread_mutex_lock(&q->mu);
		q->bad[i] = bad;
		q->done[i] = true;
		if (bad && i < q->first_bad)
			q->first_bad = i;
		show_done(q);
		pthread_mutex_unlock(&q->mu);
	}
}

struct checker {
	struct file_queue	*q;
	struct validator	*v;
};

static void *
checker_run(void *arg)
{
	struct checker	*c = arg;

	check_queued(c->q, c->v);
	return NULL;
}

int
check_output_files(struct validator *v, const struct check_file *files,
    size_t n, bool two)
{
	struct file_queue q;
	struct checker	 c;
	pthread_t	 t;
	bool		 started = false;
	size_t		 i;
	int		 rc = 0;

	if (n == 0)
		return 0;
	memset(&q, 0, sizeof(q));
	pthread_mutex_init(&q.mu, NULL);
	q.files = files;
	q.n = q.first_bad = n;
	q.rep = xcalloc(n, sizeof(*q.rep));
	q.bad = xcalloc(n, sizeof(*q.bad));
	q.done = xcalloc(n, sizeof(*q.done));
	/* Made here, before the thread: see validator_new. */
	c.q = &q;
	c.v = two && n > 1 ? check_output_validator() : NULL;
	if (c.v != NULL)
		started = pthread_create(&t, NULL, checker_run, &c) == 0;
	check_queued(&q, v);
	if (started)
		pthread_join(t, NULL);
	check_output_validator_free(c.v);
	/* Every file up to the first that failed was shown; not those after. */
	rc = q.rc;
	for (i = q.shown; i < q.next; i++)
		report_free(&q.rep[i]);
	free(q.rep);
	free(q.bad);
	free(q.done);
	pthread_mutex_destroy(&q.mu);
	return rc;
}
