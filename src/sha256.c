/*
 * sha256: FIPS 180-4, section 6.2. Where the processor has the SHA
 * extensions (x86 SHA-NI) the blocks are compressed by them: hashing each
 * entry's content was a sixth of a build's instructions done in C.
 */
#include "config.h"

#include <pthread.h>
#include <stdbool.h>
#include <string.h>

#include "sha256.h"

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#define HAVE_SHA_NI 1
#include <cpuid.h>
#include <immintrin.h>
#endif

static const uint32_t k[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
	0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
	0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
	0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
	0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
	0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
	0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
	0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
	0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
};

#define ROR(x, n)	(((x) >> (n)) | ((x) << (32 - (n))))

/* Compresses one 64-byte block in plain C. */
static void
compress_c(uint32_t *state, const unsigned char *p)
{
	uint32_t	 w[64], a, b, c, d, e, f, g, h, t1, t2;
	int		 i;

	for (i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
		    (uint32_t)p[4 * i + 2] << 8 | (uint32_t)p[4 * i + 3];
	for (i = 16; i < 64; i++)
		w[i] = (ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10)) +
		    w[i - 7] + (ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^
		    (w[i - 15] >> 3)) + w[i - 16];
	a = state[0]; b = state[1]; c = state[2]; d = state[3];
	e = state[4]; f = state[5]; g = state[6]; h = state[7];
	for (i = 0; i < 64; i++) {
		t1 = h + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) +
		    ((e & f) ^ (~e & g)) + k[i] + w[i];
		t2 = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) +
		    ((a & b) ^ (a & c) ^ (b & c));
		h = g; g = f; f = e; e = d + t1;
		d = c; c = b; b = a; a = t1 + t2;
	}
	state[0] += a; state[1] += b; state[2] += c; state[3] += d;
	state[4] += e; state[5] += f; state[6] += g; state[7] += h;
}

static void
blocks_c(uint32_t *state, const unsigned char *p, size_t n)
{
	for (; n > 0; n--, p += 64)
		compress_c(state, p);
}

#ifdef HAVE_SHA_NI
/*
 * The same rounds with the SHA extensions. They keep the state as the
 * words ABEF and CDGH; each sha256rnds2 does two rounds, and sha256msg1
 * and sha256msg2 extend the message schedule four words at a time.
 */
__attribute__((target("sha,sse4.1")))
static void
blocks_ni(uint32_t *state, const unsigned char *p, size_t n)
{
	const __m128i	 bswap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL,
			    0x0405060700010203LL);
	__m128i		 abef, cdgh, abef0, cdgh0, w[4], t, m;
	int		 i;

	t = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&state[0]),
	    0xb1);					/* CDAB */
	cdgh = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&state[4]),
	    0x1b);					/* EFGH */
	abef = _mm_alignr_epi8(t, cdgh, 8);
	cdgh = _mm_blend_epi16(cdgh, t, 0xf0);
	for (; n > 0; n--, p += 64) {
		abef0 = abef;
		cdgh0 = cdgh;
		for (i = 0; i < 16; i++) {
			if (i < 4)
				w[i] = _mm_shuffle_epi8(_mm_loadu_si128(
				    (const __m128i *)(p + 16 * i)), bswap);
			else {
				t = _mm_add_epi32(_mm_sha256msg1_epu32(
				    w[i & 3], w[(i + 1) & 3]),
				    _mm_alignr_epi8(w[(i + 3) & 3],
				    w[(i + 2) & 3], 4));
				w[i & 3] = _mm_sha256msg2_epu32(t,
				    w[(i + 3) & 3]);
			}
			m = _mm_add_epi32(w[i & 3],
			    _mm_loadu_si128((const __m128i *)&k[4 * i]));
			cdgh = _mm_sha256rnds2_epu32(cdgh, abef, m);
			abef = _mm_sha256rnds2_epu32(abef, cdgh,
			    _mm_shuffle_epi32(m, 0x0e));
		}
		abef = _mm_add_epi32(abef, abef0);
		cdgh = _mm_add_epi32(cdgh, cdgh0);
	}
	t = _mm_shuffle_epi32(abef, 0x1b);		/* FEBA */
	cdgh = _mm_shuffle_epi32(cdgh, 0xb1);		/* DCHG */
	_mm_storeu_si128((__m128i *)&state[0], _mm_blend_epi16(t, cdgh, 0xf0));
	_mm_storeu_si128((__m128i *)&state[4], _mm_alignr_epi8(cdgh, t, 8));
}

static bool
have_sha_ni(void)
{
	unsigned int	 a, b, c, d;

	if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSE4_1) ||
	    !(c & bit_SSSE3))
		return false;
	return __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & bit_SHA);
}
#endif

static void	(*blocks)(uint32_t *, const unsigned char *, size_t);
static pthread_once_t chosen = PTHREAD_ONCE_INIT;

static void
choose_blocks(void)
{
	blocks = blocks_c;
#ifdef HAVE_SHA_NI
	if (have_sha_ni())
		blocks = blocks_ni;
#endif
}

void
sha256_use_portable(void)
{
	pthread_once(&chosen, choose_blocks);
	blocks = blocks_c;
}

void
sha256_init(struct sha256 *s)
{
	static const uint32_t h0[8] = {
		0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
		0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
	};

	pthread_once(&chosen, choose_blocks);
	memcpy(s->h, h0, sizeof(h0));
	s->len = 0;
	s->nblock = 0;
}

void
sha256_add(struct sha256 *s, const void *p, size_t n)
{
	const unsigned char	*c = p;
	size_t			 take;

	s->len += n;
	if (n == 0)
		return;		/* P may be NULL: an empty field */
	if (s->nblock > 0) {
		take = 64 - s->nblock < n ? 64 - s->nblock : n;
		memcpy(s->block + s->nblock, c, take);
		s->nblock += take;
		c += take;
		n -= take;
		if (s->nblock < 64)
			return;
		blocks(s->h, s->block, 1);
		s->nblock = 0;
	}
	/* Whole blocks straight from the caller's bytes. */
	if (n >= 64) {
		blocks(s->h, c, n / 64);
		c += n / 64 * 64;
	}
	n %= 64;
	memcpy(s->block, c, n);
	s->nblock = n;
}

void
sha256_final(struct sha256 *s, unsigned char *digest)
{
	unsigned char		 pad[72] = { 0x80 };
	uint64_t		 bits = s->len * 8;
	size_t			 npad, i;

	npad = (s->nblock < 56 ? 56 : 120) - s->nblock;
	for (i = 0; i < 8; i++)
		pad[npad + i] = (unsigned char)(bits >> (56 - 8 * i));
	sha256_add(s, pad, npad + 8);
	for (i = 0; i < SHA256_SIZE; i++)
		digest[i] = (unsigned char)(s->h[i / 4] >> (24 - 8 * (i % 4)));
}

void
sha256_digest_hex(const unsigned char *digest, char *hex)
{
	static const char	 digits[] = "0123456789abcdef";
	size_t			 i;

	for (i = 0; i < SHA256_SIZE; i++) {
		hex[2 * i] = digits[digest[i] >> 4];
		hex[2 * i + 1] = digits[digest[i] & 15];
	}
	hex[2 * SHA256_SIZE] = '\0';
}

void
sha256_hex(struct sha256 *s, char *hex)
{
	unsigned char	 digest[SHA256_SIZE];

	sha256_final(s, digest);
	sha256_digest_hex(digest, hex);
}
