"""python -m kashoo_cli: the same as the `kashoo` command."""

from kashoo_cli.app import main

if __name__ == "__main__":
    main()
