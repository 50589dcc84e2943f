"""SQLite storage: the only package that knows table names."""
