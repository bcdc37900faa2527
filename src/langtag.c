/*
 * langtag.c -- RFC 5646 section 2.1 well-formed language tags.
 *
 *	Language-Tag	= langtag / privateuse / grandfathered
 *	langtag		= language ["-" script] ["-" region]
 *			  *("-" variant) *("-" extension) ["-" privateuse]
 *	language	= 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA
 *	extlang		= 3ALPHA *2("-" 3ALPHA)
 *	script		= 4ALPHA
 *	region		= 2ALPHA / 3DIGIT
 *	variant		= 5*8alphanum / (DIGIT 3alphanum)
 *	extension	= singleton 1*("-" (2*8alphanum))
 *	privateuse	= "x" 1*("-" (1*8alphanum))
 *
 * RSS 2.0 names RFC 1766 and RFC 3066 for its language codes; both were
 * BCP 47 in their day, and RFC 5646 is BCP 47 now, so RSS, Atom (XML 1.0
 * xml:lang) and feed.conf all take this one grammar.
 *
 * A two-letter language subtag must also be an ISO 639-1 code, as RFC
 * 1766, RFC 3066 and RFC 5646 (2.2.1) all require: "jp" or "dk", country
 * codes where a language goes, are the mistake feeds make. The longer
 * subtags are not looked up: that needs the whole IANA registry.
 */

#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "langtag.h"
#include "util.h"

/* RFC 5646 section 2.2.8: the irregular and regular grandfathered tags. */
static const char *const grandfathered[] = {
	"en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak",
	"i-klingon", "i-lux", "i-mingo", "i-navajo", "i-pwn", "i-tao",
	"i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE",
	"art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu",
	"zh-hakka", "zh-min", "zh-min-nan", "zh-xiang",
};

/*
 * The ISO 639-1 codes, from Debian's iso-codes (iso_639-2.json, its
 * alpha_2 codes), and the ones the IANA registry keeps though ISO 639-1
 * withdrew them (in, iw, ji, jw, mo, sh): two letters each, sorted.
 */
static const char iso639_1[] =
	"aaabaeafakamanarasavayazbabebgbhbibmbnbobrbscacechcocrcscucvcydadedv"
	"dzeeeleneoeseteufafffifjfofrfygagdglgngugvhahehihohrhthuhyhziaidieig"
	"iiikinioisitiuiwjajijvjwkakgkikjkkklkmknkokrkskukvkwkylalblglilnlolt"
	"lulvmgmhmimkmlmnmomrmsmtmynanbndnengnlnnnonrnvnyocojomorospapiplpspt"
	"qurmrnrorurwsascsdsesgshsiskslsmsnsosqsrssstsusvswtatetgthtitktltnto"
	"trtstttwtyugukuruzvevivowawoxhyiyozazhzu";

/* True if the two letters at p are an ISO 639-1 code, in any case. */
static bool
iso639_1_code(const char *p)
{
	char		 a = (char)ascii_tolower((unsigned char)p[0]);
	char		 b = (char)ascii_tolower((unsigned char)p[1]);
	size_t		 lo = 0, hi = (sizeof(iso639_1) - 1) / 2, mid;
	const char	*c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = iso639_1 + 2 * mid;
		if (c[0] == a && c[1] == b)
			return true;
		if (c[0] < a || (c[0] == a && c[1] < b))
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

struct subtag {
	const char	*p;
	size_t		 n;
	bool		 alpha;		/* letters only */
	bool		 digit;		/* digits only */
};

/* The subtag at *i, moving *i past it and its "-"; false if not 1-8 alphanum. */
static bool
next_subtag(const char *s, size_t n, size_t *i, struct subtag *t)
{
	t->p = s + *i;
	t->alpha = t->digit = true;
	for (t->n = 0; *i < n && s[*i] != '-'; (*i)++, t->n++) {
		unsigned char c = (unsigned char)s[*i];

		if (!ascii_isalpha(c) && !ascii_isdigit(c))
			return false;
		if (!ascii_isalpha(c))
			t->alpha = false;
		if (!ascii_isdigit(c))
			t->digit = false;
	}
	if (t->n < 1 || t->n > 8)
		return false;
	if (*i < n) {
		(*i)++;
		if (*i == n)		/* a trailing "-" */
			return false;
	}
	return true;
}

/* "x" 1*("-" 1*8alphanum), from s[i], the subtag after the "x". */
static bool
privateuse_rest(const char *s, size_t n, size_t i)
{
	struct subtag	 t;

	if (i >= n)
		return false;
	while (i < n)
		if (!next_subtag(s, n, &i, &t))
			return false;
	return true;
}

static bool
is_variant(const struct subtag *t)
{
	return t->n >= 5 || (t->n == 4 && ascii_isdigit((unsigned char)t->p[0]));
}

bool
langtag_valid(const char *s, size_t n)
{
	struct subtag	 t;
	size_t		 i = 0, k, ext;
	int		 stage;		/* 0 extlang, 1 script, 2 region, 3 variant */

	for (k = 0; k < sizeof(grandfathered) / sizeof(grandfathered[0]); k++)
		if (strlen(grandfathered[k]) == n &&
		    strncasecmp(grandfathered[k], s, n) == 0)
			return true;
	if (!next_subtag(s, n, &i, &t))
		return false;
	if (t.n == 1 && (t.p[0] == 'x' || t.p[0] == 'X'))
		return privateuse_rest(s, n, i);
	if (!t.alpha || t.n < 2 || t.n > 3 || (t.n == 2 &&
	    !iso639_1_code(t.p)))
		return false;
	stage = 0;
	ext = 0;
	while (i < n) {
		if (!next_subtag(s, n, &i, &t))
			return false;
		if (t.n == 1) {
			if (t.p[0] == 'x' || t.p[0] == 'X')
				return (stage != 4 || ext > 0) &&
				    privateuse_rest(s, n, i);
			/* A singleton: each extension needs a 2-8 subtag. */
			if (stage == 4 && ext == 0)
				return false;
			stage = 4;
			ext = 0;
			continue;
		}
		if (stage == 4) {
			ext++;
			continue;
		}
		if (stage == 0 && t.alpha && t.n == 3) {
			if (++ext > 3)
				return false;
			continue;
		}
		if (stage <= 1 && t.alpha && t.n == 4) {
			stage = 2;
			continue;
		}
		if (stage <= 2 && ((t.alpha && t.n == 2) ||
		    (t.digit && t.n == 3))) {
			stage = 3;
			continue;
		}
		if (is_variant(&t)) {
			stage = 3;
			continue;
		}
		return false;
	}
	/* An extension's singleton must be followed by a subtag. */
	return stage != 4 || ext > 0;
}

/*
 * Right to left: the scripts in use today that are written so (ISO
 * 15924: Adlam, Arabic and its Nastaliq form, Hebrew, Mandaic, N'Ko,
 * Hanifi Rohingya, Samaritan, Syriac, Thaana), and the languages
 * usually written in one of them when the tag names no script (the list
 * Closure's goog.i18n.bidi keeps, with Syriac and the old codes for
 * Hebrew and Yiddish). A script subtag decides alone: "ku-Arab" is right
 * to left, "sd-Deva" left to right.
 */
static const char *const rtl_scripts[] = {
	"Adlm", "Arab", "Aran", "Hebr", "Mand", "Nkoo", "Rohg", "Samr",
	"Syrc", "Thaa",
};
static const char *const rtl_languages[] = {
	"ar", "ckb", "dv", "fa", "he", "iw", "ji", "nqo", "ps", "sd", "syr",
	"ug", "ur", "yi",
};

static bool
in_list(const char *const *list, size_t nlist, const struct subtag *t)
{
	size_t	 i;

	for (i = 0; i < nlist; i++)
		if (strlen(list[i]) == t->n &&
		    strncasecmp(list[i], t->p, t->n) == 0)
			return true;
	return false;
}

bool
langtag_rtl(const char *s, size_t n)
{
	struct subtag	 lang, t;
	size_t		 i = 0;

	/* "x-..." and "i-..." name no language of the lists. */
	if (!next_subtag(s, n, &i, &lang) || lang.n < 2)
		return false;
	/* The script, if any, follows the language and its extlangs. */
	while (i < n && next_subtag(s, n, &i, &t) && t.alpha &&
	    (t.n == 3 || t.n == 4))
		if (t.n == 4)
			return in_list(rtl_scripts, sizeof(rtl_scripts) /
			    sizeof(rtl_scripts[0]), &t);
	return in_list(rtl_languages, sizeof(rtl_languages) /
	    sizeof(rtl_languages[0]), &lang);
}

bool
langtag_language_is(const char *s, size_t n, const char *lang)
{
	size_t	 k = strlen(lang);

	return n >= k && strncasecmp(s, lang, k) == 0 && (n == k ||
	    s[k] == '-');
}
