"""calendar page."""
