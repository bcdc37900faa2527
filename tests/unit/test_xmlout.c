/*
 * test_xmlout.c -- unit tests for xmlout.c and outbuf.c: the exact bytes
 * of small documents, escaping checked by parsing the output back with
 * libxml2, and outbuf's buffering and sticky errors.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "outbuf.h"
#include "util.h"
#include "xmlout.h"

#define OUTBUF_SIZE	(256 * 1024)	/* as in outbuf.c */
#define BIG		(OUTBUF_SIZE * 2 + 12345)
#define DECL		"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"

/* A writer into memory; finish() checks outbuf_finish and gives the bytes. */
struct doc {
	struct buf	 mem;
	struct outbuf	 o;
	struct xmlout	 x;
};

static void
doc_init(struct doc *d)
{
	buf_init(&d->mem);
	outbuf_init_mem(&d->o, &d->mem);
	xmlout_init(&d->x, &d->o);
}

static const char *
doc_bytes(struct doc *d)
{
	assert_int_equal(outbuf_finish(&d->o), 0);
	return d->mem.data != NULL ? d->mem.data : "";
}

static void
doc_free(struct doc *d)
{
	buf_free(&d->mem);
}

static void
test_nested(void **state)
{
	struct doc	 d;

	(void)state;
	doc_init(&d);
	xmlout_declaration(&d.x);
	xmlout_start(&d.x, "feed");
	xmlout_attr(&d.x, "xmlns", "http://www.w3.org/2005/Atom");
	xmlout_element_str(&d.x, "title", "T");
	xmlout_start(&d.x, "author");
	xmlout_element_str(&d.x, "name", "N");
	xmlout_element_str(&d.x, "email", "n@example.com");
	xmlout_end(&d.x);
	xmlout_start(&d.x, "entry");
	xmlout_start(&d.x, "link");
	xmlout_attr(&d.x, "href", "https://example.com/a");
	xmlout_end(&d.x);
	xmlout_end(&d.x);
	xmlout_finish(&d.x);
	assert_string_equal(doc_bytes(&d), DECL
	    "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
	    "  <title>T</title>\n"
	    "  <author>\n"
	    "    <name>N</name>\n"
	    "    <email>n@example.com</email>\n"
	    "  </author>\n"
	    "  <entry>\n"
	    "    <link href=\"https://example.com/a\"/>\n"
	    "  </entry>\n"
	    "</feed>\n");
	doc_free(&d);
}

static void
test_empty_elements(void **state)
{
	struct doc	 d;

	(void)state;
	doc_init(&d);
	xmlout_start(&d.x, "a");
	xmlout_end(&d.x);
	xmlout_finish(&d.x);
	assert_string_equal(doc_bytes(&d), "<a/>\n");
	doc_free(&d);

	/* Empty text is still text: a start and an end tag. */
	doc_init(&d);
	xmlout_start(&d.x, "r");
	xmlout_start(&d.x, "a");
	xmlout_attr(&d.x, "k", "");
	xmlout_end(&d.x);
	xmlout_element_str(&d.x, "b", "");
	xmlout_finish(&d.x);
	assert_string_equal(doc_bytes(&d), "<r>\n  <a k=\"\"/>\n  <b></b>\n</r>\n");
	doc_free(&d);
}

static void
test_attr_escaping(void **state)
{
	struct doc	 d;

	(void)state;
	doc_init(&d);
	xmlout_start(&d.x, "a");
	xmlout_attr(&d.x, "v", "a&b<c>d\"e\tf\ng\rh'i]]>");
	xmlout_attrn(&d.x, "w", "&&xx", 2);
	xmlout_finish(&d.x);
	assert_string_equal(doc_bytes(&d), "<a v=\"a&amp;b&lt;c&gt;d&quot;"
	    "e&#9;f&#10;g&#13;h'i]]&gt;\" w=\"&amp;&amp;\"/>\n");
	doc_free(&d);
}

static void
test_text_escaping(void **state)
{
	struct doc	 d;
	const char	 text[] = "a & b < c > d ]]> \"q\" 'a'\tx\ny\r\nz";

	(void)state;
	doc_init(&d);
	xmlout_element(&d.x, "t", text, sizeof(text) - 1);
	xmlout_finish(&d.x);
	/* Quotes, TAB and LF stay; CR becomes a reference so parsers keep it. */
	assert_string_equal(doc_bytes(&d), "<t>a &amp; b &lt; c &gt; d ]]&gt; "
	    "\"q\" 'a'\tx\ny&#13;\nz</t>\n");
	doc_free(&d);

	/* Text may hold a NUL-free piece of a longer string. */
	doc_init(&d);
	xmlout_element(&d.x, "t", "<<cut here", 2);
	xmlout_finish(&d.x);
	assert_string_equal(doc_bytes(&d), "<t>&lt;&lt;</t>\n");
	doc_free(&d);
}

static void
test_korean_unchanged(void **state)
{
	struct doc	 d;
	const char	*ko = "\xed\x95\x9c\xea\xb5\xad \xea\xb2\xbd\xec\xa0\x9c "
	    "\xec\x8b\xa0\xeb\xac\xb8 \xf0\x9f\x93\xb0";

	(void)state;
	doc_init(&d);
	xmlout_start(&d.x, "t");
	xmlout_attr(&d.x, "title", ko);
	xmlout_text(&d.x, ko, strlen(ko));
	xmlout_finish(&d.x);
	assert_string_equal(doc_bytes(&d), "<t title=\"\xed\x95\x9c\xea\xb5\xad "
	    "\xea\xb2\xbd\xec\xa0\x9c \xec\x8b\xa0\xeb\xac\xb8 \xf0\x9f\x93\xb0\">"
	    "\xed\x95\x9c\xea\xb5\xad \xea\xb2\xbd\xec\xa0\x9c "
	    "\xec\x8b\xa0\xeb\xac\xb8 \xf0\x9f\x93\xb0</t>\n");
	doc_free(&d);
}

/* Pieces of text add up in one element. */
static void
test_text_in_pieces(void **state)
{
	struct doc	 d;

	(void)state;
	doc_init(&d);
	xmlout_start(&d.x, "t");
	xmlout_attr(&d.x, "a", "1");
	xmlout_text(&d.x, "one, ", 5);
	xmlout_text(&d.x, "", 0);
	xmlout_text(&d.x, "two & three", 11);
	xmlout_end(&d.x);
	xmlout_finish(&d.x);
	assert_string_equal(doc_bytes(&d), "<t a=\"1\">one, two &amp; three</t>\n");
	doc_free(&d);
}

static void
test_finish_closes_all(void **state)
{
	struct doc	 d;

	(void)state;
	doc_init(&d);
	xmlout_declaration(&d.x);
	xmlout_start(&d.x, "a");
	xmlout_start(&d.x, "b");
	xmlout_element_str(&d.x, "c", "x");
	xmlout_start(&d.x, "d");	/* never closed by hand */
	xmlout_start(&d.x, "e");
	xmlout_finish(&d.x);
	assert_int_equal(d.x.depth, 0);
	assert_string_equal(doc_bytes(&d), DECL
	    "<a>\n"
	    "  <b>\n"
	    "    <c>x</c>\n"
	    "    <d>\n"
	    "      <e/>\n"
	    "    </d>\n"
	    "  </b>\n"
	    "</a>\n");
	doc_free(&d);
}

/*
 * Only element-only content is indented: whitespace added after text would
 * change the text of the element (its XPath string value).
 */
static void
test_no_indent_after_text(void **state)
{
	struct doc	 d;
	char		 got1[64], got2[64];

	(void)state;
	doc_init(&d);
	xmlout_start(&d.x, "p");
	xmlout_text(&d.x, "a", 1);
	xmlout_element_str(&d.x, "b", "x");
	xmlout_text(&d.x, "c", 1);
	xmlout_end(&d.x);
	xmlout_finish(&d.x);
	snprintf(got1, sizeof(got1), "%s", doc_bytes(&d));
	doc_free(&d);

	doc_init(&d);
	xmlout_start(&d.x, "p");
	xmlout_text(&d.x, "a", 1);
	xmlout_element_str(&d.x, "b", "x");
	xmlout_finish(&d.x);
	snprintf(got2, sizeof(got2), "%s", doc_bytes(&d));
	doc_free(&d);

	assert_string_equal(got1, "<p>a<b>x</b>c</p>\n");

	/* An empty text may come as a null pointer. */
	doc_init(&d);
	xmlout_start(&d.x, "c");
	xmlout_cdata(&d.x, NULL, 0);
	xmlout_finish(&d.x);
	assert_string_equal(doc_bytes(&d), "<c><![CDATA[]]></c>\n");
	doc_free(&d);
	assert_string_equal(got2, "<p>a<b>x</b></p>\n");
}

/* Strings that have broken XML writers. */
static const char *const nasty[] = {
	"",
	"&",
	"&amp;",
	"&#0;",
	"&#x41;",
	"&nbsp;",
	"%pe;",
	"<",
	">",
	"<>",
	"]]>",
	"]]]]>>",
	"<![CDATA[x]]>",
	"<!-- c -->",
	"<?pi x?>",
	"</t>",
	"\"",
	"'",
	"\"'\"'",
	"\t",
	"\n",
	"\r",
	"\r\n",
	"\n\r",
	"a\r\rb",
	"  leading and trailing  ",
	" \t\n\r mixed \r\n\t ",
	"\xed\x95\x9c\xea\xb5\xad\xec\x96\xb4",
	"\xf0\x9f\x98\x80\xf0\x9f\x93\xb0",
	"\xef\xbb\xbf" "bom",
	"\xef\xbf\xbd",
	"\xc2\x85 NEL \xe2\x80\xa8 LS",
	"\x7f",
	"a&b<c>d\"e'f\tg\nh\ri]]>j",
};

static char *
node_text(xmlNode *n)
{
	xmlChar	*c = xmlNodeGetContent(n);
	char	*s = xstrdup(c != NULL ? (const char *)c : "");

	xmlFree(c);
	return s;
}

static void
test_round_trip(void **state)
{
	struct doc	 d;
	const char	*bytes;
	xmlDoc		*doc;
	xmlNode		*root, *n;
	xmlChar		*v;
	char		*t;
	size_t		 i, nn = sizeof(nasty) / sizeof(nasty[0]);

	(void)state;
	doc_init(&d);
	xmlout_declaration(&d.x);
	xmlout_start(&d.x, "root");
	for (i = 0; i < nn; i++) {
		xmlout_start(&d.x, "t");
		xmlout_attr(&d.x, "v", nasty[i]);
		xmlout_text(&d.x, nasty[i], strlen(nasty[i]));
		xmlout_end(&d.x);
		xmlout_start(&d.x, "c");
		xmlout_cdata(&d.x, nasty[i], strlen(nasty[i]));
		xmlout_end(&d.x);
	}
	xmlout_finish(&d.x);
	bytes = doc_bytes(&d);
	doc = xmlReadMemory(bytes, (int)d.mem.len, "round-trip.xml", NULL,
	    XML_PARSE_NONET);
	if (doc == NULL)
		fail_msg("libxml2 does not parse the output:\n%s", bytes);
	root = xmlDocGetRootElement(doc);
	assert_non_null(root);
	assert_string_equal((const char *)root->name, "root");
	i = 0;
	for (n = root->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (strcmp((const char *)n->name, "c") == 0) {
			assert_true(i > 0);
			t = node_text(n);
			if (strcmp(t, nasty[i - 1]) != 0)
				fail_msg("CDATA %zu does not round-trip: \"%s\"",
				    i - 1, t);
			free(t);
			continue;
		}
		assert_true(i < nn);
		assert_string_equal((const char *)n->name, "t");
		t = node_text(n);
		if (strcmp(t, nasty[i]) != 0)
			fail_msg("text %zu does not round-trip: \"%s\"", i, t);
		free(t);
		v = xmlGetProp(n, (const xmlChar *)"v");
		assert_non_null(v);
		if (strcmp((const char *)v, nasty[i]) != 0)
			fail_msg("attribute %zu does not round-trip: \"%s\"", i,
			    (const char *)v);
		xmlFree(v);
		i++;
	}
	assert_int_equal(i, nn);
	xmlFreeDoc(doc);
	doc_free(&d);
}

/* A deterministic byte pattern, for comparing large outputs. */
static char *
pattern(size_t n)
{
	char	*p = xmalloc(n);
	size_t	 i;

	for (i = 0; i < n; i++)
		p[i] = (char)((i * 7 + i / 251) & 0xff);
	return p;
}

/* Writes src[0..n) in pieces of varied sizes, some larger than the buffer. */
static void
write_in_pieces(struct outbuf *o, const char *src, size_t n)
{
	static const size_t sizes[] = { 1, 7, 0, 4096, 100000, 3, OUTBUF_SIZE - 1,
	    2, OUTBUF_SIZE + 1, 65536 };
	size_t	 off = 0, k, i = 0;

	while (off < n) {
		k = sizes[i++ % (sizeof(sizes) / sizeof(sizes[0]))];
		if (k > n - off)
			k = n - off;
		if (k == 1)
			outbuf_putc(o, src[off]);
		else
			outbuf_write(o, src + off, k);
		off += k;
	}
}

static void
test_outbuf_mem(void **state)
{
	char		*src = pattern(BIG);
	struct buf	 mem;
	struct outbuf	 o;

	(void)state;
	/* In pieces. */
	buf_init(&mem);
	outbuf_init_mem(&o, &mem);
	write_in_pieces(&o, src, BIG);
	assert_int_equal(o.total + o.len, BIG);
	assert_int_equal(outbuf_finish(&o), 0);
	assert_int_equal(o.total, BIG);
	assert_int_equal(mem.len, BIG);
	assert_memory_equal(mem.data, src, BIG);
	buf_free(&mem);

	/* In one call. */
	outbuf_init_mem(&o, &mem);
	outbuf_write(&o, src, BIG);
	assert_int_equal(outbuf_finish(&o), 0);
	assert_int_equal(mem.len, BIG);
	assert_memory_equal(mem.data, src, BIG);
	buf_free(&mem);

	/* Exactly filling the buffer, then one byte by putc. */
	outbuf_init_mem(&o, &mem);
	outbuf_write(&o, src, OUTBUF_SIZE);
	outbuf_putc(&o, src[OUTBUF_SIZE]);
	outbuf_puts(&o, "");
	assert_int_equal(outbuf_finish(&o), 0);
	assert_int_equal(mem.len, OUTBUF_SIZE + 1);
	assert_memory_equal(mem.data, src, OUTBUF_SIZE + 1);
	buf_free(&mem);

	/* Output is appended to what the buffer already holds. */
	buf_adds(&mem, "before:");
	outbuf_init_mem(&o, &mem);
	outbuf_puts(&o, "after");
	assert_int_equal(outbuf_finish(&o), 0);
	assert_string_equal(mem.data, "before:after");
	buf_free(&mem);
	free(src);
}

/* A temporary file, already unlinked. */
static int
temp_fd(void)
{
	char	 path[] = "/tmp/test_xmlout.XXXXXX";
	int	 fd = mkstemp(path);

	assert_true(fd != -1);
	unlink(path);
	return fd;
}

static void
assert_fd_holds(int fd, const char *want, size_t n)
{
	struct buf	 b;

	assert_int_equal(lseek(fd, 0, SEEK_SET), 0);
	buf_init(&b);
	assert_int_equal(read_fd(fd, n + 1, &b), 0);
	assert_int_equal(b.len, n);
	assert_memory_equal(b.data, want, n);
	buf_free(&b);
}

static void
test_outbuf_fd(void **state)
{
	char		*src = pattern(BIG);
	struct outbuf	 o;
	int		 fd;

	(void)state;
	fd = temp_fd();
	outbuf_init_fd(&o, fd);
	write_in_pieces(&o, src, BIG);
	assert_int_equal(outbuf_finish(&o), 0);
	assert_fd_holds(fd, src, BIG);
	close(fd);

	fd = temp_fd();
	outbuf_init_fd(&o, fd);
	outbuf_write(&o, src, BIG);
	assert_int_equal(outbuf_finish(&o), 0);
	assert_int_equal(o.total, BIG);
	assert_fd_holds(fd, src, BIG);
	close(fd);
	free(src);
}

/* A descriptor number that is certainly not open. */
static int
closed_fd(void)
{
	int	 p[2];

	assert_int_equal(pipe(p), 0);
	close(p[0]);
	close(p[1]);
	assert_int_equal(fcntl(p[1], F_GETFD), -1);
	return p[1];
}

static void
test_outbuf_bad_fd(void **state)
{
	char		*src = pattern(BIG);
	struct outbuf	 o;

	(void)state;
	/* Small output: the error shows when the buffer is flushed at the end. */
	outbuf_init_fd(&o, closed_fd());
	outbuf_puts(&o, "<feed/>\n");
	errno = 0;
	assert_int_equal(outbuf_finish(&o), -1);
	assert_int_equal(errno, EBADF);
	assert_null(o.data);

	/* Large output: the first failure sticks through later writes. */
	outbuf_init_fd(&o, closed_fd());
	outbuf_write(&o, src, BIG);
	assert_int_equal(o.error, EBADF);
	write_in_pieces(&o, src, BIG);
	errno = 0;
	assert_int_equal(outbuf_finish(&o), -1);
	assert_int_equal(errno, EBADF);
	free(src);
}

/* A read-only descriptor fails the same way. */
static void
test_outbuf_read_only_fd(void **state)
{
	struct outbuf	 o;
	int		 fd;

	(void)state;
	fd = open("/dev/null", O_RDONLY);
	assert_true(fd != -1);
	outbuf_init_fd(&o, fd);
	outbuf_puts(&o, "x");
	errno = 0;
	assert_int_equal(outbuf_finish(&o), -1);
	assert_int_equal(errno, EBADF);
	close(fd);
}

static int
cleanup_libxml(void **state)
{
	(void)state;
	xmlCleanupParser();
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nested),
		cmocka_unit_test(test_empty_elements),
		cmocka_unit_test(test_attr_escaping),
		cmocka_unit_test(test_text_escaping),
		cmocka_unit_test(test_korean_unchanged),
		cmocka_unit_test(test_text_in_pieces),
		cmocka_unit_test(test_finish_closes_all),
		cmocka_unit_test(test_no_indent_after_text),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_outbuf_mem),
		cmocka_unit_test(test_outbuf_fd),
		cmocka_unit_test(test_outbuf_bad_fd),
		cmocka_unit_test(test_outbuf_read_only_fd),
	};

	LIBXML_TEST_VERSION
	return cmocka_run_group_tests(tests, NULL, cleanup_libxml);
}
