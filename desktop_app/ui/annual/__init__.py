"""annual page."""
