"""The rules. Each is a small named function; `pipeline` holds their order."""
