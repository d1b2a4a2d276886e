"""`python -m articleclean`: the same command as `articleclean`."""

from .launch import main

main()
