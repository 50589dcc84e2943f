"""Bagalau — offline quarterly performance evaluation of corps "B" civil servants."""

__version__ = "0.1.0"
