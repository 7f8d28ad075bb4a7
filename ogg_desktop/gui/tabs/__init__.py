"""The tabs of the case view. Each saves what the user changes at once: no save button to forget."""
