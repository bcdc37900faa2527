/*
 * check_output: the last gate before publishing. A file feedwright wrote
 * is parsed back with libxml2 and must be well-formed; nothing that fails
 * here is ever published.
 */
#ifndef FEEDWRIGHT_CHECK_OUTPUT_H
#define FEEDWRIGHT_CHECK_OUTPUT_H

/*
 * Checks the file at PATH (a temporary file that will be published as
 * NAME). Problems are reported under NAME. Returns 0 or -1.
 */
int	check_output(const char *path, const char *name);

#endif
