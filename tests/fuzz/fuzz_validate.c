/*
 * fuzz_validate: the validator on arbitrary bytes, as a stranger's feed.
 * validator_check reads a path, so the input goes to a memory file
 * (memfd) and the validator opens it as /proc/self/fd/N. Checks: the file
 * is always read (0); every problem has a rule and a message, and an
 * error line when the counts say so; both renderings of the report work.
 */
#define _GNU_SOURCE
#include "config.h"

#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "fuzz.h"
#include "validate.h"
#include "validate_report.h"

static struct validator	*v;
static int		 memfd = -1;
static char		 path[64];
static FILE		*devnull;

static void
setup(void)
{
	if ((v = validator_new()) == NULL)
		abort();
	if ((memfd = memfd_create("fuzz-feed", MFD_CLOEXEC)) == -1)
		abort();
	snprintf(path, sizeof(path), "/proc/self/fd/%d", memfd);
	if ((devnull = fopen("/dev/null", "w")) == NULL)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct report	 rep;
	size_t		 i, off;
	ssize_t		 w;

	if (v == NULL)
		setup();
	FUZZ_CHECK(ftruncate(memfd, 0) == 0);
	for (off = 0; off < size; off += (size_t)w) {
		w = pwrite(memfd, data + off, size - off, (off_t)off);
		FUZZ_CHECK(w > 0);
	}
	report_init(&rep, "fuzz.xml");
	FUZZ_CHECK(validator_check(v, path, FORMAT_ANY, &rep) == 0);
	FUZZ_CHECK(rep.n <= REPORT_MAX_KEPT);
	FUZZ_CHECK(rep.n <= rep.errors + rep.warnings);
	for (i = 0; i < rep.n; i++) {
		FUZZ_CHECK(rep.v[i].rule != NULL && rep.v[i].rule[0] != '\0');
		FUZZ_CHECK(rep.v[i].msg != NULL && rep.v[i].msg[0] != '\0');
	}
	/* Whatever it is, an empty or non-XML input is never valid. */
	if (size == 0)
		FUZZ_CHECK(rep.errors > 0);
	report_print_text(&rep, devnull);
	report_print_json(&rep, false, devnull);
	report_free(&rep);
	return 0;
}
