"""Pure-Python rules of the evaluation: no Qt, no SQL. Each rule cites its seed paragraph."""
