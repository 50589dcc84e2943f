"""Charts (QtCharts) fed with plain data."""
