/*
 * sha256: FIPS 180-4 SHA-256, for the content hash the ledger keeps of
 * each entry (a hash that a person can check with sha256sum, and that no
 * two different entries share in practice).
 */
#ifndef FEEDWRIGHT_SHA256_H
#define FEEDWRIGHT_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define SHA256_SIZE	32	/* bytes of a digest */
#define SHA256_HEX	65	/* 64 hex digits and a NUL */

struct sha256 {
	uint32_t	h[8];
	uint64_t	len;		/* bytes hashed so far */
	unsigned char	block[64];
	size_t		nblock;
};

void	sha256_init(struct sha256 *s);
void	sha256_add(struct sha256 *s, const void *p, size_t n);
/* Finishes the hash into digest[SHA256_SIZE]. */
void	sha256_final(struct sha256 *s, unsigned char *digest);
/* Writes digest[SHA256_SIZE] as hex[SHA256_HEX], lower case. */
void	sha256_digest_hex(const unsigned char *digest, char *hex);
/* Finishes the hash into hex[SHA256_HEX], lower case. */
void	sha256_hex(struct sha256 *s, char *hex);
/* From now on, never the processor's SHA instructions (for the tests). */
void	sha256_use_portable(void);

#endif
