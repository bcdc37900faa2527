/*
 * websub: the publish request to WebSub hubs. libcurl does the HTTP and,
 * for the https hubs found in practice, the TLS, which must not be
 * written by hand. Only http and https are spoken, redirects are not
 * followed, and time-outs are bounded without signals (a build may run
 * under cron, with its own signal handling in publish.c).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>

#include "uri.h"
#include "util.h"
#include "websub.h"

/* The answer's body says nothing we use: dropped as it comes. */
static size_t
discard(char *p, size_t size, size_t n, void *ctx)
{
	(void)p;
	(void)ctx;
	return size * n;
}

static long
timeout_ms(void)
{
	const char	*s = getenv(WEBSUB_TIMEOUT_ENV);
	char		*end;
	long		 v;

	if (s == NULL || s[0] < '0' || s[0] > '9')
		return WEBSUB_TIMEOUT_MS;
	v = strtol(s, &end, 10);
	if (*end != '\0' || v < 1 || v > WEBSUB_TIMEOUT_MS)
		return WEBSUB_TIMEOUT_MS;
	return v;
}

/* hub.mode=publish and one hub.url per feed, form-encoded. */
static void
form_body(struct buf *b, char *const *topics, size_t ntopics)
{
	size_t	 i;

	buf_adds(b, "hub.mode=publish");
	for (i = 0; i < ntopics; i++) {
		buf_adds(b, "&hub.url=");
		uri_percent_encode(b, topics[i], strlen(topics[i]), "");
	}
}

/* What went wrong, in our words where libcurl's would vary from run to run. */
static void
describe(struct buf *why, CURL *c, CURLcode rc, const char *errbuf, long ms)
{
	char	 tmp[128];
	long	 oserr = 0;

	switch (rc) {
	case CURLE_COULDNT_RESOLVE_HOST:
		buf_adds(why, "cannot resolve the host name");
		return;
	case CURLE_COULDNT_CONNECT:
		(void)curl_easy_getinfo(c, CURLINFO_OS_ERRNO, &oserr);
		buf_adds(why, "cannot connect");
		if (oserr != 0) {
			buf_adds(why, ": ");
			buf_adds(why, strerror((int)oserr));
		}
		return;
	case CURLE_OPERATION_TIMEDOUT:
		if (ms % 1000 == 0)
			snprintf(tmp, sizeof(tmp), "no answer within %ld s",
			    ms / 1000);
		else
			snprintf(tmp, sizeof(tmp), "no answer within %ld ms",
			    ms);
		buf_adds(why, tmp);
		return;
	default:
		buf_adds(why, errbuf[0] != '\0' ? errbuf :
		    curl_easy_strerror(rc));
		return;
	}
}

/*
 * One publish request to HUB. Returns 0 when the hub answered 2xx, or -1
 * with what went wrong in *why.
 */
static int
post(CURL *c, const char *hub, const struct buf *body,
    struct curl_slist *headers, long ms, struct buf *why)
{
	char		 errbuf[CURL_ERROR_SIZE];
	char		 tmp[64];
	CURLcode	 rc;
	long		 status = 0;

	curl_easy_reset(c);
	errbuf[0] = '\0';
	(void)curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
	(void)curl_easy_setopt(c, CURLOPT_URL, hub);
#if LIBCURL_VERSION_NUM >= 0x075500	/* 7.85: the string forms */
	(void)curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	(void)curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
	(void)curl_easy_setopt(c, CURLOPT_PROTOCOLS,
	    (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
	(void)curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS,
	    (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
	(void)curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
	(void)curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	(void)curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, ms);
	(void)curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, ms);
	(void)curl_easy_setopt(c, CURLOPT_USERAGENT,
	    PACKAGE_NAME "/" PACKAGE_VERSION);
	(void)curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
	(void)curl_easy_setopt(c, CURLOPT_POSTFIELDS, body->data);
	(void)curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, (long)body->len);
	(void)curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, discard);
	if ((rc = curl_easy_perform(c)) != CURLE_OK) {
		describe(why, c, rc, errbuf, ms);
		return -1;
	}
	(void)curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	if (status >= 200 && status <= 299)
		return 0;
	snprintf(tmp, sizeof(tmp), "the hub answered with status %ld",
	    status);
	buf_adds(why, tmp);
	if (status >= 300 && status <= 399)
		buf_adds(why, " (redirects are not followed)");
	return -1;
}

size_t
websub_notify(const char *conf_path, char *const *hubs,
    const unsigned long *lines, size_t nhubs, char *const *topics,
    size_t ntopics, int verbose)
{
	struct curl_slist	*headers = NULL, *h;
	struct buf		 body, why, list;
	CURL			*c = NULL;
	size_t			 i, failed = 0;
	long			 ms = timeout_ms();

	if (nhubs == 0 || ntopics == 0)
		return 0;
	buf_init(&body);
	buf_init(&why);
	buf_init(&list);
	form_body(&body, topics, ntopics);
	for (i = 0; i < ntopics; i++) {
		if (i > 0)
			buf_adds(&list, ntopics == 2 ? " and " :
			    i + 1 == ntopics ? ", and " : ", ");
		buf_adds(&list, topics[i]);
	}
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		for (i = 0; i < nhubs; i++)
			msg_error(conf_path, lines[i], "cannot notify hub %s: "
			    "libcurl cannot start; the feeds are published",
			    hubs[i]);
		failed = nhubs;
		goto out;
	}
	headers = curl_slist_append(NULL,
	    "Content-Type: application/x-www-form-urlencoded");
	/* No "Expect: 100-continue" wait: the body is small. */
	if (headers != NULL &&
	    (h = curl_slist_append(headers, "Expect:")) != NULL)
		headers = h;
	if (headers == NULL || (c = curl_easy_init()) == NULL) {
		for (i = 0; i < nhubs; i++)
			msg_error(conf_path, lines[i], "cannot notify hub %s: "
			    "out of memory; the feeds are published", hubs[i]);
		failed = nhubs;
		goto cleanup;
	}
	for (i = 0; i < nhubs; i++) {
		buf_clear(&why);
		if (post(c, hubs[i], &body, headers, ms, &why) == 0) {
			if (verbose)
				msg_error(conf_path, lines[i], "hub %s was "
				    "told of %s", hubs[i], list.data);
			continue;
		}
		msg_error(conf_path, lines[i], "cannot notify hub %s of %s: "
		    "%s; the feeds are published", hubs[i], list.data,
		    why.data);
		failed++;
	}
cleanup:
	if (c != NULL)
		curl_easy_cleanup(c);
	curl_slist_free_all(headers);
	curl_global_cleanup();
out:
	buf_free(&body);
	buf_free(&why);
	buf_free(&list);
	return failed;
}
