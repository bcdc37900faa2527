/*
 * fuzz_email: email_valid on arbitrary bytes. Checks: the answer does not
 * depend on the bytes after the input (an over-read would show here as an
 * AddressSanitizer report, or as a different answer) or on repeating the
 * call; an accepted address is printable ASCII, at most 254 bytes, with
 * an '@' that neither starts nor ends it.
 */
#include "config.h"

#include <string.h>

#include "email.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char	*s = (const char *)data;
	char		*copy;
	const char	*at;
	bool		 ok;
	size_t		 i;

	ok = email_valid(s, size);
	FUZZ_CHECK(email_valid(s, size) == ok);
	/* The same bytes followed by more: the answer must not change. */
	copy = malloc(size + 2);
	FUZZ_CHECK(copy != NULL);
	memcpy(copy, s, size);
	copy[size] = 'a';
	copy[size + 1] = '@';
	FUZZ_CHECK(email_valid(copy, size) == ok);
	free(copy);
	if (!ok)
		return 0;
	FUZZ_CHECK(size >= 3 && size <= 254);
	for (i = 0; i < size; i++)
		FUZZ_CHECK(data[i] >= 0x20 && data[i] < 0x7f);
	at = memchr(s, '@', size);
	FUZZ_CHECK(at != NULL && at > s && s[size - 1] != '@');
	return 0;
}
