"""quarter page."""
