/*
 * test_hook_off: the test hooks of the installed program, which do
 * nothing. This is its own member of the library, so that a program that
 * defines test_hook itself (tests/feedwright-hooked) never pulls it in.
 */
#include "config.h"

#include <stddef.h>

#include "test_hook.h"

int
test_hook(const char *point, const char *name)
{
	(void)point;
	(void)name;
	return 0;
}
