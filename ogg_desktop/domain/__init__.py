"""Plain-Python case model and rules. No Qt, no SQL."""
