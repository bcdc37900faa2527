/*
 * websub: the publish request to WebSub hubs. libcurl does the HTTP and,
 * for the https hubs found in practice, the TLS, which must not be
 * written by hand. Only http and https are spoken, redirects are not
 * followed, and time-outs are bounded without signals (a build may run
 * under cron, with its own signal handling in publish.c).
 *
 * libcurl is loaded (dlopen) only when a hub is to be told: linked in,
 * it and the forty libraries it needs (TLS, Kerberos, LDAP, ...) would be
 * loaded by every run of the program, validate included, for about
 * 6 MB more memory each time.
 */
#include "config.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>

#include "uri.h"
#include "util.h"
#include "websub.h"

/* libcurl's soname since 7.16 (2006). */
#define LIBCURL_SONAME	"libcurl.so.4"

/* The part of libcurl's API used here. */
struct curl_api {
	CURLcode	 (*global_init)(long);
	void		 (*global_cleanup)(void);
	CURL		*(*easy_init)(void);
	void		 (*easy_cleanup)(CURL *);
	void		 (*easy_reset)(CURL *);
	CURLcode	 (*easy_setopt)(CURL *, CURLoption, ...);
	CURLcode	 (*easy_perform)(CURL *);
	CURLcode	 (*easy_getinfo)(CURL *, CURLINFO, ...);
	const char	*(*easy_strerror)(CURLcode);
	struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
	void		 (*slist_free_all)(struct curl_slist *);
};

/* Found by name: a void * is no function pointer in ISO C, hence memcpy. */
static int
find(void *lib, const char *name, void *fp, size_t size)
{
	void	*sym = dlsym(lib, name);

	if (sym == NULL)
		return -1;
	memcpy(fp, &sym, size);
	return 0;
}

#define FIND(lib, name, f) find((lib), (name), &(f), sizeof(f))

/*
 * Loads libcurl once; it stays loaded (OpenSSL, under it, must not be
 * unloaded before its exit handlers run). Returns the API, or NULL with
 * what went wrong in *why.
 */
static const struct curl_api *
load_curl(const char **why)
{
	static struct curl_api	 api;
	static int		 loaded;	/* 1 done, -1 failed */
	static char		 err[256];
	void			*lib;
	const char		*e;

	if (loaded == 0) {
		loaded = -1;
		if ((lib = dlopen(LIBCURL_SONAME, RTLD_NOW | RTLD_LOCAL)) ==
		    NULL) {
			e = dlerror();
			snprintf(err, sizeof(err), "cannot load libcurl (%s)",
			    e != NULL ? e : LIBCURL_SONAME);
		} else if (FIND(lib, "curl_global_init", api.global_init) ||
		    FIND(lib, "curl_global_cleanup", api.global_cleanup) ||
		    FIND(lib, "curl_easy_init", api.easy_init) ||
		    FIND(lib, "curl_easy_cleanup", api.easy_cleanup) ||
		    FIND(lib, "curl_easy_reset", api.easy_reset) ||
		    FIND(lib, "curl_easy_setopt", api.easy_setopt) ||
		    FIND(lib, "curl_easy_perform", api.easy_perform) ||
		    FIND(lib, "curl_easy_getinfo", api.easy_getinfo) ||
		    FIND(lib, "curl_easy_strerror", api.easy_strerror) ||
		    FIND(lib, "curl_slist_append", api.slist_append) ||
		    FIND(lib, "curl_slist_free_all", api.slist_free_all)) {
			snprintf(err, sizeof(err), "%s lacks a function "
			    "feedwright needs", LIBCURL_SONAME);
		} else
			loaded = 1;
	}
	*why = err;
	return loaded == 1 ? &api : NULL;
}

/*
 * The answer's body says nothing we use: headers_in() ends the transfer
 * before it, and whatever comes all the same is dropped.
 */
static size_t
discard(char *p, size_t size, size_t n, void *ctx)
{
	(void)p;
	(void)ctx;
	return size * n;
}

/* What the header callback learns of one exchange. */
struct answer {
	const struct curl_api	*api;
	CURL			*c;
	long			 status;	/* the final status; 0: none yet */
};

/*
 * The status is all a hub's answer says: once the final one's headers are
 * in (the blank line after them), the transfer is ended, so that a body
 * that never ends, or comes slowly, is not waited for. Returning less
 * than was given ends it (CURLE_WRITE_ERROR), with the status kept.
 */
static size_t
headers_in(char *p, size_t size, size_t n, void *ctx)
{
	struct answer	*a = ctx;
	long		 status = 0;

	if ((n == 2 && p[0] == '\r' && p[1] == '\n') ||
	    (n == 1 && p[0] == '\n')) {
		(void)a->api->easy_getinfo(a->c, CURLINFO_RESPONSE_CODE,
		    &status);
		/* A 1xx is only an interim answer: the final one follows. */
		if (status >= 200) {
			a->status = status;
			return 0;
		}
	}
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
form_body(struct buf *b, const char *const *topics, size_t ntopics)
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
describe(const struct curl_api *api, struct buf *why, CURL *c, CURLcode rc,
    const char *errbuf, long ms)
{
	char	 tmp[128];
	long	 oserr = 0;

	switch (rc) {
	case CURLE_COULDNT_RESOLVE_HOST:
		buf_adds(why, "cannot resolve the host name");
		return;
	case CURLE_COULDNT_CONNECT:
		(void)api->easy_getinfo(c, CURLINFO_OS_ERRNO, &oserr);
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
		    api->easy_strerror(rc));
		return;
	}
}

/*
 * The options of one request. Only http and https, whatever the URL says
 * and wherever a redirect would lead (none is followed); no signals, so
 * that the time-outs never meet publish.c's handlers. Returns what went
 * wrong, or CURLE_OK.
 */
static CURLcode
set_options(const struct curl_api *api, CURL *c, const char *hub,
    const struct buf *body, struct curl_slist *headers, long ms,
    char *errbuf, struct answer *a)
{
	CURLcode	 rc;

	if ((rc = api->easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf)) ||
	    (rc = api->easy_setopt(c, CURLOPT_URL, hub)) ||
#if LIBCURL_VERSION_NUM >= 0x075500	/* 7.85: the string forms */
	    (rc = api->easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https")) ||
	    (rc = api->easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR,
	    "http,https")) ||
#else
	    (rc = api->easy_setopt(c, CURLOPT_PROTOCOLS,
	    (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS))) ||
	    (rc = api->easy_setopt(c, CURLOPT_REDIR_PROTOCOLS,
	    (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS))) ||
#endif
	    (rc = api->easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L)) ||
	    (rc = api->easy_setopt(c, CURLOPT_NOSIGNAL, 1L)) ||
	    (rc = api->easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, ms)) ||
	    (rc = api->easy_setopt(c, CURLOPT_TIMEOUT_MS, ms)) ||
	    (rc = api->easy_setopt(c, CURLOPT_USERAGENT,
	    PACKAGE_NAME "/" PACKAGE_VERSION)) ||
	    (rc = api->easy_setopt(c, CURLOPT_HTTPHEADER, headers)) ||
	    (rc = api->easy_setopt(c, CURLOPT_POSTFIELDS, body->data)) ||
	    (rc = api->easy_setopt(c, CURLOPT_POSTFIELDSIZE, (long)body->len)) ||
	    (rc = api->easy_setopt(c, CURLOPT_HEADERFUNCTION, headers_in)) ||
	    (rc = api->easy_setopt(c, CURLOPT_HEADERDATA, a)) ||
#if LIBCURL_VERSION_NUM >= 0x073600	/* 7.54 */
	    /* A proxy's answer to CONNECT is not the hub's. */
	    (rc = api->easy_setopt(c, CURLOPT_SUPPRESS_CONNECT_HEADERS, 1L)) ||
#endif
	    (rc = api->easy_setopt(c, CURLOPT_WRITEFUNCTION, discard)))
		return rc;
	return CURLE_OK;
}

/*
 * One publish request to HUB. Returns 0 when the hub answered 2xx, or -1
 * with what went wrong in *why.
 */
static int
post(const struct curl_api *api, CURL *c, const char *hub,
    const struct buf *body, struct curl_slist *headers, long ms,
    struct buf *why)
{
	struct answer	 a = { api, c, 0 };
	char		 errbuf[CURL_ERROR_SIZE];
	char		 tmp[64];
	CURLcode	 rc;
	long		 status;

	api->easy_reset(c);
	errbuf[0] = '\0';
	if ((rc = set_options(api, c, hub, body, headers, ms, errbuf, &a)) !=
	    CURLE_OK || ((rc = api->easy_perform(c)) != CURLE_OK &&
	    a.status == 0)) {
		describe(api, why, c, rc, errbuf, ms);
		return -1;
	}
	/* Ended by headers_in(), or a complete answer: the status says. */
	status = a.status;
	if (status == 0)
		(void)api->easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	if (status >= 200 && status <= 299)
		return 0;
	snprintf(tmp, sizeof(tmp), "the hub answered with status %ld",
	    status);
	buf_adds(why, tmp);
	if (status >= 300 && status <= 399)
		buf_adds(why, " (redirects are not followed)");
	return -1;
}

/* The feeds of a message: "A", "A and B", "A, B, and C". */
static void
topic_list(struct buf *list, const char *const *topics, size_t ntopics)
{
	size_t	 i;

	buf_clear(list);
	for (i = 0; i < ntopics; i++) {
		if (i > 0)
			buf_adds(list, ntopics == 2 ? " and " :
			    i + 1 == ntopics ? ", and " : ", ");
		buf_adds(list, topics[i]);
	}
}

/* Every hub asked fails the same way: each is named, at its line. */
static size_t
all_fail(const char *conf_path, struct websub_hub *hubs, size_t nhubs,
    struct buf *list, const char *why)
{
	size_t	 i, failed = 0;

	for (i = 0; i < nhubs; i++) {
		if (hubs[i].ntopics == 0)
			continue;
		topic_list(list, hubs[i].topics, hubs[i].ntopics);
		msg_error(conf_path, hubs[i].line, "cannot notify hub %s of "
		    "%s: %s; the feeds are published", hubs[i].url, list->data,
		    why);
		failed++;
	}
	return failed;
}

size_t
websub_notify(const char *conf_path, struct websub_hub *hubs, size_t nhubs,
    int verbose)
{
	const struct curl_api	*api;
	struct curl_slist	*headers = NULL, *h;
	struct buf		 body, why, list;
	const char		*err;
	CURL			*c = NULL;
	size_t			 i, asked = 0, failed = 0;
	long			 ms = timeout_ms();

	for (i = 0; i < nhubs; i++) {
		hubs[i].told = 0;
		if (hubs[i].ntopics > 0)
			asked++;
	}
	if (asked == 0)
		return 0;
	buf_init(&body);
	buf_init(&why);
	buf_init(&list);
	if ((api = load_curl(&err)) == NULL) {
		failed = all_fail(conf_path, hubs, nhubs, &list, err);
		goto out;
	}
	if (api->global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		failed = all_fail(conf_path, hubs, nhubs, &list,
		    "libcurl cannot start");
		goto out;
	}
	headers = api->slist_append(NULL,
	    "Content-Type: application/x-www-form-urlencoded");
	/* No "Expect: 100-continue" wait: the body is small. */
	if (headers != NULL &&
	    (h = api->slist_append(headers, "Expect:")) != NULL)
		headers = h;
	if (headers == NULL || (c = api->easy_init()) == NULL) {
		failed = all_fail(conf_path, hubs, nhubs, &list,
		    "out of memory");
		goto cleanup;
	}
	for (i = 0; i < nhubs; i++) {
		if (hubs[i].ntopics == 0)
			continue;
		buf_clear(&body);
		buf_clear(&why);
		form_body(&body, hubs[i].topics, hubs[i].ntopics);
		topic_list(&list, hubs[i].topics, hubs[i].ntopics);
		if (post(api, c, hubs[i].url, &body, headers, ms, &why) == 0) {
			hubs[i].told = 1;
			if (verbose)
				msg_error(conf_path, hubs[i].line, "hub %s was "
				    "told of %s", hubs[i].url, list.data);
			continue;
		}
		msg_error(conf_path, hubs[i].line, "cannot notify hub %s of %s: "
		    "%s; the feeds are published", hubs[i].url, list.data,
		    why.data);
		failed++;
	}
cleanup:
	if (c != NULL)
		api->easy_cleanup(c);
	api->slist_free_all(headers);
	api->global_cleanup();
out:
	buf_free(&body);
	buf_free(&why);
	buf_free(&list);
	return failed;
}
