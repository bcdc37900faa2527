/*
 * driver: a main() for a fuzz target built without libFuzzer (gcc, the
 * normal build, valgrind). Runs the target once on each file named on the
 * command line, so every input that ever crashed a target is replayed by
 * make check. Prints one TAP line per file.
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "fuzz.h"
#include "util.h"

int
main(int argc, char **argv)
{
	struct buf	 b;
	int		 i;

	printf("1..%d\n", argc - 1);
	buf_init(&b);
	for (i = 1; i < argc; i++) {
		if (read_file(argv[i], 256 * 1024 * 1024, &b) == -1) {
			printf("not ok %d - %s: %s\n", i, argv[i],
			    strerror(errno));
			continue;
		}
		/* A crash or a broken invariant ends the run; reaching here is the pass. */
		LLVMFuzzerTestOneInput((const uint8_t *)b.data, b.len);
		printf("ok %d - %s\n", i, argv[i]);
		fflush(stdout);
	}
	buf_free(&b);
	return 0;
}
