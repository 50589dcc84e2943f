"""Appeals and calibration sessions: list, dialogs, session editor, protocol preview (001 §10, §19–§23)."""
