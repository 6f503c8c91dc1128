"""Lab and tests."""
