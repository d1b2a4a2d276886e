"""`python -m articleclean`: the same command as `articleclean`."""

from .cli import main

main(prog_name="articleclean")
