/*
 * validate_mem: counts the bytes libxml2 holds, so that the validator can
 * stop a document that would need more than its limit (a huge entry, an
 * endless run of comments the reader keeps until the next element) with
 * a clear error instead of growing until the system kills it. The count
 * is the allocator's own size of each block, so blocks allocated before
 * the counting began can still be freed through it safely; the count is
 * only ever compared as a difference.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#ifdef HAVE_MALLOC_USABLE_SIZE
#include <malloc.h>
#endif

#include <libxml/xmlmemory.h>

#include "validate_int.h"

#ifdef HAVE_MALLOC_USABLE_SIZE
static long long live;		/* bytes allocated minus bytes freed */

static void *
count_malloc(size_t n)
{
	void	*p = malloc(n);

	if (p != NULL)
		live += (long long)malloc_usable_size(p);
	return p;
}

static void *
count_realloc(void *old, size_t n)
{
	size_t	 before = old != NULL ? malloc_usable_size(old) : 0;
	void	*p = realloc(old, n);

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
