"""The Statistics page: grade distribution per unit for a quarter or a year."""
