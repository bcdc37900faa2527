/*
 * validate_mem: counts the bytes libxml2 holds, so that the validator can
 * stop a document that would need more than its limit (a huge entry, an
 * endless run of comments the reader keeps until the next element) with
 * a clear error instead of growing until the system kills it. The count
 * is the allocator's own size of each block, so blocks allocated before
 * the counting began can still be freed through it safely; the count is
 * only ever compared as a difference.
 *
 * An allocation of libxml2's that fails is out_of_memory's, as one of
 * feedwright's own: libxml2 would report it as a fault of the file it
 * reads ("Memory allocation failed", xml-not-well-formed), even of one
 * build wrote itself, and the build would end with status 1. libxml2's
 * limits are no failed allocations: they reach the error handlers still.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#ifdef HAVE_MALLOC_USABLE_SIZE
#include <malloc.h>
#endif

#include <libxml/xmlmemory.h>

#include "test_hook.h"
#include "util.h"
#include "validate.h"
#include "validate_int.h"

static void *
check_malloc(size_t n)
{
	void	*p = test_hook("xml-alloc", NULL) == -1 ? NULL : malloc(n);

	if (p == NULL && n > 0)
		out_of_memory();
	return p;
}

static void *
check_realloc(void *old, size_t n)
{
	void	*p = test_hook("xml-alloc", NULL) == -1 ? NULL :
		    realloc(old, n);

	if (p == NULL && n > 0)
		out_of_memory();
	return p;
}

static char *
check_strdup(const char *s)
{
	size_t	 n = strlen(s) + 1;

	return memcpy(check_malloc(n), s, n);
}

void
vmem_setup(void)
{
	xmlMemSetup(free, check_malloc, check_realloc, check_strdup);
}

#ifdef HAVE_MALLOC_USABLE_SIZE
static long long live;		/* bytes allocated minus bytes freed */

static void *
count_malloc(size_t n)
{
	void	*p = check_malloc(n);

	if (p != NULL)
		live += (long long)malloc_usable_size(p);
	return p;
}

static void *
count_realloc(void *old, size_t n)
{
	size_t	 before = old != NULL ? malloc_usable_size(old) : 0;
	void	*p = check_realloc(old, n);

	if (p != NULL)
		live += (long long)malloc_usable_size(p) - (long long)before;
	return p;
}

static void
count_free(void *p)
{
	if (p != NULL)
		live -= (long long)malloc_usable_size(p);
	free(p);
}

static char *
count_strdup(const char *s)
{
	size_t	 n = strlen(s) + 1;
	char	*p = count_malloc(n);

	if (p != NULL)
		memcpy(p, s, n);
	return p;
}
#endif

bool
vmem_count(void)
{
#ifdef HAVE_MALLOC_USABLE_SIZE
	static bool	 installed;

	if (!installed && xmlMemSetup(count_free, count_malloc, count_realloc,
	    count_strdup) == 0)
		installed = true;
	return installed;
#else
	return false;
#endif
}

long long
vmem_live(void)
{
#ifdef HAVE_MALLOC_USABLE_SIZE
	return live;
#else
	return 0;
#endif
}

bool
vmem_past(long long base, size_t limit)
{
	return limit > 0 && vmem_live() - base > (long long)limit;
}
