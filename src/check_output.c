/*
 * check_output: parse back what was written, with the network and
 * external entities off.
 */
#include "config.h"

#include <libxml/xmlreader.h>

#include "check_output.h"
#include "util.h"

int
check_output(const char *path, const char *name)
{
	xmlTextReaderPtr	 r;
	int			 rc;

	r = xmlReaderForFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING);
	if (r == NULL) {
		msg_error(name, 0, "cannot read back the written file");
		return -1;
	}
	while ((rc = xmlTextReaderRead(r)) == 1)
		;
	if (rc != 0) {
		const xmlError *e = xmlGetLastError();

		msg_error(name, e != NULL ? (unsigned long)e->line : 0,
		    "written file is not well-formed XML: %s",
		    e != NULL && e->message != NULL ? e->message : "?");
	}
	xmlFreeTextReader(r);
	return rc == 0 ? 0 : -1;
}
