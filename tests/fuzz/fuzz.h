/*
 * fuzz.h: shared by the libFuzzer targets in tests/fuzz/. Each target is a
 * LLVMFuzzerTestOneInput over one parser; FUZZ_CHECK aborts on a broken
 * invariant, so libFuzzer keeps the input as a crash like any sanitizer
 * report. The same files build with gcc against driver.c, which replays
 * saved inputs (the regression tests).
 */
#ifndef FEEDWRIGHT_FUZZ_H
#define FEEDWRIGHT_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond) do {						\
	if (!(cond)) {							\
		fprintf(stderr, "%s:%d: invariant broken: %s\n",	\
		    __FILE__, __LINE__, #cond);				\
		abort();						\
	}								\
} while (0)

/*
 * The lines of buf[0..size), as the readers count them: LF, CR LF and a
 * lone CR (old Mac files) each end one.
 */
static inline unsigned long
fuzz_lines(const char *buf, size_t size)
{
	unsigned long	 lines = 1;
	size_t		 i;

	for (i = 0; i < size; i++)
		lines += buf[i] == '\n' || (buf[i] == '\r' &&
		    (i + 1 == size || buf[i + 1] != '\n'));
	return lines;
}

#endif
