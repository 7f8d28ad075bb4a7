"""The capture overlay and the flow around it (hide, count down, grab, choose, store)."""
