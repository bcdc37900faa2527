/*
 * schemas_data: the RELAX NG schemas of src/schemas/, compiled into the
 * program (schemas_data.c is generated from the .rng files by
 * src/schemas/embed.sh at build time) so validation needs no file.
 */
#ifndef FEEDWRIGHT_SCHEMAS_DATA_H
#define FEEDWRIGHT_SCHEMAS_DATA_H

#include <stddef.h>

extern const char	schema_atom_rng[];
extern const size_t	schema_atom_rng_len;
extern const char	schema_rss_rng[];
extern const size_t	schema_rss_rng_len;

#endif
