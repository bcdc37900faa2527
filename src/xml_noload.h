/*
 * xml_noload: the external entity loader every libxml2 reader of ours
 * runs with (validate.c, feed_keys.c): whatever a document asks for, DTDs
 * and external entities alike, nothing is loaded from outside it.
 */
#ifndef FEEDWRIGHT_XML_NOLOAD_H
#define FEEDWRIGHT_XML_NOLOAD_H

#include <libxml/parser.h>

/* For xmlSetExternalEntityLoader: refuses every load. */
xmlParserInputPtr xml_refuse_loader(const char *url, const char *id,
	    xmlParserCtxtPtr ctxt);

#endif
