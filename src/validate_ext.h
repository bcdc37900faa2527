/*
 * validate_ext: what the files of the extension modules share:
 * validate_ext.c, which holds the modules' one table and checks most of
 * them, and validate_podcast.c, which checks the Podcasting 2.0 podcast:
 * tags among its rows. The namespace, the rows' value kinds, the few
 * helpers of validate_ext.c the podcast checks use, and the podcast
 * checks' entry point.
 */
#ifndef FEEDWRIGHT_VALIDATE_EXT_H
#define FEEDWRIGHT_VALIDATE_EXT_H

#include "validate_vocab.h"

#define NS_PODCAST	"https://podcastindex.org/namespace/1.0"
/* "Clients ... must also recognize" it "as identical" (1.0.md). */
#define NS_PODCAST_OLD \
	"https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md"

/* The value kinds of the extension modules' rows (validate_ext.c). */
enum kind {
	K_TEXT, K_DATE, K_EVDATE, K_LANG, K_URL, K_RESOURCE, K_LAT, K_LONG,
	K_POSINT, K_NONNEGINT, K_PERIOD, K_INTLIST, K_ATOMLINK,
	/* Apple Podcasts' itunes: tags */
	K_IT_TEXT, K_IT_SUMMARY, K_IT_EXPLICIT, K_IT_CATEGORY, K_IT_IMAGE, K_IT_TYPE,
	K_IT_EPTYPE, K_IT_DURATION, K_IT_OWNER, K_IT_YES, K_IT_NUMBER,
	/* Podcasting 2.0 podcast: tags */
	K_PC_GUID, K_PC_LOCKED, K_PC_FUNDING, K_PC_LINK, K_PC_PERSON,
	K_PC_SEASON, K_PC_EPISODE, K_PC_VALUE, K_PC_MEDIUM, K_PC_LOCATION,
	K_PC_BLOCK, K_PC_TRAILER, K_PC_SOUNDBITE, K_PC_IMAGE, K_PC_ALTENC,
	K_PC_LIVEITEM, K_PC_LICENSE, K_PC_TXT, K_PC_PODROLL, K_PC_REMOTE,
	K_PC_CONTENTLINK, K_PC_SOCIAL, K_PC_CHAT, K_PC_PUBLISHER,
	K_PC_UPDATEFREQ, K_PC_PODPING, K_PC_IMAGES,
	/* Media RSS media: tags */
	K_MD_CONTENT, K_MD_GROUP, K_MD_THUMB, K_MD_PLAYER, K_MD_TEXT,
	K_MD_PLAIN, K_MD_COPYRIGHT, K_MD_RESTRICTION, K_MD_HASH, K_MD_RATING,
	K_MD_CREDIT,
	/* GeoRSS Simple, and GML in georss:where */
	K_GEO_POINT, K_GEO_LINE, K_GEO_POLYGON, K_GEO_BOX, K_GEO_WHERE,
	K_DECIMAL, K_INTEGER, K_NONNEGDEC,
	/* Dublin Core's recommended vocabularies; wfw's misspelt name */
	K_DC_FORMAT, K_DC_TYPE, K_WFW_MISCASED,
	/* RFC 4685's thr:in-reply-to; OpenSearch's startIndex */
	K_THR_REPLY, K_SIGNED_INT,
	/* Atom's elements in RSS, as RFC 4287 defines them */
	K_ATOM_DATE, K_ATOM_ID, K_ATOM_PERSON, K_ATOM_CATEGORY, K_ATOM_TEXT,
	K_ATOM_CONTENT
};

/*
 * validate_ext.c's, used by validate_podcast.c too: whether N is NAME in
 * NS (or a namespace its spec names identical); the characters, not
 * bytes, of UTF-8 text; whether S is one of SET.
 */
bool	 ext_is(xmlNodePtr n, const char *ns, const char *name);
size_t	 utf8_chars(const char *s, size_t len);
bool	 in_set(const char *s, const char *const *set, bool any_case);

/* The value kinds of podcast:; true if N's kind (E's) is one of them. */
bool	 pc_check(struct vctx *c, xmlNodePtr n, const struct vrow *e,
	    const char *v);

#endif
