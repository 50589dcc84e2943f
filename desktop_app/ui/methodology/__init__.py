"""The Methodology page: versions, their bands, deadlines, sheets, bonus scale and penalty items."""
