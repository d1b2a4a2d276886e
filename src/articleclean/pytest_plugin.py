"""pytest plugin: fixture-driven regression tests (being built: see issue 5)."""
