/*
 * fuzz_tz: tz_parse on arbitrary bytes (a TZif file is data from the
 * system, but a broken or hostile one must not crash a build), then
 * queries on what parses. Checks: NULL comes with a reason; offsets stay
 * within RFC 8536's range; a local time that converts shows that local
 * time again at the offset in force then.
 */
#include "config.h"

#include <string.h>

#include "civil.h"
#include "fuzz.h"
#include "tz.h"

#define OFFSET_OK(o)	((o) >= -89999 && (o) <= 93599)

static void
check_local(const struct tz *z, const struct civil *c)
{
	int64_t		 t = 0;
	int32_t		 off = 0;
	bool		 amb = false;

	if (!civil_valid(c))
		return;
	if (tz_local_to_utc(z, c, &t, &off, &amb) != TZ_LOCAL_OK)
		return;
	FUZZ_CHECK(OFFSET_OK(off));
	FUZZ_CHECK(t + off == civil_to_seconds(c));
	FUZZ_CHECK(tz_offset_at(z, t) == off);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int64_t instants[] = {
		INT64_MIN, INT64_MIN + 1, -(INT64_C(1) << 59), -62167219200,
		-1, 0, 1, 1741503600, 253402300799, INT64_C(1) << 59,
		INT64_MAX - 1, INT64_MAX
	};
	static const struct civil locals[] = {
		{ 1, 1, 1, 0, 0, 0 }, { 1970, 1, 1, 0, 0, 0 },
		{ 2025, 3, 9, 2, 30, 0 }, { 2025, 11, 2, 1, 30, 0 },
		{ 2025, 3, 30, 2, 30, 0 }, { 2025, 10, 26, 2, 30, 0 },
		{ 2038, 1, 19, 3, 14, 8 }, { 9999, 12, 31, 23, 59, 59 }
	};
	const char	*err = NULL;
	struct tz	*z;
	struct civil	 c;
	int64_t		 t;
	size_t		 i;

	z = tz_parse(data, size, &err);
	if (z == NULL) {
		FUZZ_CHECK(err != NULL && err[0] != '\0');
		return 0;
	}
	for (i = 0; i < sizeof(instants) / sizeof(instants[0]); i++)
		FUZZ_CHECK(OFFSET_OK(tz_offset_at(z, instants[i])));
	for (i = 0; i < sizeof(locals) / sizeof(locals[0]); i++)
		check_local(z, &locals[i]);
	/* Instants and local times drawn from the input's last bytes. */
	for (i = 0; i + 8 <= size && i < 64; i += 8) {
		const uint8_t *p = data + size - i - 8;

		t = 0;
		for (int k = 0; k < 8; k++)
			t = (int64_t)((uint64_t)t << 8 | p[k]);
		FUZZ_CHECK(OFFSET_OK(tz_offset_at(z, t)));
		t %= INT64_C(253402300799);
		if (t < 0)
			t = -t;
		civil_from_seconds(t, &c);
		check_local(z, &c);
	}
	tz_free(z);
	return 0;
}
