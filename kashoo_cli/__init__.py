"""The `kashoo` command line: a thin shell over kashoo_ext's public API."""
