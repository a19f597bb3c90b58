"""A generated corpus of raw page copy with its true structure: the yardstick for intake."""
