/*
 * utf8: decoding UTF-8 and checking text against the XML 1.0 Char
 * production (XML 1.0 section 2.2), so nothing reaches an output file
 * that a parser would reject.
 */
#ifndef FEEDWRIGHT_UTF8_H
#define FEEDWRIGHT_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Decodes the sequence at s (n bytes available). Returns its length (1-4)
 * and sets *cp, or 0 for an invalid, overlong, surrogate or truncated one.
 */
size_t	utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

bool	xml_char_ok(uint32_t cp);

enum text_problem {
	TEXT_OK,
	TEXT_BAD_UTF8,		/* *bad_at is the offending byte */
	TEXT_NOT_XML_CHAR,	/* *bad_cp is the code point */
	TEXT_DISCOURAGED	/* the same: DEL, C1, a noncharacter */
};

/*
 * Checks that s[0..n) is UTF-8 made only of characters XML 1.0 allows,
 * and none of those it asks authors to avoid (XML 1.0 2.2), which HTML
 * makes parse errors: DEL and the C1 controls (U+007F to U+009F), which
 * readers show as other characters (in text they are nearly always
 * Windows-1252 read as Latin-1), and Unicode's noncharacters (U+FDD0 to
 * U+FDEF, U+1FFFE, U+1FFFF... U+10FFFF).
 */
enum text_problem text_check(const char *s, size_t n, size_t *bad_at,
	    uint32_t *bad_cp);
/* Why text_check refused CP as TEXT_DISCOURAGED, as words for a message. */
const char *utf8_discouraged_why(uint32_t cp);
/*
 * For the tests: text_check without its SSE2 path (on), or with it again
 * (off), so that both are checked on a machine that has SSE2.
 */
void	text_check_use_portable(bool on);

/*
 * True if CP shows as nothing: Unicode's White_Space characters
 * (PropList.txt) and its Default_Ignorable_Code_Point ones
 * (DerivedCoreProperties.txt), which Unicode says to render invisibly.
 */
bool	utf8_blank_char(uint32_t cp);
/*
 * True if s[0..n), UTF-8, holds no character that shows (none, or only
 * utf8_blank_char ones), with *first the first of them (0 if none): a
 * title of no-break spaces or zero width spaces is as empty as one of
 * ASCII spaces.
 */
bool	utf8_all_blank(const char *s, size_t n, uint32_t *first);

/*
 * The offset of the first byte-order mark (U+FEFF) in s[0..n), or n if
 * there is none. Only the one a file starts with is a byte-order mark;
 * anywhere else it is an invisible character pasted by mistake.
 */
size_t	utf8_find_bom(const char *s, size_t n);

struct buf;

/*
 * S (N bytes) into OUT as valid UTF-8 of characters shown as they are, for
 * a message: a byte that is not UTF-8 as \xNN; a control character (C0
 * but tab, DEL, C1), a line or paragraph separator or a bidirectional
 * control as \uNNNN, so that a message is one line that turns nothing
 * around; with SPACES, a line break as a space instead.
 */
void	utf8_safe_text(struct buf *out, const char *s, size_t n, bool spaces);

#endif
