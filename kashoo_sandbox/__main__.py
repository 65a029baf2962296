"""python -m kashoo_sandbox: the command line."""

from kashoo_sandbox.cli import main

if __name__ == "__main__":
    main()
