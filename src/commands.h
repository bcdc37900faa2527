/*
 * commands: the subcommands feedwright dispatches to. Each takes its own
 * argv (argv[0] is the subcommand's name) and returns an exit status.
 */
#ifndef FEEDWRIGHT_COMMANDS_H
#define FEEDWRIGHT_COMMANDS_H

int	cmd_build(int argc, char **argv);
int	cmd_validate(int argc, char **argv);
int	cmd_recover(int argc, char **argv);

/* Prints "feedwright VERSION" for every --version. */
void	print_version(void);

#endif
